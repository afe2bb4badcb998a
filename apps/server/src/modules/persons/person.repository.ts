import { type Paged, PERSON_ALERT_SCAN_MAX, type Permission, type PersonListQuery } from '@pcmt/contracts';
import { and, asc, desc, eq, inArray, isNull, ne, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/client.ts';
import { queryRows } from '../../platform/db/rows.ts';
import {
  addictionDetermination,
  agency,
  drugTest,
  measure,
  person,
  personStatus,
  ringMember,
  unit,
} from '../../platform/db/schema/index.ts';
import { invalid } from '../../platform/errors.ts';
import type { Actor } from '../access/actor.ts';
import { unitInScope } from '../access/scope.ts';
import { pageOf } from '../kit/paged.ts';
import { mayHaveAlertOn, withAlertsDue } from './person-alerts-due.ts';

// Beside this file: the statuses and residences over time, and the writes.
export * from './person-statuses.repository.ts';
export * from './person-writes.repository.ts';

/**
 * The person register's SQL. Every query that returns persons goes through `scoped`: the person's commune of
 * residence inside the actor's jurisdiction for the permission asked (out of scope = does not exist → 404).
 * A merged record (`merged_into_id`) is left out of lists, searches, counts and duplicate checks.
 */
const columns = {
  p: person,
  unitCode: unit.code,
  unitName: unit.name,
  agencyCode: agency.code,
  agencyName: agency.name,
};
export type PersonRow = {
  p: typeof person.$inferSelect;
  unitCode: string;
  unitName: string;
  agencyCode: string;
  agencyName: string;
};

const live = isNull(person.mergedIntoId);

const scoped = (db: Db, actor: Actor, permission: Permission, where?: SQL) =>
  db
    .select(columns)
    .from(person)
    .innerJoin(unit, eq(unit.id, person.unitId))
    .innerJoin(agency, eq(agency.id, person.agencyId))
    .where(and(unitInScope(actor, permission, person.unitId), where));

export async function findPersonRow(
  db: Db,
  actor: Actor,
  id: string,
  permission: Permission = 'person.read',
): Promise<PersonRow | null> {
  const [row] = await scoped(db, actor, permission, eq(person.id, id));
  return row ?? null;
}

/**
 * The words of a search, folded and split by the database itself (`pcmt_fold`, then on every run of characters
 * that are not letters or digits), exactly as `pcmt_word_prefixes` splits the stored names for the word index:
 * the same split on PGlite and PostgreSQL whatever their locale.
 */
async function searchWords(db: Db, q: string): Promise<string[]> {
  const [row] = await queryRows<{ words: string[] | null }>(
    db,
    sql`select array_remove(regexp_split_to_array(pcmt_fold(${q}), '[^[:alnum:]]+'), '') as "words"`,
  );
  return row?.words ?? [];
}

/** The folded name and aliases as one text, as the word index (`person_name_words_idx`) reads them. */
const nameAndAliases = sql`(${person.nameFold} || ' ' || ${person.aliasesFold})`;

/**
 * The folded name and aliases for the phrase check: ' | ' stands between them as between the aliases, and the
 * phrase never spans it. Not an indexed expression on purpose: the trigram indexes accept a regular expression,
 * and a bitmap of theirs would be rechecked row by row with `pcmt_word_prefixes` (≈ 30 µs a row) evaluated again.
 */
const nameOrAliases = sql`(${person.nameFold} || ' | ' || ${person.aliasesFold})`;

/**
 * A name search: the typed words, in their order, at the start of a word of the folded name or of an alias
 * (the last one may be unfinished): "nguyen van hoa" and "van ho" find "Nguyễn Văn Hoà" and "NGUYỄN VĂN HÒA",
 * "Thủy" finds "Thuỷ", "nguyen-van" finds "Nguyễn Văn"; "guyen" (the middle of a word) does not. The GIN index
 * on every word prefix (`pcmt_word_prefixes`, all words present) answers from the rarest word's posting list,
 * where the trigram index intersected a third of the register for a common name; the regular expression then
 * keeps the order and adjacency on the few rows found (a commune's plan walks its units and runs it first). The
 * words are letters and digits only (split by the database); anything else would be escaped.
 */
function nameWords(words: string[]): SQL {
  const escaped = words.map((w) => w.replace(/[^\p{L}\p{N}]/gu, '\\$&'));
  const phrase = `(^|[^[:alnum:]])${escaped.join('[^[:alnum:]|]+')}`;
  return and(
    sql`pcmt_word_prefixes(${nameAndAliases}) @> ${sql.param(words)}::text[]`,
    sql`${nameOrAliases} ~ ${phrase}`,
  )!;
}

function filters(q: PersonListQuery, words: string[] | null, cccdIndex: string | null, today: string) {
  return and(
    live,
    words ? nameWords(words) : undefined,
    cccdIndex ? eq(person.cccdIndex, cccdIndex) : undefined,
    q.unitId ? eq(person.unitId, q.unitId) : undefined,
    q.drugStatus?.length ? inArray(person.drugStatus, q.drugStatus) : undefined,
    q.sex ? eq(person.sex, q.sex) : undefined,
    q.birthYear
      ? sql`${person.birthDate} >= ${`${q.birthYear}-01-01`}::date and ${person.birthDate} <= ${`${q.birthYear}-12-31`}::date`
      : undefined,
    q.status
      ? sql`exists (select 1 from ${personStatus} s where s.person_id = ${person.id} and s.status = ${q.status}
                     and s.from_on <= ${today}::date and (s.to_on is null or s.to_on >= ${today}::date))`
      : undefined,
    // A measure in force: decided (not yet started), in progress or suspended; a proposal is not one.
    q.measureType?.length
      ? sql`exists (select 1 from ${measure} m where m.person_id = ${person.id}
                     and m.type in (${sql.join(
                       q.measureType.map((t) => sql`${t}`),
                       sql`, `,
                     )}) and m.status in ('decided', 'in_progress', 'suspended'))`
      : undefined,
    q.alertsDue ? mayHaveAlertOn(today) : undefined,
  );
}

const sortColumns = {
  fullName: person.nameFold,
  birthDate: person.birthDate,
  drugStatus: person.drugStatus,
  updatedAt: person.updatedAt,
} as const;

/** One page of persons in scope, searched and sorted by the database, with the total. */
export async function listPersonRows(
  db: Db,
  actor: Actor,
  q: PersonListQuery,
  cccdIndex: string | null,
  today: string,
): Promise<Paged<PersonRow>> {
  const words = q.q ? await searchWords(db, q.q) : null;
  // Typed text without a letter or digit names nobody.
  if (words && !words.length) return { data: [], total: 0, page: q.page, pageSize: q.pageSize };
  const where = and(unitInScope(actor, 'person.read', person.unitId), filters(q, words, cccdIndex, today));
  const column = sortColumns[q.sort ?? (q.q ? 'fullName' : 'updatedAt')];
  const direction = (q.order ?? (q.sort || q.q ? 'asc' : 'desc')) === 'desc' ? desc : asc;
  const offset = (q.page - 1) * q.pageSize;
  const count = async () => {
    const [c] = await db.select({ n: sql<number>`count(*)::int` }).from(person).where(where);
    return c?.n ?? 0;
  };
  if (q.alertsDue) return alertsDuePage(db, actor, q, where, direction(column), today);
  if (!words)
    return pageOf(
      q,
      (limit, offset) =>
        scoped(db, actor, 'person.read', where)
          .orderBy(direction(column), asc(person.id))
          .limit(limit)
          .offset(offset),
      count,
    );
  // A search finds every match before it sorts them, so the page's ids and the total come from one statement
  // on `person` alone (one index scan, the same plan for both: a separate count was planned differently, and a
  // commune's count scanned the province). Units and agencies are joined for the page's rows only.
  const hits = await db
    .select({ id: person.id, total: sql<number>`(count(*) over ())::int` })
    .from(person)
    .where(where)
    .orderBy(direction(column), asc(person.id))
    .limit(q.pageSize)
    .offset(offset);
  const total = hits[0]?.total ?? (offset === 0 ? 0 : await count());
  const rows = await personRowsByIds(
    db,
    actor,
    hits.map((h) => h.id),
  );
  const byId = new Map(rows.map((r) => [r.p.id, r]));
  return {
    data: hits.flatMap((h) => byId.get(h.id) ?? []),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/**
 * The "alerts due" list: the candidates the database finds (every other filter applied, in the list's order,
 * at most PERSON_ALERT_SCAN_MAX), kept when the domain raises an alert on their history today; then paged.
 */
async function alertsDuePage(
  db: Db,
  actor: Actor,
  q: PersonListQuery,
  where: SQL | undefined,
  order: SQL,
  today: string,
): Promise<Paged<PersonRow>> {
  const candidates = await db
    .select({ id: person.id, birthDate: person.birthDate, birthPrecision: person.birthPrecision })
    .from(person)
    .where(where)
    .orderBy(order, asc(person.id))
    .limit(PERSON_ALERT_SCAN_MAX + 1);
  if (candidates.length > PERSON_ALERT_SCAN_MAX)
    throw invalid('alertsDue', 'person.alertsTooMany', { max: PERSON_ALERT_SCAN_MAX });
  const due = await withAlertsDue(db, candidates, today);
  const offset = (q.page - 1) * q.pageSize;
  const rows = await personRowsByIds(db, actor, due.slice(offset, offset + q.pageSize));
  const byId = new Map(rows.map((r) => [r.p.id, r]));
  return {
    data: due.slice(offset, offset + q.pageSize).flatMap((id) => byId.get(id) ?? []),
    total: due.length,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/**
 * The live record holding this CCCD, wherever it is (the CCCD is the person key: a second record for the same
 * number is refused even out of scope; only the managing agency's name is then revealed).
 */
export async function personByCccdIndex(db: Db, index: string) {
  const [row] = await db
    .select({ id: person.id, fullName: person.fullName, unitId: person.unitId, agencyName: agency.name })
    .from(person)
    .innerJoin(agency, eq(agency.id, person.agencyId))
    .where(and(eq(person.cccdIndex, index), live));
  return row ?? null;
}

/**
 * Duplicate candidates in scope for a name and birth: the same duplicate key (folded name + birth year, exact),
 * or a trigram-similar folded name with the same birth year (fuzzy, `%` uses the trigram index).
 */
export async function duplicateCandidateRows(
  db: Db,
  actor: Actor,
  c: { fullName: string; dupKey: string; birthYear: number | null; excludeId?: string },
): Promise<(PersonRow & { similarity: number })[]> {
  const yearMatch =
    c.birthYear === null ? sql`false` : sql`extract(year from ${person.birthDate})::int = ${c.birthYear}`;
  const rows = await db
    .select({ ...columns, similarity: sql<number>`similarity(${person.nameFold}, pcmt_fold(${c.fullName}))` })
    .from(person)
    .innerJoin(unit, eq(unit.id, person.unitId))
    .innerJoin(agency, eq(agency.id, person.agencyId))
    .where(
      and(
        unitInScope(actor, 'person.read', person.unitId),
        live,
        c.excludeId ? ne(person.id, c.excludeId) : undefined,
        or(eq(person.dupKey, c.dupKey), and(sql`${person.nameFold} % pcmt_fold(${c.fullName})`, yearMatch)),
      ),
    )
    .orderBy(desc(sql`similarity(${person.nameFold}, pcmt_fold(${c.fullName}))`))
    .limit(20);
  return rows;
}

/**
 * Pairs of live records in scope that may be one person: same CCCD never happens (unique index), so same
 * duplicate key (name key + birth year), or a trigram-similar folded name born the same day (the equality join
 * on the birth date keeps the trigram comparison to a handful of pairs). Bounded for a review list.
 */
export async function duplicatePairIds(
  db: Db,
  actor: Actor,
  limit: number,
): Promise<{ a: string; b: string; similarity: number }[]> {
  const scopeA = unitInScope(actor, 'person.read', sql`a.unit_id`);
  const scopeB = unitInScope(actor, 'person.read', sql`b.unit_id`);
  return queryRows(
    db,
    sql`select a.id as "a", b.id as "b", similarity(a.name_fold, b.name_fold)::float8 as "similarity"
          from person a join person b
            on a.id < b.id and b.merged_into_id is null
           and (b.dup_key = a.dup_key or (b.birth_date = a.birth_date and a.name_fold % b.name_fold))
         where a.merged_into_id is null and ${scopeA} and ${scopeB}
         order by similarity(a.name_fold, b.name_fold) desc, a.id, b.id
         limit ${limit}`,
  );
}

/** Rows of the given ids, in scope (for the review list's pairs). */
export async function personRowsByIds(db: Db, actor: Actor, ids: string[]): Promise<PersonRow[]> {
  if (!ids.length) return [];
  return scoped(db, actor, 'person.read', inArray(person.id, ids));
}

/** Counts for the aggregate view: inside the actor's scope for `person.aggregate`, never names. */
export async function aggregateCounts(db: Db, actor: Actor, q: { on: string; unitId?: string | undefined }) {
  const where = and(
    unitInScope(actor, 'person.aggregate', person.unitId),
    live,
    q.unitId ? eq(person.unitId, q.unitId) : undefined,
  );
  const byUnit = await db
    .select({
      unitId: person.unitId,
      code: unit.code,
      name: unit.name,
      count: sql<number>`count(*)::int`,
    })
    .from(person)
    .innerJoin(unit, eq(unit.id, person.unitId))
    .where(where)
    .groupBy(person.unitId, unit.code, unit.name)
    .orderBy(asc(unit.name));
  const groupBy = async (column: AnyPgColumn) =>
    db
      .select({ key: sql<string | null>`${column}`, count: sql<number>`count(*)::int` })
      .from(person)
      .where(where)
      .groupBy(column);
  const byDrugStatus = await groupBy(person.drugStatus);
  const bySex = await groupBy(person.sex);
  const byEthnicity = await groupBy(person.ethnicity);
  const byBirth = await db
    .select({
      birthDate: person.birthDate,
      precision: person.birthPrecision,
      count: sql<number>`count(*)::int`,
    })
    .from(person)
    .where(where)
    .groupBy(person.birthDate, person.birthPrecision);
  const byStatus = await db
    .select({ key: personStatus.status, count: sql<number>`count(distinct ${person.id})::int` })
    .from(person)
    .innerJoin(personStatus, eq(personStatus.personId, person.id))
    .where(
      and(
        where,
        sql`${personStatus.fromOn} <= ${q.on}::date`,
        sql`(${personStatus.toOn} is null or ${personStatus.toOn} >= ${q.on}::date)`,
      ),
    )
    .groupBy(personStatus.status);
  return { byUnit, byDrugStatus, bySex, byEthnicity, byBirth, byStatus };
}

/** Is the unit inside the actor's jurisdiction for `permission`? */
export async function unitWithinScope(
  db: Db,
  actor: Actor,
  unitId: string,
  permission: Permission,
): Promise<boolean> {
  const [row] = await db
    .select({ id: unit.id })
    .from(unit)
    .where(and(eq(unit.id, unitId), unitInScope(actor, permission, unit.id)));
  return !!row;
}

/** The unit if it is a commune-level unit valid on `on`. */
export async function communeValidOn(db: Db, unitId: string, on: string) {
  const [row] = await db
    .select({ id: unit.id, name: unit.name })
    .from(unit)
    .where(
      and(
        eq(unit.id, unitId),
        inArray(unit.type, ['xa', 'phuong', 'thi_tran', 'dac_khu']),
        sql`${unit.validFrom} <= ${on}::date and (${unit.validTo} is null or ${unit.validTo} >= ${on}::date)`,
      ),
    );
  return row ?? null;
}

/** How many demo persons exist (the demo seed runs once). */
export async function demoPersonCount(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(person)
    .where(eq(person.isDemo, true));
  return row?.n ?? 0;
}

/** Today's communes (the demo spreads PC04's persons over them), or those of the given codes. */
export async function communesToday(
  db: Db,
  opts: { limit: number; codes?: string[] },
): Promise<{ id: string; code: string }[]> {
  return db
    .select({ id: unit.id, code: unit.code })
    .from(unit)
    .where(
      and(
        inArray(unit.type, ['xa', 'phuong', 'dac_khu']),
        isNull(unit.validTo),
        opts.codes ? inArray(unit.code, opts.codes) : undefined,
      ),
    )
    .orderBy(asc(unit.code))
    .limit(opts.limit);
}

/** The blind indexes of the live records in scope for `person.export` (reconciliation), with ids. */
export async function cccdIndexesInScope(db: Db, actor: Actor, unitId?: string) {
  return db
    .select({ id: person.id, index: person.cccdIndex })
    .from(person)
    .where(
      and(
        unitInScope(actor, 'person.export', person.unitId),
        live,
        unitId ? eq(person.unitId, unitId) : undefined,
      ),
    );
}

/**
 * A merge moves the merged record's facts (tests, determinations, measures, ring memberships, hand-recorded
 * statuses) to the surviving record; its derived statuses are dropped (the survivor's are recomputed). Its own
 * row, residences and audit trail stay where they are, readable, pointing at the survivor.
 */
export async function moveFacts(tx: Db, fromId: string, toId: string) {
  const moved = async (
    t: typeof drugTest | typeof addictionDetermination | typeof measure | typeof ringMember,
  ) =>
    (await tx.update(t).set({ personId: toId }).where(eq(t.personId, fromId)).returning({ id: t.id })).length;
  const tests = await moved(drugTest);
  const determinations = await moved(addictionDetermination);
  const measures = await moved(measure);
  const rings = await moved(ringMember);
  await tx
    .update(personStatus)
    .set({ personId: toId })
    .where(and(eq(personStatus.personId, fromId), eq(personStatus.sourceKind, 'manual')));
  await tx.delete(personStatus).where(eq(personStatus.personId, fromId));
  return { tests, determinations, measures, rings };
}

/** Access-matrix fixture only: takes a record out of a merge so the merge route can be called again. */
export async function unmergeForMatrix(db: Db, id: string): Promise<void> {
  await db.update(person).set({ mergedIntoId: null }).where(eq(person.id, id));
}
