import { and, eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { business, criminalCase, hotspot, person } from '../../platform/db/schema/index.ts';
import { can } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { unitInScope } from '../access/scope.ts';

/**
 * Links to other registers' records. A target must exist and be readable by the one linking it (its own
 * register's permission and jurisdiction); a reader sees a link's name only when they may read the target too.
 */
const targets = {
  hotspot: { table: hotspot, name: hotspot.name, permission: 'hotspot.read' as const },
  person: { table: person, name: person.fullName, permission: 'person.read' as const },
  business: { table: business, name: business.name, permission: 'business.read' as const },
  /** A case is named by its number (số vụ án), as on its register's list. */
  case: { table: criminalCase, name: criminalCase.number, permission: 'case.read' as const },
};
export type LinkKind = keyof typeof targets;

async function visibleNames(
  db: Db,
  actor: Actor,
  kind: LinkKind,
  ids: string[],
): Promise<Map<string, string>> {
  const t = targets[kind];
  if (!ids.length || !can(actor, t.permission)) return new Map();
  const rows = await db
    .select({ id: t.table.id, name: t.name })
    .from(t.table)
    .where(and(inArray(t.table.id, ids), unitInScope(actor, t.permission, t.table.unitId)));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * A link target must exist inside the actor's jurisdiction or in the tip's own unit (a province-wide tip desk links
 * a tip to the hotspot of its commune); its name is shown only to its register's readers.
 */
export async function linkTargetVisible(
  db: Db,
  actor: Actor,
  kind: LinkKind,
  id: string,
  tipUnitId: string,
): Promise<boolean> {
  const t = targets[kind];
  const rows = await db
    .select({ id: t.table.id })
    .from(t.table)
    .where(
      and(
        inArray(t.table.id, [id]),
        or(unitInScope(actor, t.permission, t.table.unitId), eq(t.table.unitId, tipUnitId)),
      ),
    );
  return rows.length > 0;
}

export async function linkLabels(
  db: Db,
  actor: Actor,
  links: { kind: string; targetId: string }[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const kind of Object.keys(targets) as LinkKind[]) {
    const ids = links.filter((l) => l.kind === kind).map((l) => l.targetId);
    for (const [id, name] of await visibleNames(db, actor, kind, ids)) out.set(id, name);
  }
  return out;
}
