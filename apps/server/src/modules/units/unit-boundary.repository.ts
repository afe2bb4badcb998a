import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { queryRows } from '../../platform/db/rows.ts';

/**
 * The dates on which the set of boundaries changes: the first day of every unit that has a boundary and the
 * day after its last day. Between two successive dates the boundaries valid on a date are the same rows, so a
 * spatial index built for one date serves the whole interval (see `boundary-index-cache.ts`). No geometry is
 * read here: a few dozen short rows.
 */
export async function boundaryChangeDates(db: Db): Promise<string[]> {
  const rows = await queryRows<{ d: string }>(
    db,
    sql`select distinct d::text as d from (
          select u.valid_from as d from unit u join unit_boundary b on b.unit_id = u.id
          union
          select u.valid_to + 1 from unit u join unit_boundary b on b.unit_id = u.id where u.valid_to is not null
        ) changes order by 1`,
  );
  return rows.map((r) => r.d);
}
