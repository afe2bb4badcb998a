import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { queryRows } from '../../platform/db/rows.ts';

/**
 * Narcotic plants found in a commune in a period, from the plant register (read with SQL; this module writes
 * none of it): the classification's `plantCount` and `plantAreaM2` when the commune's recorded figures leave
 * them empty. Null when the register holds no find there in the period, so "nothing recorded" stays unknown
 * rather than becoming a zero the commune never reported.
 */
export async function plantFindsOf(
  db: Db,
  unitId: string,
  from: string,
  to: string,
): Promise<{ plantCount: number; plantAreaM2: number } | null> {
  const [row] = await queryRows<{ finds: number; plants: number; area: number }>(
    db,
    sql`select count(*)::int as finds, coalesce(sum(plant_count), 0)::int as plants,
               coalesce(sum(area_m2), 0)::float8 as area
          from narcotic_plant
         where unit_id = ${unitId}::uuid and detected_on between ${from}::date and ${to}::date`,
  );
  return row && row.finds > 0 ? { plantCount: row.plants, plantAreaM2: row.area } : null;
}
