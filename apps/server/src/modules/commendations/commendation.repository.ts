import type { Commendation, CommendationListQuery, CommendationStatus, Paged } from '@pcmt/contracts';
import { allowedCommendationTransitions } from '@pcmt/domain';
import { and, asc, desc, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { agency, commendation, unit } from '../../platform/db/schema/index.ts';
import type { Actor } from '../access/actor.ts';
import { unitInScope } from '../access/scope.ts';
import { pageOf } from '../kit/paged.ts';
import { foldedLike } from './record-unit.ts';

const columns = {
  c: commendation,
  unitCode: unit.code,
  unitName: unit.name,
  agencyCode: agency.code,
  agencyName: agency.name,
};
type Row = {
  c: typeof commendation.$inferSelect;
  unitCode: string;
  unitName: string;
  agencyCode: string;
  agencyName: string;
};

const toCommendation = (r: Row): Commendation => {
  const c = r.c;
  const status = c.status as CommendationStatus;
  return {
    id: c.id,
    recipientKind: c.recipientKind as Commendation['recipientKind'],
    collectiveName: c.collectiveName,
    personName: c.personName,
    position: c.position,
    recipientAgency: c.recipientAgency,
    recipient: (c.recipientKind === 'collective' ? c.collectiveName : c.personName) ?? '',
    unit: { id: c.unitId, code: r.unitCode, name: r.unitName },
    level: c.level as Commendation['level'],
    form: c.form as Commendation['form'],
    proposedOn: c.proposedOn,
    decisionNumber: c.decisionNumber,
    decisionDate: c.decisionDate,
    decisionIssuer: c.decisionIssuer,
    reason: c.reason,
    achievement:
      c.achievementType && c.achievementId ? { recordType: c.achievementType, id: c.achievementId } : null,
    amountVnd: c.amountVnd,
    note: c.note,
    status,
    statusSince: c.statusSince,
    allowedTransitions: [...allowedCommendationTransitions(status)],
    agency: { id: c.agencyId, code: r.agencyCode, name: r.agencyName },
    isDemo: c.isDemo,
    version: c.version,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
};

/** Every commendation query: with its unit and agency, inside the actor's jurisdiction for reading. */
const scoped = (db: Db, actor: Actor, where?: SQL) =>
  db
    .select(columns)
    .from(commendation)
    .innerJoin(unit, eq(unit.id, commendation.unitId))
    .innerJoin(agency, eq(agency.id, commendation.agencyId))
    .where(and(unitInScope(actor, 'commendation.read', commendation.unitId), where));

export async function findCommendation(db: Db, actor: Actor, id: string): Promise<Commendation | null> {
  const [row] = await scoped(db, actor, eq(commendation.id, id));
  return row ? toCommendation(row as Row) : null;
}

/** The date a commendation is filed under: its decision once decided, else its proposal. */
const filedOn = sql`coalesce(${commendation.decisionDate}, ${commendation.proposedOn})`;

function filters(q: CommendationListQuery): SQL | undefined {
  return and(
    q.q ? foldedLike(commendation.recipientFold, q.q) : undefined,
    q.status?.length ? inArray(commendation.status, q.status) : undefined,
    q.level?.length ? inArray(commendation.level, q.level) : undefined,
    q.form?.length ? inArray(commendation.form, q.form) : undefined,
    q.recipientKind ? eq(commendation.recipientKind, q.recipientKind) : undefined,
    q.unitId ? eq(commendation.unitId, q.unitId) : undefined,
    q.from ? gte(filedOn, q.from) : undefined,
    q.to ? lte(filedOn, q.to) : undefined,
  );
}

export async function listCommendations(
  db: Db,
  actor: Actor,
  q: CommendationListQuery,
): Promise<Paged<Commendation>> {
  const where = filters(q);
  const sortColumns = {
    proposedOn: commendation.proposedOn,
    decisionDate: commendation.decisionDate,
    recipient: sql`coalesce(${commendation.collectiveName}, ${commendation.personName})`,
    updatedAt: commendation.updatedAt,
  } as const;
  const sort = q.sort ?? 'updatedAt';
  const direction = (q.order ?? (q.sort ? 'asc' : 'desc')) === 'desc' ? desc : asc;
  return pageOf(
    q,
    async (limit, offset) =>
      (
        (await scoped(db, actor, where)
          .orderBy(sql`${direction(sortColumns[sort])} nulls last`, asc(commendation.id))
          .limit(limit)
          .offset(offset)) as Row[]
      ).map(toCommendation),
    async () => {
      const [c] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(commendation)
        .where(and(unitInScope(actor, 'commendation.read', commendation.unitId), where));
      return c?.n ?? 0;
    },
  );
}

/** Counts by status, level, form and recipient kind for the period (statistics scope, no names). */
export async function commendationCounts(
  db: Db,
  actor: Actor,
  q: { from: string; to: string; unitId?: string | undefined },
) {
  const scope = and(
    unitInScope(actor, 'commendation.statistics', commendation.unitId),
    q.unitId ? eq(commendation.unitId, q.unitId) : undefined,
  );
  const decided = await db
    .select({
      level: commendation.level,
      form: commendation.form,
      kind: commendation.recipientKind,
      n: sql<number>`count(*)::int`,
      amount: sql<number>`coalesce(sum(${commendation.amountVnd}), 0)::bigint`,
    })
    .from(commendation)
    .where(
      and(
        scope,
        eq(commendation.status, 'decided'),
        gte(commendation.decisionDate, q.from),
        lte(commendation.decisionDate, q.to),
      ),
    )
    .groupBy(commendation.level, commendation.form, commendation.recipientKind);
  const others = await db
    .select({ status: commendation.status, n: sql<number>`count(*)::int` })
    .from(commendation)
    .where(
      and(
        scope,
        inArray(commendation.status, ['proposed', 'rejected']),
        gte(commendation.proposedOn, q.from),
        lte(commendation.proposedOn, q.to),
      ),
    )
    .groupBy(commendation.status);
  return {
    decided: decided.map((r) => ({ ...r, amount: Number(r.amount) })),
    pending: others.find((r) => r.status === 'proposed')?.n ?? 0,
    rejected: others.find((r) => r.status === 'rejected')?.n ?? 0,
  };
}

/** A new record (the service checked the facts); its id. */
export async function insertCommendation(tx: Db, values: typeof commendation.$inferInsert): Promise<string> {
  const [row] = await tx.insert(commendation).values(values).returning({ id: commendation.id });
  return row!.id;
}
