import type { Permission } from '@pcmt/contracts';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { person, ring, specialProject, unit } from '../../platform/db/schema/index.ts';
import { can } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { unitInScope } from '../access/scope.ts';

const communeTypes = ['xa', 'phuong', 'thi_tran', 'dac_khu'];

/**
 * The unit if it exists on `on` (a commune, or any level when `anyLevel`), with whether it lies in the
 * actor's jurisdiction for `permission`.
 */
export async function unitOnDate(
  db: Db,
  actor: Actor,
  unitId: string,
  on: string,
  permission: Permission,
  anyLevel = false,
) {
  const [row] = await db
    .select({ id: unit.id, inScope: sql<boolean>`${unitInScope(actor, permission, unit.id)}` })
    .from(unit)
    .where(
      and(
        eq(unit.id, unitId),
        anyLevel ? undefined : inArray(unit.type, communeTypes),
        sql`${unit.validFrom} <= ${on}::date and (${unit.validTo} is null or ${unit.validTo} >= ${on}::date)`,
      ),
    );
  return row ?? null;
}

/** Of `ids`, the units that exist and lie in the actor's jurisdiction for `permission`. */
export async function unitsInScope(db: Db, actor: Actor, ids: string[], permission: Permission) {
  if (!ids.length) return new Set<string>();
  const rows = await db
    .select({ id: unit.id })
    .from(unit)
    .where(and(inArray(unit.id, ids), unitInScope(actor, permission, unit.id)));
  return new Set(rows.map((r) => r.id));
}

/** Of `ids`, the persons the actor may link: in their person-register jurisdiction (none without it). */
export async function linkablePersons(db: Db, actor: Actor, ids: string[]): Promise<Set<string>> {
  if (!ids.length || !can(actor, 'person.read')) return new Set();
  const rows = await db
    .select({ id: person.id })
    .from(person)
    .where(and(inArray(person.id, ids), unitInScope(actor, 'person.read', person.unitId)));
  return new Set(rows.map((r) => r.id));
}

/** The ring if the actor may see it (rings are held under `person.read`, scoped by their commune). */
export async function visibleRing(db: Db, actor: Actor, id: string) {
  if (!can(actor, 'person.read')) return null;
  const [row] = await db
    .select({ id: ring.id, name: ring.name })
    .from(ring)
    .where(and(eq(ring.id, id), unitInScope(actor, 'person.read', ring.unitId)));
  return row ?? null;
}

/** Whether the actor may attach a case to this special project (inside their project jurisdiction). */
export async function projectLinkable(db: Db, actor: Actor, id: string): Promise<boolean> {
  if (!can(actor, 'project.read')) return false;
  const [row] = await db
    .select({ id: specialProject.id })
    .from(specialProject)
    .where(and(eq(specialProject.id, id), unitInScope(actor, 'project.read', specialProject.unitId)));
  return !!row;
}
