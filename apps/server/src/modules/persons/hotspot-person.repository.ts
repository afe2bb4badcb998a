import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { hotspot, hotspotPerson } from '../../platform/db/schema/index.ts';
import type { Actor } from '../access/actor.ts';
import { unitInScope } from '../access/scope.ts';

/**
 * Hotspots linked to person records (issue 9 §6). A link needs the hotspot in the actor's jurisdiction for the
 * hotspot permission asked and the person in it for the person's: scoped both ways.
 */
export async function hotspotInScope(
  db: Db,
  actor: Actor,
  id: string,
  permission: 'hotspot.read' | 'hotspot.write',
) {
  const [row] = await db
    .select({ id: hotspot.id, name: hotspot.name, unitId: hotspot.unitId })
    .from(hotspot)
    .where(and(eq(hotspot.id, id), unitInScope(actor, permission, hotspot.unitId)));
  return row ?? null;
}

export async function hotspotLink(db: Db, hotspotId: string, personId: string) {
  const [row] = await db
    .select()
    .from(hotspotPerson)
    .where(and(eq(hotspotPerson.hotspotId, hotspotId), eq(hotspotPerson.personId, personId)));
  return row ?? null;
}

export async function insertHotspotLink(tx: Db, values: typeof hotspotPerson.$inferInsert): Promise<void> {
  await tx.insert(hotspotPerson).values(values);
}

/** Unlinking removes the row; the audit trail (on the person and the hotspot) keeps what was linked when. */
export async function deleteHotspotLink(tx: Db, hotspotId: string, personId: string): Promise<void> {
  await tx
    .delete(hotspotPerson)
    .where(and(eq(hotspotPerson.hotspotId, hotspotId), eq(hotspotPerson.personId, personId)));
}

/** Every person linked to a hotspot (the caller shows only those the reader may read). */
export const linksOfHotspot = (db: Db, hotspotId: string) =>
  db
    .select({ personId: hotspotPerson.personId, role: hotspotPerson.role, linkedOn: hotspotPerson.linkedOn })
    .from(hotspotPerson)
    .where(eq(hotspotPerson.hotspotId, hotspotId))
    .orderBy(asc(hotspotPerson.linkedOn), asc(hotspotPerson.createdAt));

/** Access-matrix fixture only: a hotspot of the unit, to link a person to. */
export async function hotspotForMatrix(db: Db, unitId: string, agencyId: string): Promise<string> {
  const today = new Date().toISOString().slice(0, 10);
  const [row] = await db
    .insert(hotspot)
    .values({
      kind: 'spot',
      name: 'Điểm mẫu ma trận (liên kết người)',
      behaviours: [],
      status: 'detected',
      statusSince: today,
      detectedOn: today,
      unitId,
      agencyId,
    })
    .returning({ id: hotspot.id });
  return row!.id;
}

/**
 * A merge moves the duplicate's hotspot links to the record kept (a hotspot linked to both keeps the kept
 * record's link); returns how many moved.
 */
export async function moveHotspotLinks(tx: Db, fromId: string, toId: string): Promise<number> {
  const moved = await tx
    .update(hotspotPerson)
    .set({ personId: toId })
    .where(
      and(
        eq(hotspotPerson.personId, fromId),
        sql`not exists (select 1 from hotspot_person k where k.hotspot_id = ${hotspotPerson.hotspotId} and k.person_id = ${toId})`,
      ),
    )
    .returning({ id: hotspotPerson.id });
  await tx.delete(hotspotPerson).where(eq(hotspotPerson.personId, fromId));
  return moved.length;
}
