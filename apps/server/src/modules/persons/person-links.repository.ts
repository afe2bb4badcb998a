import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { hotspot, hotspotPerson, ring, ringMember, unit } from '../../platform/db/schema/index.ts';
import type { Actor } from '../access/actor.ts';
import { unitInScope } from '../access/scope.ts';

/**
 * What a person's page shows beside the record (issue 9 §6): the rings the person belongs to (rings of the
 * reader's jurisdiction) and the hotspots linked to the person (for a reader of hotspots, in their scope).
 */
export async function linksOfPerson(db: Db, actor: Actor, personId: string, opts: { hotspots: boolean }) {
  const rings = await db
    .select({
      ringId: ring.id,
      name: ring.name,
      kind: ring.kind,
      role: ringMember.role,
      fromOn: ringMember.fromOn,
      toOn: ringMember.toOn,
    })
    .from(ringMember)
    .innerJoin(ring, eq(ring.id, ringMember.ringId))
    .where(and(eq(ringMember.personId, personId), unitInScope(actor, 'person.read', ring.unitId)))
    .orderBy(asc(ring.name), asc(ringMember.createdAt));
  const hotspots = opts.hotspots
    ? await db
        .select({
          hotspotId: hotspot.id,
          name: hotspot.name,
          status: hotspot.status,
          unit: { id: unit.id, code: unit.code, name: unit.name },
          role: hotspotPerson.role,
          linkedOn: hotspotPerson.linkedOn,
        })
        .from(hotspotPerson)
        .innerJoin(hotspot, eq(hotspot.id, hotspotPerson.hotspotId))
        .innerJoin(unit, eq(unit.id, hotspot.unitId))
        .where(and(eq(hotspotPerson.personId, personId), unitInScope(actor, 'hotspot.read', hotspot.unitId)))
        .orderBy(asc(hotspot.name))
    : [];
  return { rings: rings.map((r) => ({ ...r, kind: r.kind as 'network' | 'group' })), hotspots };
}
