import {
  type ActivityStatus,
  activityTransitions,
  type Paged,
  type Propaganda,
  type PropagandaListQuery,
} from '@pcmt/contracts';
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { agency, propagandaActivity, unit } from '../../platform/db/schema/index.ts';
import type { Actor } from '../access/actor.ts';
import { unitInScope } from '../access/scope.ts';
import { pageOf } from '../kit/paged.ts';

type Ref = { id: string; code: string; name: string };
type Row = {
  p: typeof propagandaActivity.$inferSelect;
  unitCode: string;
  unitName: string;
  agencyCode: string;
  agencyName: string;
};

/** Every propaganda query: with its unit and agency, inside the actor's jurisdiction for `propaganda.read`. */
const scoped = (db: Db, actor: Actor, where?: SQL) =>
  db
    .select({
      p: propagandaActivity,
      unitCode: unit.code,
      unitName: unit.name,
      agencyCode: agency.code,
      agencyName: agency.name,
    })
    .from(propagandaActivity)
    .innerJoin(unit, eq(unit.id, propagandaActivity.unitId))
    .innerJoin(agency, eq(agency.id, propagandaActivity.agencyId))
    .where(and(unitInScope(actor, 'propaganda.read', propagandaActivity.unitId), where));

export async function unitRefs(db: Db, ids: string[]): Promise<Map<string, Ref>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: unit.id, code: unit.code, name: unit.name })
    .from(unit)
    .where(inArray(unit.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}

const toPropaganda = (r: Row, units: Map<string, Ref>): Propaganda => {
  const p = r.p;
  const status = p.status as ActivityStatus;
  return {
    id: p.id,
    title: p.title,
    dateFrom: p.dateFrom,
    dateTo: p.dateTo,
    organizer: p.organizer,
    unit: { id: p.unitId, code: r.unitCode, name: r.unitName },
    units: p.unitIds.flatMap((id) => units.get(id) ?? []),
    place: p.place,
    forms: p.forms as Propaganda['forms'],
    formOther: p.formOther,
    targetGroups: p.targetGroups as Propaganda['targetGroups'],
    targetOther: p.targetOther,
    participants: p.participants,
    languages: p.languages,
    languageOther: p.languageOther,
    materials: p.materials,
    materialsNote: p.materialsNote,
    topics: p.topics as Propaganda['topics'],
    topicOther: p.topicOther,
    reach: p.reach,
    content: p.content,
    status,
    statusSince: p.statusSince,
    allowedTransitions: [...activityTransitions[status]],
    agency: { id: p.agencyId, code: r.agencyCode, name: r.agencyName },
    isDemo: p.isDemo,
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
};

export async function findPropaganda(db: Db, actor: Actor, id: string): Promise<Propaganda | null> {
  const [row] = await scoped(db, actor, eq(propagandaActivity.id, id));
  if (!row) return null;
  return toPropaganda(row as Row, await unitRefs(db, row.p.unitIds));
}

const textArray = (values: readonly string[]) =>
  sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

function filters(q: PropagandaListQuery): SQL | undefined {
  const t = propagandaActivity;
  return and(
    q.q ? sql`pcmt_fold(${t.title}) like pcmt_fold(${`%${q.q.replace(/[%_\\]/g, '\\$&')}%`})` : undefined,
    q.status?.length ? inArray(t.status, q.status) : undefined,
    q.form?.length ? sql`${t.forms} && ${textArray(q.form)}` : undefined,
    q.targetGroup?.length ? sql`${t.targetGroups} && ${textArray(q.targetGroup)}` : undefined,
    q.topic?.length ? sql`${t.topics} && ${textArray(q.topic)}` : undefined,
    // The commune asked for, or one merged into it, where the session took place or one it reached.
    q.unitId
      ? sql`(${t.unitId} in (select id from unit where id = ${q.unitId} or parent_id = ${q.unitId})
          or ${q.unitId}::uuid = any(${t.unitIds}))`
      : undefined,
    q.to ? sql`${t.dateFrom} <= ${q.to}::date` : undefined,
    q.from ? sql`${t.dateTo} >= ${q.from}::date` : undefined,
  );
}

export async function listPropaganda(
  db: Db,
  actor: Actor,
  q: PropagandaListQuery,
): Promise<Paged<Propaganda>> {
  const where = filters(q);
  const t = propagandaActivity;
  const sortColumns = {
    dateFrom: t.dateFrom,
    title: t.title,
    participants: t.participants,
    updatedAt: t.updatedAt,
  } as const;
  const sort = q.sort ?? 'dateFrom';
  const direction =
    (q.order ?? (q.sort && q.sort !== 'participants' ? 'asc' : 'desc')) === 'desc' ? desc : asc;
  return pageOf(
    q,
    async (limit, offset) => {
      const rows = (await scoped(db, actor, where)
        .orderBy(sql`${direction(sortColumns[sort])} nulls last`, asc(t.id))
        .limit(limit)
        .offset(offset)) as Row[];
      const units = await unitRefs(
        db,
        rows.flatMap((r) => r.p.unitIds),
      );
      return rows.map((r) => toPropaganda(r, units));
    },
    async () => {
      const [c] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(t)
        .where(and(unitInScope(actor, 'propaganda.read', t.unitId), where));
      return c?.n ?? 0;
    },
  );
}

export async function insertPropaganda(
  tx: Db,
  values: typeof propagandaActivity.$inferInsert,
): Promise<string> {
  const [row] = await tx.insert(propagandaActivity).values(values).returning({ id: propagandaActivity.id });
  return row!.id;
}
