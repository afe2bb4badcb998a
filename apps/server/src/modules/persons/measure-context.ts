import { todayInVietnam } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { authorize } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { auditContextOf } from '../access/agency.service.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { toMeasure } from './person.presenter.ts';
import { findPersonRow, type PersonRow } from './person.repository.ts';
import type { PersonDeps } from './person-context.ts';
import { loadHistory, refreshDerivedStatuses } from './person-derived.ts';
import { findMeasureRow, measureById, reviewsOf } from './person-history.repository.ts';

/**
 * What the services of a person's file (tests, determinations, measures) share: finding the person or measure in
 * scope, the history, presenting a measure, and the audit row, always on the person.
 */
export function measureContext(db: Db, deps: PersonDeps) {
  const today = () => todayInVietnam(deps.now?.() ?? new Date());

  const mustFindPerson = async (
    tx: Db,
    actor: Actor,
    id: string,
    permission: 'person.read' | 'person.write',
  ) => {
    const row = await findPersonRow(tx, actor, id, permission);
    if (!row) throw notFound('person.notFound');
    // A merged record's facts live on the record kept: it takes no more writes.
    if (permission === 'person.write' && row.p.mergedIntoId)
      throw new AppError('conflict', 'person.alreadyMerged');
    return row;
  };
  const mustFindMeasure = async (tx: Db, actor: Actor, id: string) => {
    const m = await findMeasureRow(tx, actor, id);
    if (!m) throw notFound('measure.notFound');
    return m;
  };

  const load = loadHistory;
  const refreshDerived = (tx: Db, actor: Actor, p: PersonRow['p']) =>
    refreshDerivedStatuses(tx, actor, p, today());

  /** A measure as written, read back inside the write's transaction (its person's scope was checked). */
  const presentMeasure = async (tx: Db, id: string) =>
    toMeasure((await measureById(tx, id))!, (await reviewsOf(tx, [id])).get(id) ?? [], today());

  const audit = (
    tx: Db,
    actor: Actor,
    personId: string,
    action: string,
    after: Record<string, unknown>,
    before?: Record<string, unknown>,
  ) =>
    appendAudit(tx, auditContextOf(actor), {
      action,
      recordType: 'person',
      recordId: personId,
      ...(before ? { before } : {}),
      after,
    });

  /** Reading a part of a person's file is a read of the person (audited). */
  async function readPart<T>(
    actor: Actor,
    personId: string,
    view: string,
    read: (tx: Db, row: PersonRow) => Promise<T>,
  ) {
    authorize(actor, 'person.read');
    return db.transaction(async (tx) => {
      const row = await mustFindPerson(tx, actor, personId, 'person.read');
      const out = await read(tx, row);
      await audit(tx, actor, personId, 'person.read', { view });
      return out;
    });
  }

  return {
    db,
    today,
    mustFindPerson,
    mustFindMeasure,
    load,
    refreshDerived,
    presentMeasure,
    audit,
    readPart,
  };
}

export type MeasureContext = ReturnType<typeof measureContext>;
