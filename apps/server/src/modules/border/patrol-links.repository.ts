import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { agency, tip } from '../../platform/db/schema/index.ts';
import { can } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { tipInScope } from '../tips/tip.repository.ts';

/** Of `ids`, the tips the actor may link: in their tip jurisdiction (none without `tip.read`). */
export async function linkableTips(db: Db, actor: Actor, ids: string[]): Promise<Set<string>> {
  if (!ids.length || !can(actor, 'tip.read')) return new Set();
  const rows = await db
    .select({ id: tip.id })
    .from(tip)
    .where(and(inArray(tip.id, ids), tipInScope(actor)));
  return new Set(rows.map((r) => r.id));
}

/** The recording agency's name: the station of a patrol recorded without one. */
export async function stationOf(db: Db, actor: Actor): Promise<string> {
  const [row] = await db.select({ name: agency.name }).from(agency).where(eq(agency.id, actor.agencyId));
  return row?.name ?? '';
}
