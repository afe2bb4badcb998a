import type { Paged } from '@pcmt/contracts';

/**
 * One page of a register list, served by the database: the rows of the page and the number of rows matching
 * the filters. Both queries share the caller's filter (scope included), so the total never disagrees with
 * what paging shows. Run sequentially: inside a transaction they share one connection anyway.
 */
export async function pageOf<T>(
  q: { page: number; pageSize: number },
  rows: (limit: number, offset: number) => Promise<T[]>,
  count: () => Promise<number>,
): Promise<Paged<T>> {
  const data = await rows(q.pageSize, (q.page - 1) * q.pageSize);
  // A first page shorter than a page is the whole result: skip the count.
  const total = q.page === 1 && data.length < q.pageSize ? data.length : await count();
  return { data, total, page: q.page, pageSize: q.pageSize };
}
