import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

// `npm run test:fuzz`: the robustness and property suites on a fresh random seed each run (`npm test` keeps its fixed seed).
export default mergeConfig(base, defineConfig({ test: { env: { ROBUSTNESS_FUZZ: '1' } } }));
