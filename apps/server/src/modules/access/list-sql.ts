import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * Accent- and case-insensitive "contains" for list searches: "dak ha" finds "Đăk Hà". `unaccent` maps đ to d.
 * LIKE metacharacters typed by the user are escaped.
 */
export const foldedContains = (column: AnyPgColumn | SQL, needle: string): SQL =>
  sql`unaccent(lower(${column})) like unaccent(lower(${`%${needle.replace(/[%_\\]/g, '\\$&')}%`}))`;
