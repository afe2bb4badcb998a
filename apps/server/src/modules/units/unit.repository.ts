import type { Unit, UnitLink } from '@pcmt/contracts';
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { queryRows } from '../../platform/db/rows.ts';
import { citeLegalBasis } from './legal-citation.ts';

/** Units are public reference data (GSO lists, laws): no jurisdiction scope applies to them. */

type UnitRow = {
  id: string;
  code: string;
  name: string;
  type: Unit['type'];
  level: number;
  parent_id: string | null;
  valid_from: string;
  valid_to: string | null;
};

const toUnit = (r: UnitRow): Unit => ({
  id: r.id,
  code: r.code,
  name: r.name,
  type: r.type,
  level: r.level,
  parentId: r.parent_id,
  validFrom: r.valid_from,
  validTo: r.valid_to,
});

const rows = queryRows;

/** The version of `u`'s parent valid on `at` (same code as the stored parent, which is the one of u's start). */
const parentAt = (at: string) => sql`coalesce((select pa.id from unit p0 join unit pa on pa.code = p0.code
   where p0.id = u.parent_id and pa.valid_from <= ${at}::date and (pa.valid_to is null or pa.valid_to >= ${at}::date)), u.parent_id)`;

/**
 * Units valid on `at`. The stored parent is the parent as of the unit's own start; its version valid on
 * `at` (same code) is what the tree of that day shows, e.g. Thị xã → Thành phố Kon Tum in 2009.
 */
export async function listUnitsAt(db: Db, at: string): Promise<Unit[]> {
  const result = await rows<UnitRow>(
    db,
    sql`select u.id, u.code, u.name, u.type, u.level, ${parentAt(at)} as parent_id,
               u.valid_from::text as valid_from, u.valid_to::text as valid_to
          from unit u
         where u.valid_from <= ${at}::date and (u.valid_to is null or u.valid_to >= ${at}::date)
         order by u.level, u.code`,
  );
  return result.map(toUnit);
}

export async function findUnit(db: Db, id: string): Promise<Unit | null> {
  const [row] = await rows<UnitRow>(
    db,
    sql`select id, code, name, type, level, parent_id, valid_from::text as valid_from, valid_to::text as valid_to
          from unit where id = ${id}`,
  );
  return row ? toUnit(row) : null;
}

const parentOnLastDay = sql`coalesce((select pa.id from unit p0 join unit pa on pa.code = p0.code
   where p0.id = u.parent_id and pa.valid_from <= coalesce(u.valid_to, current_date)
     and (pa.valid_to is null or pa.valid_to >= coalesce(u.valid_to, current_date))), u.parent_id)`;

type LinkRow = UnitRow & {
  merge_type: string;
  legal_basis: string;
  effective_date: string;
  note: string | null;
};

/** Direct successors (`direction = 'successors'`) or predecessors of a unit through the reorganisation mapping. */
export async function linkedUnits(
  db: Db,
  id: string,
  direction: 'successors' | 'predecessors',
): Promise<UnitLink[]> {
  const [from, to] =
    direction === 'successors' ? ['predecessor_id', 'successor_id'] : ['successor_id', 'predecessor_id'];
  const result = await rows<LinkRow>(
    db,
    // The parent as it was on the unit's last day (a ward of Thành phố Kon Tum, not of the older Thị xã).
    sql`select u.id, u.code, u.name, u.type, u.level, ${parentOnLastDay} as parent_id, u.valid_from::text as valid_from,
               u.valid_to::text as valid_to, l.merge_type, l.legal_basis, l.effective_date::text as effective_date, l.note
          from unit_link l join unit u on u.id = l.${sql.raw(to)}
         where l.${sql.raw(from)} = ${id}
         order by u.code`,
  );
  return result.map((r) => ({
    unit: toUnit(r),
    mergeType: r.merge_type,
    legalBasis: citeLegalBasis(r.legal_basis),
    effectiveDate: r.effective_date,
    note: r.note,
  }));
}

export type BoundaryRow = UnitRow & { geometry: unknown; label_point: [number, number] | null };

export async function boundariesAt(db: Db, at: string): Promise<BoundaryRow[]> {
  return rows<BoundaryRow>(
    db,
    sql`select u.id, u.code, u.name, u.type, u.level, ${parentAt(at)} as parent_id, u.valid_from::text as valid_from,
               u.valid_to::text as valid_to, b.geometry, b.label_point
          from unit u join unit_boundary b on b.unit_id = u.id
         where u.valid_from <= ${at}::date and (u.valid_to is null or u.valid_to >= ${at}::date)
         order by u.level, u.code`,
  );
}

/** The ids of today's provinces (level 1, still valid): the first-start agency's jurisdiction. */
export async function currentProvinceIds(db: Db): Promise<string[]> {
  const result = await rows<{ id: string }>(
    db,
    sql`select id from unit where level = 1 and valid_to is null order by code`,
  );
  return result.map((r) => r.id);
}

/** The id of the unit with GSO `code` that is valid today (codes are reused across eras), or null. */
export async function currentUnitIdByCode(db: Db, code: string): Promise<string | null> {
  const [row] = await rows<{ id: string }>(
    db,
    sql`select id from unit where code = ${code} and valid_to is null`,
  );
  return row?.id ?? null;
}
