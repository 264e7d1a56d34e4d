// web-ext ships no types; this declares the calls the scripts use.
declare module 'web-ext' {
  export const cmd: {
    build(
      params: { sourceDir: string; artifactsDir: string; filename?: string; overwriteDest?: boolean },
      options?: { shouldExitProgram?: boolean },
    ): Promise<{ extensionPath: string }>;
    run(
      params: {
        sourceDir: string;
        target: string[];
        firefox?: string;
        firefoxProfile?: string;
        keepProfileChanges?: boolean;
        pref?: Record<string, string | number | boolean>;
        startUrl?: string[];
        noInput?: boolean;
      },
      options?: { shouldExitProgram?: boolean },
    ): Promise<{ registerCleanup(fn: () => void): void }>;
    lint(
      params: {
        sourceDir: string;
        warningsAsErrors?: boolean;
        output?: 'text' | 'json';
        selfHosted?: boolean;
      },
      options?: { shouldExitProgram?: boolean },
    ): Promise<{ count: number; errors: unknown[]; warnings: unknown[]; notices: unknown[] }>;
  };
}
