import type { MessageId, Permission } from '@pcmt/contracts';
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { agencyUnit, unit } from '../../platform/db/schema/index.ts';
import { invalid } from '../../platform/errors.ts';
import type { Actor } from '../access/actor.ts';
import { unitInScope } from '../access/scope.ts';

/**
 * Helpers the commendation, support and difficulty registers share: the unit a record belongs to (valid on
 * its date, inside the writer's jurisdiction for the write permission), dates, the statistics period, and the
 * accent-free search pattern.
 */
const communeTypes = ['xa', 'phuong', 'thi_tran', 'dac_khu'];
export const vnDate = (iso: string) => iso.split('-').reverse().join('/');

/** Refuses, on `path`, a unit that is not valid on `on` (or not a commune when one is asked) or out of scope. */
export async function assertRecordUnit(
  db: Db,
  actor: Actor,
  permission: Permission,
  path: string,
  unitId: string,
  on: string,
  opts: { commune?: boolean } = {},
): Promise<void> {
  const [row] = await db
    .select({ id: unit.id, inScope: sql<boolean>`${unitInScope(actor, permission, unit.id)}` })
    .from(unit)
    .where(
      and(
        eq(unit.id, unitId),
        opts.commune ? inArray(unit.type, communeTypes) : undefined,
        sql`${unit.validFrom} <= ${on}::date and (${unit.validTo} is null or ${unit.validTo} >= ${on}::date)`,
      ),
    );
  if (!row)
    throw opts.commune
      ? invalid(path, 'unit.notCommuneOnDate', { date: vnDate(on) })
      : invalid(path, 'unit.notFound');
  if (!row.inScope) throw invalid(path, 'unit.outsideJurisdiction');
}

/** The agency's first unit (by code): where a commune officer's record belongs when they name none. */
export async function firstAgencyUnit(db: Db, agencyId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: unit.id })
    .from(agencyUnit)
    .innerJoin(unit, eq(unit.id, agencyUnit.unitId))
    .where(eq(agencyUnit.agencyId, agencyId))
    .orderBy(asc(unit.code))
    .limit(1);
  return row?.id ?? null;
}

/** A legal date of these registers: not in the future, not before the first unit data (31/8/2004). */
export function assertPastDate(path: string, on: string | null | undefined, today: string): void {
  if (!on) return;
  if (on > today) throw invalid(path, 'date.notAfterToday');
  if (on < '2004-08-31') throw invalid(path, 'date.beforeUnitData');
}

/** The statistics period: default 1 January of `to`'s year to today; at most 10 years. */
export function statsPeriod(
  q: { from?: string | undefined; to?: string | undefined },
  today: string,
  tooLong: MessageId & `${string}.statsPeriodTooLong`,
): { from: string; to: string } {
  const to = q.to ?? today;
  const from = q.from ?? `${to.slice(0, 4)}-01-01`;
  if (from > to) throw invalid('to', 'date.endBeforeStart');
  if (Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > 10) throw invalid('from', tooLong);
  return { from, to };
}

/** `column like pcmt_fold('%q%')`, with the LIKE wildcards of `q` escaped. */
export const foldedLike = (column: SQL | unknown, q: string): SQL =>
  sql`${column} like pcmt_fold(${`%${q.replace(/[%_\\]/g, '\\$&')}%`})`;
