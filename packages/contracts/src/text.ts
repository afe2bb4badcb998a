import { z } from 'zod';

/**
 * Vietnamese text arrives decomposed (NFD) from some keyboards and files; everything we store is NFC so
 * that search, uniqueness and display agree. Every free-text field in a contract goes through this.
 */
export const vnText = (opts: { min?: number; max: number }) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(
      z
        .string()
        .min(opts.min ?? 1)
        .max(opts.max),
    );

/** A legal date (no time of day), as YYYY-MM-DD. */
export const isoDate = z.iso.date();
