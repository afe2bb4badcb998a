import type { Permission, TipListQuery } from '@pcmt/contracts';
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import { alias, type PgInsertValue } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/client.ts';
import {
  agency,
  tip,
  tipLink,
  tipMessage,
  tipNote,
  unit,
  userAccount,
} from '../../platform/db/schema/index.ts';
import { isUnscoped } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';

/**
 * Tips in the actor's jurisdiction: the commune of the tip (unit of the date received) in scope, or the tip
 * received or handled by the actor's own agency (a commune police station sees what it recorded about a
 * neighbouring commune until it has passed it on). Out of scope is "not found" (404).
 */
export function tipInScope(actor: Actor, permission: Permission = 'tip.read'): SQL {
  if (isUnscoped(actor, permission)) return sql`true`;
  return sql`(${tip.unitId} in (select s.unit_id from agency_scope_unit s where s.agency_id = ${actor.agencyId})
    or ${tip.agencyId} = ${actor.agencyId} or ${tip.receivingAgencyId} = ${actor.agencyId})`;
}

const receiving = alias(agency, 'receiving_agency');
const columns = {
  t: tip,
  unitCode: unit.code,
  unitName: unit.name,
  agencyCode: agency.code,
  agencyName: agency.name,
  receivingCode: receiving.code,
  receivingName: receiving.name,
};
export type TipRow = {
  t: typeof tip.$inferSelect;
  unitCode: string;
  unitName: string;
  agencyCode: string;
  agencyName: string;
  receivingCode: string;
  receivingName: string;
};

const scoped = (db: Db, actor: Actor | null, where?: SQL) =>
  db
    .select(columns)
    .from(tip)
    .innerJoin(unit, eq(unit.id, tip.unitId))
    .innerJoin(agency, eq(agency.id, tip.agencyId))
    .innerJoin(receiving, eq(receiving.id, tip.receivingAgencyId))
    .where(and(actor ? tipInScope(actor) : undefined, where));

export async function findTipRow(db: Db, actor: Actor, id: string): Promise<TipRow | null> {
  const [row] = await scoped(db, actor, eq(tip.id, id));
  return (row as TipRow | undefined) ?? null;
}

/** The portal's lookup: by the keyed hash of the receipt code, no actor (the code is the credential). */
export async function findTipByReceipt(db: Db, receiptHash: string) {
  const [row] = await db
    .select({ id: tip.id, status: tip.status, receivedOn: tip.receivedOn })
    .from(tip)
    .where(eq(tip.receiptHash, receiptHash));
  return row ?? null;
}

export async function findTipStatus(db: Db, id: string) {
  const [row] = await db
    .select({ id: tip.id, status: tip.status, receivedOn: tip.receivedOn })
    .from(tip)
    .where(eq(tip.id, id));
  return row ?? null;
}

/** Another tip with the same external reference in the same channel (the desk's "already recorded"). */
export async function findByExternalRef(db: Db, channel: string, externalRef: string) {
  const [row] = await db
    .select({ id: tip.id, number: tip.number, agencyName: agency.name, unitId: tip.unitId })
    .from(tip)
    .innerJoin(agency, eq(agency.id, tip.agencyId))
    .where(and(eq(tip.channel, channel), eq(tip.externalRef, externalRef)));
  return row ?? null;
}

export async function tipVisible(db: Db, actor: Actor, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: tip.id })
    .from(tip)
    .where(and(eq(tip.id, id), tipInScope(actor)));
  return !!row;
}

/** The next tip number, computed by the INSERT itself (no extra round trip). */
export const nextTipNumber = (_tx: Db, year: string) =>
  sql<string>`'TB-' || ${year}::text || '-' || lpad(nextval('tip_number_seq')::text, 6, '0')`;

export async function insertTip(tx: Db, values: PgInsertValue<typeof tip>): Promise<string> {
  const [row] = await tx.insert(tip).values(values).returning({ id: tip.id });
  return row!.id;
}

