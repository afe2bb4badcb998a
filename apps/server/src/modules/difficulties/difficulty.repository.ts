import type { Difficulty, DifficultyListQuery, DifficultyStatus, Paged, Permission } from '@pcmt/contracts';
import { allowedDifficultyTransitions, difficultyAnswerDue, difficultyOverdue } from '@pcmt/domain';
import { and, asc, desc, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { agency, difficulty, unit } from '../../platform/db/schema/index.ts';
import type { Actor } from '../access/actor.ts';
import { unitInScope } from '../access/scope.ts';
import { foldedLike } from '../commendations/record-unit.ts';
import { pageOf } from '../kit/paged.ts';

/** The day and the answer period the overdue flag is computed for. */
export type AnswerClock = { today: string; answerDays: number };

const columns = {
  d: difficulty,
  unitCode: unit.code,
  unitName: unit.name,
  agencyCode: agency.code,
  agencyName: agency.name,
};
type Row = {
  d: typeof difficulty.$inferSelect;
  unitCode: string;
  unitName: string;
  agencyCode: string;
  agencyName: string;
};

const toDifficulty = (r: Row, clock: AnswerClock): Difficulty => {
  const d = r.d;
  const status = d.status as DifficultyStatus;
  return {
    id: d.id,
    unit: { id: d.unitId, code: r.unitCode, name: r.unitName },
    raisedOn: d.raisedOn,
    topic: d.topic as Difficulty['topic'],
    content: d.content,
    proposal: d.proposal,
    addressedTo: d.addressedTo,
    answer: d.answer,
    answeredBy: d.answeredBy,
    answeredOn: d.answeredOn,
    status,
    statusSince: d.statusSince,
    // The answer route is the way to a further answer; the status moves are the others.
    allowedTransitions: allowedDifficultyTransitions(status).filter((s) => s !== status),
    overdue: difficultyOverdue(status, d.raisedOn, clock.today, clock.answerDays),
    answerDueOn: difficultyAnswerDue(d.raisedOn, clock.answerDays),
    agency: { id: d.agencyId, code: r.agencyCode, name: r.agencyName },
    isDemo: d.isDemo,
    version: d.version,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
};

/**
 * Every difficulty query: with its unit and raising agency, inside the actor's jurisdiction for `permission`
 * (reading; a write looks the record up in the scope of its own permission, which may be narrower).
 */
const scoped = (db: Db, actor: Actor, where?: SQL, permission: Permission = 'difficulty.read') =>
  db
    .select(columns)
    .from(difficulty)
    .innerJoin(unit, eq(unit.id, difficulty.unitId))
    .innerJoin(agency, eq(agency.id, difficulty.agencyId))
    .where(and(unitInScope(actor, permission, difficulty.unitId), where));

export async function findDifficulty(
  db: Db,
  actor: Actor,
  clock: AnswerClock,
  id: string,
  permission: Permission = 'difficulty.read',
): Promise<Difficulty | null> {
  const [row] = await scoped(db, actor, eq(difficulty.id, id), permission);
  return row ? toDifficulty(row as Row, clock) : null;
}

/** Open on `today` and raised more than `answerDays` days before it (the SQL of `difficultyOverdue`). */
export const overdueSql = (clock: AnswerClock): SQL =>
  sql`(${difficulty.status} = 'open' and ${difficulty.raisedOn} + ${clock.answerDays}::int < ${clock.today}::date)`;

function filters(q: DifficultyListQuery, clock: AnswerClock): SQL | undefined {
  return and(
    q.q ? foldedLike(difficulty.contentFold, q.q) : undefined,
    q.status?.length ? inArray(difficulty.status, q.status) : undefined,
    q.topic?.length ? inArray(difficulty.topic, q.topic) : undefined,
    q.unitId ? eq(difficulty.unitId, q.unitId) : undefined,
    q.overdue === 'true'
      ? overdueSql(clock)
      : q.overdue === 'false'
        ? sql`not ${overdueSql(clock)}`
        : undefined,
    q.from ? gte(difficulty.raisedOn, q.from) : undefined,
    q.to ? lte(difficulty.raisedOn, q.to) : undefined,
  );
}

export async function listDifficulties(
  db: Db,
  actor: Actor,
  clock: AnswerClock,
  q: DifficultyListQuery,
): Promise<Paged<Difficulty>> {
  const where = filters(q, clock);
  const sortColumns = {
    raisedOn: difficulty.raisedOn,
    answeredOn: difficulty.answeredOn,
    updatedAt: difficulty.updatedAt,
  } as const;
  // The overdue list reads oldest first; otherwise the latest raised first.
  const sort = q.sort ?? 'raisedOn';
  const direction = (q.order ?? (q.sort || q.overdue === 'true' ? 'asc' : 'desc')) === 'desc' ? desc : asc;
  return pageOf(
    q,
    async (limit, offset) =>
      (
        (await scoped(db, actor, where)
          .orderBy(sql`${direction(sortColumns[sort])} nulls last`, asc(difficulty.id))
          .limit(limit)
          .offset(offset)) as Row[]
      ).map((r) => toDifficulty(r, clock)),
    async () => {
      const [c] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(difficulty)
        .where(and(unitInScope(actor, 'difficulty.read', difficulty.unitId), where));
      return c?.n ?? 0;
    },
  );
}

/** Difficulties raised in the period by topic: answered (ever), open now, overdue now (no texts). */
export async function difficultyCounts(
  db: Db,
  actor: Actor,
  clock: AnswerClock,
  q: { from: string; to: string; unitId?: string | undefined },
) {
  return db
    .select({
      topic: difficulty.topic,
      raised: sql<number>`count(*)::int`,
      answered: sql<number>`count(*) filter (where ${difficulty.answeredOn} is not null)::int`,
      open: sql<number>`count(*) filter (where ${difficulty.status} = 'open')::int`,
      overdue: sql<number>`count(*) filter (where ${overdueSql(clock)})::int`,
    })
    .from(difficulty)
    .where(
      and(
        unitInScope(actor, 'difficulty.statistics', difficulty.unitId),
        q.unitId ? eq(difficulty.unitId, q.unitId) : undefined,
        gte(difficulty.raisedOn, q.from),
        lte(difficulty.raisedOn, q.to),
      ),
    )
    .groupBy(difficulty.topic);
}

/** A new record (the service checked the facts); its id. */
export async function insertDifficulty(tx: Db, values: typeof difficulty.$inferInsert): Promise<string> {
  const [row] = await tx.insert(difficulty).values(values).returning({ id: difficulty.id });
  return row!.id;
}
