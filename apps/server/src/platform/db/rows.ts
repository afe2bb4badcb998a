import type { SQL } from 'drizzle-orm';
import type { Db } from './client.ts';

/** Rows of a raw SQL query; both drivers return `{ rows }`. Cast aggregates in SQL (`::int`): types differ. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
