// The storage.local key of the state, in a file of its own so that the popup can read the stored state directly
// without bundling the state's schemas (zod).
export const STORAGE_KEY = 'state';
