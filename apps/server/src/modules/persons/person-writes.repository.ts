import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { person, personResidence, personStatus } from '../../platform/db/schema/index.ts';

// Writes on a person and its status and residence rows, inside the caller's transaction. Re-exported by
// `person.repository.ts`, which keeps the scoped search, duplicates, counts and look-ups.

export type PersonInsert = Omit<typeof person.$inferInsert, 'aliasesFold'>;

/** The aliases, joined and folded by the database (the same `pcmt_fold` as the generated name column). */
const aliasesFoldOf = (aliases: readonly string[]) => sql`pcmt_fold(${aliases.join(' | ')})`;

export async function insertPerson(tx: Db, values: PersonInsert): Promise<void> {
  await tx.insert(person).values({ ...values, aliasesFold: aliasesFoldOf(values.aliases ?? []) });
}

/** The columns an edit sets besides the versioned ones (aliases refolded). */
export const personSet = (values: Partial<PersonInsert>) =>
  values.aliases ? { ...values, aliasesFold: aliasesFoldOf(values.aliases) } : values;

export async function setDrugStatus(tx: Db, id: string, status: string, since: string | null): Promise<void> {
  await tx
    .update(person)
    .set({ drugStatus: status, drugStatusSince: since, updatedAt: new Date() })
    .where(eq(person.id, id));
}

export async function insertStatus(tx: Db, values: typeof personStatus.$inferInsert): Promise<void> {
  await tx.insert(personStatus).values(values);
}

/** Closes the open statuses `statuses` of a person on `toOn` (never before their own start). */
export async function closeStatuses(
  tx: Db,
  personId: string,
  statuses: readonly string[],
  toOn: string,
): Promise<void> {
  if (!statuses.length) return;
  await tx
    .update(personStatus)
    .set({ toOn: sql`greatest(${personStatus.fromOn}, ${toOn}::date)` })
    .where(
      and(
        eq(personStatus.personId, personId),
        inArray(personStatus.status, [...statuses]),
        isNull(personStatus.toOn),
      ),
    );
}

/** The derived status rows of a person (tests, determinations, measures): rewritten whole from the domain. */
export async function replaceDerivedStatuses(
  tx: Db,
  personId: string,
  rows: (typeof personStatus.$inferInsert)[],
): Promise<void> {
  await tx
    .delete(personStatus)
    .where(and(eq(personStatus.personId, personId), ne(personStatus.sourceKind, 'manual')));
  if (rows.length) await tx.insert(personStatus).values(rows);
}

export async function insertResidence(tx: Db, values: typeof personResidence.$inferInsert): Promise<void> {
  await tx.insert(personResidence).values(values);
}

/** The address of the current residence, corrected in place (no move: same commune, same dates). */
export async function setOpenResidenceAddress(
  tx: Db,
  personId: string,
  address: string | null,
): Promise<void> {
  await tx
    .update(personResidence)
    .set({ address })
    .where(and(eq(personResidence.personId, personId), isNull(personResidence.toOn)));
}

/** Closes the open residence the day before a move (or on the move day if it started then). */
export async function closeResidence(tx: Db, personId: string, movedOn: string): Promise<void> {
  await tx
    .update(personResidence)
    .set({ toOn: sql`greatest(${personResidence.fromOn}, ${movedOn}::date - 1)` })
    .where(and(eq(personResidence.personId, personId), isNull(personResidence.toOn)));
}
