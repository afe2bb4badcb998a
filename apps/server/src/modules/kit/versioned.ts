import { joinLocalised, localisedMessage, type MessageParam } from '@pcmt/contracts';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/client.ts';
import { AppError, conflict, issue, notFound } from '../../platform/errors.ts';
import type { Actor } from '../access/actor.ts';

/** A register table: the kit's record columns (`recordColumns()`), of which these are used here. */
export type RecordTable = PgTable & {
  id: AnyPgColumn;
  version: AnyPgColumn;
  updatedAt: AnyPgColumn;
  updatedBy: AnyPgColumn;
};
export type StatusTable = RecordTable & { status: AnyPgColumn };

// Drizzle's `set` is typed per table; the kit works on any register table, so it builds the object loosely.
type AnySet = Record<string, unknown>;

/**
 * `UPDATE … SET …, version = version + 1 WHERE id = $id AND version = $version [AND extra]`: zero rows means
 * someone changed the record since the caller read it (409), never a silent overwrite.
 */
export async function updateVersioned(
  tx: Db,
  table: RecordTable,
  actor: Actor,
  target: { id: string; version: number; where?: SQL | undefined },
  set: AnySet,
): Promise<void> {
  const done = await tx
    .update(table)
    .set({
      ...set,
      version: sql`${table.version} + 1`,
      updatedAt: new Date(),
      updatedBy: actor.userId,
    } as AnySet)
    .where(and(eq(table.id, target.id), eq(table.version, target.version), target.where))
    .returning({ id: table.id });
  if (done.length === 0) throw conflict();
}

/**
 * A status change as the house rule wants it: `UPDATE … WHERE id AND status = $from AND version = $v`. When
 * the move is not in the register's transition table, or zero rows change, the answer is 409 and it names
 * the moves allowed from the status the record really has now.
 */
export async function transitionStatus<S extends string>(
  tx: Db,
  table: StatusTable,
  actor: Actor,
  move: {
    id: string;
    version: number;
    from: S;
    to: S;
    allowed: (from: S) => readonly S[];
    /** The status's label: `{ vi, en }` where the register has both, else its Vietnamese label. */
    label: (status: S) => MessageParam;
    set?: AnySet;
  },
): Promise<void> {
  const refuse = (current: S) => {
    const next = move.allowed(current);
    const allowed =
      next.length > 0 ? joinLocalised(next.map(move.label)) : localisedMessage('common.noMovesFinal');
    return new AppError(
      'conflict',
      'common.transitionRefused',
      { from: move.label(current), to: move.label(move.to), allowed },
      { details: [issue('to', 'common.allowedMoves', { allowed })] },
    );
  };
  if (!move.allowed(move.from).includes(move.to)) throw refuse(move.from);
  const done = await tx
    .update(table)
    .set({
      ...move.set,
      status: move.to,
      version: sql`${table.version} + 1`,
      updatedAt: new Date(),
      updatedBy: actor.userId,
    } as AnySet)
    .where(and(eq(table.id, move.id), eq(table.status, move.from), eq(table.version, move.version)))
    .returning({ id: table.id });
  if (done.length === 1) return;
  const [now] = await tx
    .select({ status: table.status, version: table.version })
    .from(table)
    .where(eq(table.id, move.id));
  if (!now) throw notFound();
  if (now.status !== move.from) throw refuse(now.status as S);
  throw conflict();
}
