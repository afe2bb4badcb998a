import type { Person, PersonSummary } from '@pcmt/contracts';
import { todayInVietnam } from '../../platform/clock.ts';
import type { Keyring } from '../../platform/crypto/keys.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { Actor } from '../access/actor.ts';
import { toPerson, toSummary } from './person.presenter.ts';
import {
  findPersonRow,
  openStatusesOf,
  type PersonRow,
  residencesOf,
  statusesOf,
} from './person.repository.ts';
import { personSealing } from './person.sealing.ts';

export type PersonDeps = { keyring: Keyring; now?: (() => Date) | undefined };

/**
 * What every part of the person register shares: the clock (injected by tests), the sealing, and finding and
 * presenting a record in the actor's scope. A merged record stays readable but takes no more writes.
 */
export function personContext(db: Db, deps: PersonDeps) {
  const sealing = personSealing(deps.keyring);
  const now = () => deps.now?.() ?? new Date();
  const today = () => todayInVietnam(now());

  const mustFind = async (
    tx: Db,
    actor: Actor,
    id: string,
    permission: 'person.read' | 'person.write' = 'person.read',
  ) => {
    const row = await findPersonRow(tx, actor, id, permission);
    if (!row) throw notFound('person.notFound');
    // A merged record stays readable; its facts live on the record kept, so it takes no more writes.
    if (permission === 'person.write' && row.p.mergedIntoId)
      throw new AppError('conflict', 'person.alreadyMerged');
    return row;
  };
  const present = async (tx: Db, row: PersonRow): Promise<Person> =>
    toPerson(row, await statusesOf(tx, row.p.id), await residencesOf(tx, row.p.id), today());
  const summaries = async (tx: Db, rows: PersonRow[]): Promise<PersonSummary[]> => {
    const t = today();
    const open = await openStatusesOf(
      tx,
      rows.map((r) => r.p.id),
      t,
    );
    return rows.map((r) => toSummary(r, open.get(r.p.id) ?? [], t));
  };
  return { db, sealing, now, today, mustFind, present, summaries };
}

export type PersonContext = ReturnType<typeof personContext>;
