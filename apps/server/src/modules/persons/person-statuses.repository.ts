import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { personResidence, personStatus, unit } from '../../platform/db/schema/index.ts';

// A person's statuses and residences over time (read side). Re-exported by `person.repository.ts`.

/** Statuses open on `on` of each person of `ids`. */
export async function openStatusesOf(db: Db, ids: string[], on: string): Promise<Map<string, string[]>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ personId: personStatus.personId, status: personStatus.status })
    .from(personStatus)
    .where(
      and(
        inArray(personStatus.personId, ids),
        sql`${personStatus.fromOn} <= ${on}::date`,
        sql`(${personStatus.toOn} is null or ${personStatus.toOn} >= ${on}::date)`,
      ),
    )
    .orderBy(asc(personStatus.fromOn));
  const out = new Map<string, string[]>();
  for (const r of rows) {
    const list = out.get(r.personId) ?? [];
    if (!list.includes(r.status)) list.push(r.status);
    out.set(r.personId, list);
  }
  return out;
}

export const statusesOf = (db: Db, personId: string) =>
  db
    .select()
    .from(personStatus)
    .where(eq(personStatus.personId, personId))
    .orderBy(asc(personStatus.fromOn), asc(personStatus.createdAt));

export const residencesOf = (db: Db, personId: string) =>
  db
    .select({ r: personResidence, unitCode: unit.code, unitName: unit.name })
    .from(personResidence)
    .innerJoin(unit, eq(unit.id, personResidence.unitId))
    .where(eq(personResidence.personId, personId))
    .orderBy(asc(personResidence.fromOn));
