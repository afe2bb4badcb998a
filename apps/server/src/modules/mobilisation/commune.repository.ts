import type { Permission } from '@pcmt/contracts';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { unit } from '../../platform/db/schema/index.ts';
import { invalid } from '../../platform/errors.ts';
import type { Actor } from '../access/actor.ts';
import { unitInScope } from '../access/scope.ts';
import { vnDate } from './mobilisation-rules.ts';

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

/** Is the unit inside the actor's jurisdiction for `permission`? (Writes to a model: its own commune's officers.) */
export async function unitWritable(db: Db, actor: Actor, permission: Permission, unitId: string) {
  const [row] = await db
    .select({ id: unit.id })
    .from(unit)
    .where(and(eq(unit.id, unitId), unitInScope(actor, permission, unit.id)));
  return !!row;
}
