import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/client.ts';
import { queryRows } from '../../platform/db/rows.ts';
import {
  agency,
  agencyScopeUnit,
  agencyUnit,
  person,
  personResidence,
  personTransfer,
  unit,
  userAccount,
} from '../../platform/db/schema/index.ts';
import type { Actor } from '../access/actor.ts';
import { unitInScope } from '../access/scope.ts';
import type { PersonRow } from './person.repository.ts';

/**
 * Transfers of a person's record to another commune's agency (issue 9 §4). The receiving agency is the commune
 * police whose jurisdiction covers the new commune (an agency's own units first, then its materialised scope,
 * which reaches the communes merged into it); lists are scoped by the receiving or the sending commune.
 */

/** The commune police agency that takes a record whose residence moves into `unitId`. */
export async function receivingAgencyFor(db: Db, unitId: string) {
  const [row] = await db
    .select({
      id: agency.id,
      code: agency.code,
      name: agency.name,
    })
    .from(agency)
    .innerJoin(agencyScopeUnit, eq(agencyScopeUnit.agencyId, agency.id))
    .where(and(eq(agency.kind, 'commune_police'), eq(agencyScopeUnit.unitId, unitId)))
    // Its own commune before one it reaches through its scope; real agencies before demo ones; then stable.
    .orderBy(
      desc(
        sql`exists (select 1 from ${agencyUnit} au where au.agency_id = ${agency.id} and au.unit_id = ${unitId})`,
      ),
      asc(agency.isDemo),
      asc(agency.code),
    )
    .limit(1);
  return row ?? null;
}

export type TransferInsert = typeof personTransfer.$inferInsert;

export async function insertTransfer(tx: Db, values: TransferInsert): Promise<string> {
  const [row] = await tx.insert(personTransfer).values(values).returning({ id: personTransfer.id });
  return row!.id;
}

/** A notice still pending when the person moves on again is superseded by the new one. */
export async function supersedePendingTransfers(tx: Db, personId: string): Promise<number> {
  const rows = await tx
    .update(personTransfer)
    .set({ status: 'superseded', version: sql`${personTransfer.version} + 1` })
    .where(and(eq(personTransfer.personId, personId), eq(personTransfer.status, 'pending')))
    .returning({ id: personTransfer.id });
  return rows.length;
}

/** The acknowledgement, guarded by status and version (zero rows: someone acknowledged it meanwhile). */
export async function acknowledgeTransfer(
  tx: Db,
  id: string,
  version: number,
  by: { userId: string; at: Date; note: string | null },
): Promise<boolean> {
  const rows = await tx
    .update(personTransfer)
    .set({
      status: 'acknowledged',
      acknowledgedAt: by.at,
      acknowledgedBy: by.userId,
      version: sql`${personTransfer.version} + 1`,
      ...(by.note ? { note: sql`coalesce(${personTransfer.note} || E'\n', '') || ${by.note}` } : {}),
    })
    .where(
      and(
        eq(personTransfer.id, id),
        eq(personTransfer.version, version),
        eq(personTransfer.status, 'pending'),
      ),
    )
    .returning({ id: personTransfer.id });
  return rows.length === 1;
}

const fromUnit = alias(unit, 'from_unit');
const toUnit = alias(unit, 'to_unit');
const fromAgency = alias(agency, 'from_agency');
const toAgency = alias(agency, 'to_agency');
const ackUser = alias(userAccount, 'ack_user');

const transferColumns = {
  t: personTransfer,
  fromUnit: { id: fromUnit.id, code: fromUnit.code, name: fromUnit.name },
  toUnit: { id: toUnit.id, code: toUnit.code, name: toUnit.name },
  fromAgency: { id: fromAgency.id, code: fromAgency.code, name: fromAgency.name },
  toAgency: { id: toAgency.id, code: toAgency.code, name: toAgency.name },
  ackId: ackUser.id,
  ackUsername: ackUser.username,
  ackDisplayName: ackUser.displayName,
  personName: person.fullName,
  personUnitId: person.unitId,
};
export type TransferRow = {
  t: typeof personTransfer.$inferSelect;
  fromUnit: { id: string; code: string; name: string };
  toUnit: { id: string; code: string; name: string };
  fromAgency: { id: string; code: string; name: string };
  toAgency: { id: string; code: string; name: string };
  ackId: string | null;
  ackUsername: string | null;
  ackDisplayName: string | null;
  personName: string;
  personUnitId: string;
};

const transfers = (db: Db) =>
  db
    .select(transferColumns)
    .from(personTransfer)
    .innerJoin(person, eq(person.id, personTransfer.personId))
    .innerJoin(fromUnit, eq(fromUnit.id, personTransfer.fromUnitId))
    .innerJoin(toUnit, eq(toUnit.id, personTransfer.toUnitId))
    .innerJoin(fromAgency, eq(fromAgency.id, personTransfer.fromAgencyId))
    .innerJoin(toAgency, eq(toAgency.id, personTransfer.toAgencyId))
    .leftJoin(ackUser, eq(ackUser.id, personTransfer.acknowledgedBy));

