import type { Permission } from '@pcmt/contracts';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { unit } from '../../platform/db/schema/index.ts';
import { invalid } from '../../platform/errors.ts';
import type { Actor } from '../access/actor.ts';
import { unitInScope } from '../access/scope.ts';

export const vnDate = (iso: string) => iso.split('-').reverse().join('/');

/** A date of the register: not in the future, not before the first unit data (31/8/2004). */
export function assertPastDate(path: string, on: string | null | undefined, today: string): void {
  if (!on) return;
  if (on > today) throw invalid(path, 'date.notAfterToday');
  if (on < '2004-08-31') throw invalid(path, 'date.beforeUnitData');
}

/**
 * The commune `unitId` must be a commune valid on `on` inside the actor's jurisdiction for `permission`;
 * otherwise 400 naming `path` (an unknown and an out-of-scope commune are told apart: the officer picked it).
 */
export async function assertCommune(
  db: Db,
  actor: Actor,
  /** Null: any commune of the province (further communes a model covers). */
  permission: Permission | null,
  path: string,
  unitId: string,
  on: string,
): Promise<void> {
  const [row] = await db
    .select({
      id: unit.id,
      inScope: permission ? sql<boolean>`${unitInScope(actor, permission, unit.id)}` : sql<boolean>`true`,
    })
    .from(unit)
    .where(
      and(
        eq(unit.id, unitId),
        inArray(unit.type, ['xa', 'phuong', 'thi_tran', 'dac_khu']),
        sql`${unit.validFrom} <= ${on}::date and (${unit.validTo} is null or ${unit.validTo} >= ${on}::date)`,
      ),
    );
  if (!row) throw invalid(path, 'unit.notCommuneOnDate', { date: vnDate(on) });
  if (!row.inScope) throw invalid(path, 'unit.outsideJurisdiction');
}

/** The statistics period: default 1 January of `to`'s year to today, at most 10 years, in order. */
export function statsPeriod(
  q: { from?: string | undefined; to?: string | undefined },
  today: string,
): { from: string; to: string; tooLong: boolean } {
  const to = q.to ?? today;
  const from = q.from ?? `${to.slice(0, 4)}-01-01`;
  if (from > to) throw invalid('to', 'date.endBeforeStart');
  return { from, to, tooLong: Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > 10 };
}

/** `%text%` for a LIKE on a folded column, with the LIKE metacharacters escaped. */
export const likeFolded = (q: string) => `%${q.replace(/[%_\\]/g, '\\$&')}%`;

/** Is the unit inside the actor's jurisdiction for `permission`? (Writes to a model: its own commune's officers.) */
export async function unitWritable(db: Db, actor: Actor, permission: Permission, unitId: string) {
  const [row] = await db
    .select({ id: unit.id })
    .from(unit)
    .where(and(eq(unit.id, unitId), unitInScope(actor, permission, unit.id)));
  return !!row;
}
