import * as z from 'zod/mini';

// The portal's languages. Its own file so that the fingerprint schema (a State field) and State share it without a
// cycle.
export const Locale = z.enum(['fr', 'nl', 'de', 'en']);
export type Locale = z.infer<typeof Locale>;