const sortColumns = {
  receivedAt: tip.receivedAt,
  dueOn: tip.dueOn,
  status: tip.status,
  urgency: tip.urgency,
  updatedAt: tip.updatedAt,
} as const;

const closed = ['resolved', 'dismissed'];
const running = ['received', 'triaged', 'assigned', 'verifying', 'resumed'];

/** The deadline state in SQL (the same cut as the domain's `tipDeadlineState`, for filters and counts). */
function deadlineStateIs(state: string, today: string, warnDays: number): SQL {
  switch (state) {
    case 'closed':
      return inArray(tip.status, closed);
    case 'suspended':
      return eq(tip.status, 'suspended');
    case 'overdue':
      return and(inArray(tip.status, running), sql`${tip.dueOn} < ${today}::date`)!;
    case 'due_soon':
      return and(
        inArray(tip.status, running),
        sql`${tip.dueOn} >= ${today}::date and ${tip.dueOn} <= ${today}::date + ${warnDays}::int`,
      )!;
    default:
      return and(inArray(tip.status, running), sql`${tip.dueOn} > ${today}::date + ${warnDays}::int`)!;
  }
}

function filters(q: TipListQuery, today: string, warnDays: number): SQL | undefined {
  const needle = q.q ? `%${q.q.replace(/[%_\\]/g, '\\$&')}%` : null;
  return and(
    needle
      ? or(sql`${tip.number} ilike ${needle}`, sql`pcmt_fold(${tip.content}) like pcmt_fold(${needle})`)
      : undefined,
    q.status?.length ? inArray(tip.status, q.status) : undefined,
    q.deadlineState?.length
      ? or(...q.deadlineState.map((s) => deadlineStateIs(s, today, warnDays)))
      : undefined,
    q.source ? eq(tip.source, q.source) : undefined,
    q.channel ? eq(tip.channel, q.channel) : undefined,
    q.unitId ? eq(tip.unitId, q.unitId) : undefined,
    q.urgency ? eq(tip.urgency, q.urgency) : undefined,
    q.category ? eq(tip.category, q.category) : undefined,
    q.agencyId ? eq(tip.agencyId, q.agencyId) : undefined,
    q.from ? gte(tip.receivedOn, q.from) : undefined,
    q.to ? lte(tip.receivedOn, q.to) : undefined,
    q.unanswered === 'true'
      ? and(
          isNotNull(tip.lastReporterMessageAt),
          or(isNull(tip.lastReplyAt), sql`${tip.lastReplyAt} < ${tip.lastReporterMessageAt}`),
        )
      : undefined,
  );
}

