import { deriveDrugStatus, derivedStatusPeriods, formatDateDmy, type StatusPeriod } from '@pcmt/domain';
import type { Db } from '../../platform/db/client.ts';
import type { Actor } from '../access/actor.ts';
import { historyOf } from './person.presenter.ts';
import { type PersonRow, replaceDerivedStatuses, setDrugStatus } from './person.repository.ts';
import { determinationsOf, measuresOf, reviewsOf, testsOf } from './person-history.repository.ts';

/** A person's stored history, and the domain's view of it. */
export async function loadHistory(tx: Db, p: PersonRow['p']) {
  const tests = await testsOf(tx, p.id);
  const determinations = await determinationsOf(tx, p.id);
  const measures = await measuresOf(tx, p.id);
  const reviews = await reviewsOf(
    tx,
    measures.map((m) => m.id),
  );
  return {
    tests,
    determinations,
    measures,
    reviews,
    history: historyOf(p, tests, determinations, measures, reviews),
  };
}

const basisText = (p: StatusPeriod): string =>
  p.basis === 'positive_test'
    ? `Kết quả xét nghiệm dương tính ngày ${formatDateDmy(p.fromOn)}`
    : p.basis === 'determination'
      ? `Xác định nghiện ma túy ngày ${formatDateDmy(p.fromOn)}`
      : `Thực hiện biện pháp từ ngày ${formatDateDmy(p.fromOn)}`;

/**
 * The drug status and the derived status periods (người sử dụng trái phép, người nghiện, đang cai nghiện, sau cai
 * nghiện), recomputed by the domain from the whole history after every write that changes it (never hand-edited).
 */
export async function refreshDerivedStatuses(tx: Db, actor: Actor, p: PersonRow['p'], today: string) {
  const { history } = await loadHistory(tx, p);
  const drug = deriveDrugStatus(history, today);
  await setDrugStatus(tx, p.id, drug.status, drug.since);
  await replaceDerivedStatuses(
    tx,
    p.id,
    derivedStatusPeriods(history, today).map((s) => ({
      personId: p.id,
      status: s.status,
      fromOn: s.fromOn,
      toOn: s.toOn,
      basis: basisText(s),
      sourceKind: s.basis,
      sourceId: s.sourceId,
      createdBy: actor.userId,
    })),
  );
}
