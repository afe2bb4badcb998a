import { z } from 'zod';

/**
 * The one shape of a register's list: filters, a sort key from a closed list, an order, and either a page
 * number (with the total, for lists people page through) or a cursor (for append-only trails such as the
 * audit log, where new rows must not shift pages). The web keeps these in the URL.
 */
export const sortOrder = z.enum(['asc', 'desc']);
export type SortOrder = z.infer<typeof sortOrder>;

export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 100;

/** The query fields every paged list accepts, with the sort keys of that list. */
export const pagedQuery = <const K extends readonly [string, ...string[]]>(sortKeys: K) =>
  z.strictObject({
    q: z.string().trim().max(100).optional(),
    sort: z.enum(sortKeys).optional(),
    order: sortOrder.optional(),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(PAGE_SIZE_DEFAULT),
  });

/** A page of rows with the total of rows matching the filters (what the page footer shows). */
export const pagedResult = <T extends z.ZodType>(item: T) =>
  z.object({
    data: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
export type Paged<T> = { data: T[]; total: number; page: number; pageSize: number };

/** A cursor page: `next` is opaque to the client and absent on the last page. */
export const cursorResult = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), next: z.string().nullable() });
