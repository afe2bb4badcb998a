import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import {
  addictionDetermination,
  drugTest,
  measure,
  measureReview,
  person,
} from '../../platform/db/schema/index.ts';
import type { Actor } from '../access/actor.ts';
import { unitInScope } from '../access/scope.ts';

/**
 * A person's tests, determinations, measures and reviews. They carry no unit of their own: the person's record
 * decides who may see them, so the service reads the person (scoped) first; `findMeasureRow` joins the person
 * to apply the same scope to a measure reached by its own id.
 */
export type DrugTestRow = typeof drugTest.$inferSelect;
export type DeterminationRow = typeof addictionDetermination.$inferSelect;
export type MeasureRow = typeof measure.$inferSelect;
export type MeasureReviewRow = typeof measureReview.$inferSelect;

export const testsOf = (db: Db, personId: string) =>
  db
    .select()
    .from(drugTest)
    .where(eq(drugTest.personId, personId))
    .orderBy(asc(drugTest.testedOn), asc(drugTest.createdAt));

export const determinationsOf = (db: Db, personId: string) =>
  db
    .select()
    .from(addictionDetermination)
    .where(eq(addictionDetermination.personId, personId))
    .orderBy(asc(addictionDetermination.determinedOn), asc(addictionDetermination.createdAt));

export const measuresOf = (db: Db, personId: string) =>
  db
    .select()
    .from(measure)
    .where(eq(measure.personId, personId))
    .orderBy(asc(sql`coalesce(${measure.startOn}, ${measure.decisionDate})`), asc(measure.createdAt));

export async function reviewsOf(db: Db, measureIds: string[]): Promise<Map<string, MeasureReviewRow[]>> {
  if (!measureIds.length) return new Map();
  const rows = await db
    .select()
    .from(measureReview)
    .where(inArray(measureReview.measureId, measureIds))
    .orderBy(asc(measureReview.reviewedOn), asc(measureReview.createdAt));
  const out = new Map<string, MeasureReviewRow[]>();
  for (const r of rows) out.set(r.measureId, [...(out.get(r.measureId) ?? []), r]);
  return out;
}

/** A measure whose person is inside the actor's scope for `person.read` (else null: 404). */
export async function findMeasureRow(db: Db, actor: Actor, id: string): Promise<MeasureRow | null> {
  const [row] = await db
    .select({ m: measure })
    .from(measure)
    .innerJoin(person, eq(person.id, measure.personId))
    .where(and(eq(measure.id, id), unitInScope(actor, 'person.read', person.unitId)));
  return row?.m ?? null;
}

/** A measure by id, unscoped: only inside a write whose person the service already found in scope. */
export async function measureById(tx: Db, id: string): Promise<MeasureRow | null> {
  const [row] = await tx.select().from(measure).where(eq(measure.id, id));
  return row ?? null;
}

export async function insertTest(tx: Db, values: typeof drugTest.$inferInsert): Promise<string> {
  const [row] = await tx.insert(drugTest).values(values).returning({ id: drugTest.id });
  return row!.id;
}

export async function insertDetermination(
  tx: Db,
  values: typeof addictionDetermination.$inferInsert,
): Promise<string> {
  const [row] = await tx
    .insert(addictionDetermination)
    .values(values)
    .returning({ id: addictionDetermination.id });
  return row!.id;
}

export async function insertMeasure(tx: Db, values: typeof measure.$inferInsert): Promise<string> {
  const [row] = await tx.insert(measure).values(values).returning({ id: measure.id });
  return row!.id;
}

export async function insertReview(tx: Db, values: typeof measureReview.$inferInsert): Promise<void> {
  await tx.insert(measureReview).values(values);
}

/**
 * Access-matrix fixture only: puts a measure back in progress (the early-end route is called once per role on
 * one record, and an ended measure cannot end again). Never used by the register itself.
 */
export async function reopenMeasureForMatrix(db: Db, id: string): Promise<void> {
  await db
    .update(measure)
    .set({
      status: 'in_progress',
      earlyEndOn: null,
      endReason: null,
      earlyEndReason: null,
      suspendedSince: null,
    })
    .where(eq(measure.id, id));
}