export async function listTipRows(
  db: Db,
  actor: Actor,
  q: TipListQuery,
  today: string,
  warnDays: number,
): Promise<{ rows: TipRow[]; count: () => Promise<number> }> {
  const where = filters(q, today, warnDays);
  const column = sortColumns[q.sort ?? 'receivedAt'];
  const direction = (q.order ?? (q.sort ? 'asc' : 'desc')) === 'desc' ? desc : asc;
  const rows = (await scoped(db, actor, where)
    .orderBy(direction(column), asc(tip.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)) as TipRow[];
  const count = async () => {
    const [c] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(tip)
      .where(and(tipInScope(actor), where));
    return c?.n ?? 0;
  };
  return { rows, count };
}

/** Open tips in scope whose handling or transfer deadline falls on or before `until` (alerts, overdue list). */
export async function tipsDueBy(db: Db, actor: Actor, until: string, untilAt: string) {
  return (await scoped(
    db,
    actor,
    or(
      and(inArray(tip.status, running), sql`${tip.dueOn} <= ${until}::date`),
      and(
        inArray(tip.status, ['received', 'triaged']),
        isNull(tip.transferredAt),
        isNotNull(tip.transferDueAt),
        sql`${tip.transferDueAt} <= ${untilAt}::timestamptz`,
      ),
    ),
  )
    .orderBy(asc(tip.dueOn))
    .limit(500)) as TipRow[];
}

export const tipLinksOf = (db: Db, tipId: string) =>
  db.select().from(tipLink).where(eq(tipLink.tipId, tipId)).orderBy(asc(tipLink.createdAt));

export async function insertTipLink(tx: Db, values: typeof tipLink.$inferInsert): Promise<boolean> {
  const rows = await tx.insert(tipLink).values(values).onConflictDoNothing().returning({ id: tipLink.id });
  return rows.length > 0;
}

/** Removes one link; what it pointed to, or null when the tip has no such link. */
export async function deleteTipLink(
  tx: Db,
  tipId: string,
  kind: string,
  targetId: string,
): Promise<{ note: string | null; createdAt: Date } | null> {
  const [row] = await tx
    .delete(tipLink)
    .where(and(eq(tipLink.tipId, tipId), eq(tipLink.kind, kind), eq(tipLink.targetId, targetId)))
    .returning({ note: tipLink.note, createdAt: tipLink.createdAt });
  return row ?? null;
}

export const insertTipNote = (tx: Db, values: typeof tipNote.$inferInsert) =>
  tx.insert(tipNote).values(values).returning({ id: tipNote.id });

export const tipNotesOf = (db: Db, tipId: string) =>
  db
    .select({
      id: tipNote.id,
      text: tipNote.text,
      author: userAccount.displayName,
      createdAt: tipNote.createdAt,
    })
    .from(tipNote)
    .innerJoin(userAccount, eq(userAccount.id, tipNote.createdBy))
    .where(eq(tipNote.tipId, tipId))
    .orderBy(asc(tipNote.createdAt), asc(tipNote.id));

export async function insertTipMessage(tx: Db, values: typeof tipMessage.$inferInsert): Promise<void> {
  await tx.insert(tipMessage).values(values);
  const at = values.createdAt ?? new Date();
  await tx
    .update(tip)
    .set(values.author === 'reporter' ? { lastReporterMessageAt: at } : { lastReplyAt: at })
    .where(eq(tip.id, values.tipId));
}

export const tipMessagesOf = (db: Db, tipId: string) =>
  db
    .select({
      id: tipMessage.id,
      author: tipMessage.author,
      text: tipMessage.text,
      createdAt: tipMessage.createdAt,
      officer: userAccount.displayName,
    })
    .from(tipMessage)
    .leftJoin(userAccount, eq(userAccount.id, tipMessage.createdBy))
    .where(eq(tipMessage.tipId, tipId))
    .orderBy(asc(tipMessage.createdAt), asc(tipMessage.id));

/** The agency if it exists, with its kind (assignment, transfer). */
export async function agencyById(db: Db, id: string) {
  const [row] = await db
    .select({ id: agency.id, kind: agency.kind, name: agency.name })
    .from(agency)
    .where(eq(agency.id, id));
  return row ?? null;
}

export type TipSet = Partial<typeof tip.$inferInsert>;

/**
 * Closed tips in scope closed on or before the day given for their closure kind (the retention review: a dismissed
 * tip by its dismissal, a resolved one by its outcome; the caller works out the days from the rules), oldest
 * first, at most `limit`.
 */
export async function closedTipsBy(
  db: Db,
  actor: Actor,
  closedBy: Readonly<Record<string, string>>,
  unitId: string | undefined,
  limit: number,
): Promise<TipRow[]> {
  const byKind = Object.entries(closedBy).map(([closure, day]) =>
    and(
      closure === 'dismissed'
        ? eq(tip.status, 'dismissed')
        : and(eq(tip.status, 'resolved'), eq(tip.outcome, closure)),
      sql`${tip.outcomeOn} <= ${day}::date`,
    ),
  );
  return (await scoped(
    db,
    actor,
    and(
      inArray(tip.status, closed),
      isNotNull(tip.outcomeOn),
      or(...byKind),
      unitId ? eq(tip.unitId, unitId) : undefined,
    ),
  )
    .orderBy(asc(tip.outcomeOn), asc(tip.id))
    .limit(limit)) as TipRow[];
}