/**
 * Transfers seen from the actor's jurisdiction: received into it (`incoming`: the new commune is in scope) or
 * sent from it (`outgoing`: the old commune is). Newest first, bounded for a work list.
 */
export async function transferRows(
  db: Db,
  actor: Actor,
  q: { direction: 'incoming' | 'outgoing'; status?: string | undefined; overdueAt?: Date | undefined },
): Promise<TransferRow[]> {
  const side = q.direction === 'incoming' ? personTransfer.toUnitId : personTransfer.fromUnitId;
  return transfers(db)
    .where(
      and(
        unitInScope(actor, 'person.read', side),
        q.status ? eq(personTransfer.status, q.status) : undefined,
        q.overdueAt
          ? and(eq(personTransfer.status, 'pending'), sql`${personTransfer.dueAt} < ${q.overdueAt}`)
          : undefined,
      ),
    )
    .orderBy(desc(personTransfer.notifiedAt), desc(personTransfer.id))
    .limit(500);
}

/** The transfers of one person (its whole hand-over history), oldest first. */
export const transfersOfPerson = (db: Db, personId: string): Promise<TransferRow[]> =>
  transfers(db).where(eq(personTransfer.personId, personId)).orderBy(asc(personTransfer.notifiedAt));

/** The heads of each receiving agency (commune police chiefs, active accounts), flagged overdue notices. */
export async function receivingHeadsOf(db: Db, agencyIds: string[]) {
  const out = new Map<string, { id: string; username: string; displayName: string }[]>();
  if (!agencyIds.length) return out;
  const rows = await db
    .select({
      id: userAccount.id,
      username: userAccount.username,
      displayName: userAccount.displayName,
      agencyId: userAccount.agencyId,
    })
    .from(userAccount)
    .where(
      and(
        inArray(userAccount.agencyId, [...new Set(agencyIds)]),
        eq(userAccount.status, 'active'),
        sql`'commune_police_chief' = any(${userAccount.roles})`,
      ),
    )
    .orderBy(asc(userAccount.displayName), asc(userAccount.id));
  for (const r of rows)
    out.set(r.agencyId, [
      ...(out.get(r.agencyId) ?? []),
      { id: r.id, username: r.username, displayName: r.displayName },
    ]);
  return out;
}

/**
 * The former residences of a person inside the actor's jurisdiction (closed rows): the periods the actor's
 * communes managed the person, which keep its history readable to them after a hand-over.
 */
export async function formerResidencesInScope(db: Db, actor: Actor, personId: string) {
  return db
    .select({ unitId: personResidence.unitId, fromOn: personResidence.fromOn, toOn: personResidence.toOn })
    .from(personResidence)
    .where(
      and(
        eq(personResidence.personId, personId),
        isNotNull(personResidence.toOn),
        unitInScope(actor, 'person.read', personResidence.unitId),
      ),
    )
    .orderBy(asc(personResidence.fromOn));
}

/**
 * The audit row of the last hand-over out of the actor's jurisdiction: the old commune's view of the person's
 * trail ends there (its own period), the rest belongs to the receiving commune.
 */
export async function lastHandOverAuditId(db: Db, actor: Actor, personId: string): Promise<number | null> {
  const scope = unitInScope(actor, 'person.read', sql`(e.before->>'unitId')::uuid`);
  const [row] = await queryRows<{ id: number | null }>(
    db,
    sql`select max(e.id)::int as "id" from audit_event e
         where e.record_type = 'person' and e.record_id = ${personId} and e.action = 'person.transfer'
           and ${scope}`,
  );
  return row?.id ?? null;
}

/** Access-matrix fixture only: a pending notice for a person, so the acknowledgement can be called again. */
export async function pendingTransferForMatrix(db: Db, personId: string): Promise<void> {
  const [p] = await db
    .select({ unitId: person.unitId, agencyId: person.agencyId })
    .from(person)
    .where(eq(person.id, personId));
  await db
    .update(personTransfer)
    .set({ status: 'superseded' })
    .where(and(eq(personTransfer.personId, personId), eq(personTransfer.status, 'pending')));
  const now = new Date();
  await db.insert(personTransfer).values({
    personId,
    fromUnitId: p!.unitId,
    toUnitId: p!.unitId,
    fromAgencyId: p!.agencyId,
    toAgencyId: p!.agencyId,
    movedOn: now.toISOString().slice(0, 10),
    notifiedAt: now,
    dueAt: new Date(now.getTime() + 24 * 3_600_000),
    noticeHours: 24,
    ruleSetId: 'matrix@1',
  });
}

/**
 * A person's row regardless of scope, shaped as the register's rows: only for the answer to the officer who has
 * just handed the record over out of their jurisdiction (what they wrote), never for a read.
 */
export async function handedOverPersonRow(db: Db, id: string): Promise<PersonRow | null> {
  const [row] = await db
    .select({
      p: person,
      unitCode: unit.code,
      unitName: unit.name,
      agencyCode: agency.code,
      agencyName: agency.name,
    })
    .from(person)
    .innerJoin(unit, eq(unit.id, person.unitId))
    .innerJoin(agency, eq(agency.id, person.agencyId))
    .where(eq(person.id, id));
  return row ?? null;
}
