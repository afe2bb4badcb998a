import type { Permission } from '@pcmt/contracts';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { queryRows } from '../../platform/db/rows.ts';
import { unit } from '../../platform/db/schema/index.ts';
import type { Actor } from '../access/actor.ts';
import { unitInScope } from '../access/scope.ts';

/** Commune-level unit types (xã, phường, thị trấn, and the 2025 đặc khu). */
export const COMMUNE_TYPES = ['xa', 'phuong', 'thi_tran', 'dac_khu'];

const validOn = (on: string) =>
  sql`${unit.validFrom} <= ${on}::date and (${unit.validTo} is null or ${unit.validTo} >= ${on}::date)`;

export type CommuneRef = { id: string; code: string; name: string };

/** Every commune valid on `on` inside the actor's jurisdiction for `permission`, by name. */
export async function communesOn(
  db: Db,
  actor: Actor,
  permission: Permission,
  on: string,
): Promise<CommuneRef[]> {
  return db
    .select({ id: unit.id, code: unit.code, name: unit.name })
    .from(unit)
    .where(and(inArray(unit.type, COMMUNE_TYPES), validOn(on), unitInScope(actor, permission, unit.id)))
    .orderBy(asc(unit.name), asc(unit.code));
}

/** The unit if it is a commune valid on every day of [from, to] (validity is one interval per version). */
export async function communeValidThroughout(db: Db, unitId: string, from: string, to: string) {
  const [row] = await db
    .select({ id: unit.id, code: unit.code, name: unit.name })
    .from(unit)
    .where(and(eq(unit.id, unitId), inArray(unit.type, COMMUNE_TYPES), validOn(from), validOn(to)));
  return row ?? null;
}

/** Is the unit inside the actor's jurisdiction for `permission`? */
export async function unitInActorScope(db: Db, actor: Actor, unitId: string, permission: Permission) {
  const [row] = await db
    .select({ id: unit.id })
    .from(unit)
    .where(and(eq(unit.id, unitId), unitInScope(actor, permission, unit.id)));
  return !!row;
}

/** A commune-level unit (any era) inside the actor's jurisdiction, with its validity. */
export async function findCommuneInScope(db: Db, actor: Actor, unitId: string, permission: Permission) {
  const [row] = await db
    .select({
      id: unit.id,
      code: unit.code,
      name: unit.name,
      validFrom: sql<string>`${unit.validFrom}::text`,
      validTo: sql<string | null>`${unit.validTo}::text`,
    })
    .from(unit)
    .where(
      and(eq(unit.id, unitId), inArray(unit.type, COMMUNE_TYPES), unitInScope(actor, permission, unit.id)),
    );
  return row ?? null;
}

/** The id of the unit with `code` valid on `on` (codes are reused across eras). */
export async function unitIdOfCodeOn(db: Db, code: string, on: string): Promise<string | null> {
  const [row] = await db
    .select({ id: unit.id })
    .from(unit)
    .where(and(eq(unit.code, code), validOn(on)));
  return row?.id ?? null;
}

/** Communes valid on `on` whose code starts with `prefix`, other than `except`, first by code. */
export async function communesByCode(
  db: Db,
  q: { on: string; prefix: string; except: string[]; limit: number },
) {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select id from unit where type in ${COMMUNE_TYPES} and code like ${`${q.prefix}%`}
          and code not in ${q.except} and ${validOn(q.on)} order by code limit ${q.limit}`,
  );
  return rows.map((r) => r.id);
}

/** Communes of an agency's scope whose last day is `lastDay` (merged then): the first by code. */
export async function communeOfScopeEndingOn(
  db: Db,
  agencyId: string,
  lastDay: string,
): Promise<string | null> {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`select u.id from unit u join agency_scope_unit s on s.unit_id = u.id and s.agency_id = ${agencyId}
         where u.type in ${COMMUNE_TYPES} and u.valid_to = ${lastDay}::date order by u.code limit 1`,
  );
  return row?.id ?? null;
}
