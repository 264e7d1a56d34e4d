import { defineConfig } from 'vitest/config';

// Two projects: `unit` (pure code, jsdom where a DOM is needed) and `e2e` (the built extension in real browsers).
export default defineConfig({
  define: { __BUILD_TARGET__: JSON.stringify('chrome') },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    // The second reporter lists the e2e results per browser at the end of the run.
    reporters: ['default', './tests/harness/reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'replica/**/*.test.ts'],
          environment: 'node',
          // A hang detector, not a speed target: jsdom component tests took over 5 s on a loaded CI machine.
          testTimeout: 20_000,
          environmentOptions: {
            jsdom: { url: 'https://www.socialsecurity.be/site_fr/employer/infos/index.htm' },
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/harness/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
