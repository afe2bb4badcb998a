import type { Permission } from '@pcmt/contracts';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { unit } from '../../platform/db/schema/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../access/actor.ts';
import { unitInScope } from '../access/scope.ts';

/** Commune-level unit types (xã, phường, thị trấn, and the 2025 đặc khu). */
export const COMMUNE_TYPES = ['xa', 'phuong', 'thi_tran', 'dac_khu'];

export const field = (path: string, message: string) =>
  new AppError('validation_failed', message, { details: [{ path, message }] });
export const vnDate = (iso: string) => iso.split('-').reverse().join('/');

/** Legal dates here: not in the future, not before the first unit data (31/8/2004). */
export function assertPastDate(
  path: string,
  on: string,
  today: string,
  after?: { date: string; what: string },
) {
  if (on > today) throw field(path, 'Ngày không được sau ngày hôm nay');
  if (on < '2004-08-31') throw field(path, 'Ngày quá xa: dữ liệu đơn vị hành chính bắt đầu từ 31/08/2004');
  if (after && on < after.date)
    throw field(path, `Ngày không được trước ${after.what} (${vnDate(after.date)})`);
}

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
