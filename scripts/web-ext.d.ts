// web-ext ships no types; this declares the one call the scripts use.
declare module 'web-ext' {
  export const cmd: {
    build(
      params: { sourceDir: string; artifactsDir: string; filename?: string; overwriteDest?: boolean },
      options?: { shouldExitProgram?: boolean },
    ): Promise<{ extensionPath: string }>;
  };
}
