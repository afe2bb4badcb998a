import type {
  AgeBand,
  Determination,
  DrugTest,
  Measure,
  MeasureStatus,
  Person,
  PersonStatus,
  PersonSummary,
} from '@pcmt/contracts';
import {
  ageBandOn,
  ethnicGroups,
  type MeasureFact,
  measureTransitions,
  type PersonHistory,
  parseBirthDate,
  reviewsDue,
} from '@pcmt/domain';
import type { PersonRow } from './person.repository.ts';
import type {
  DeterminationRow,
  DrugTestRow,
  MeasureReviewRow,
  MeasureRow,
} from './person-history.repository.ts';

/**
 * Rows → the contract's shapes. The presenter never sees a clear CCCD or health detail: the rows carry the
 * sealed values, and only `cccdMask` and "has health details" go out. Revealing is a separate, audited call.
 */
const ethnicityName = new Map(ethnicGroups.map((g) => [g.code, g.name]));

export const birthOf = (p: PersonRow['p']) =>
  p.birthDate ? parseBirthDate(p.birthDate, p.birthPrecision as 'day' | 'year' | null) : null;

export function ageBandOfPerson(p: PersonRow['p'], on: string): AgeBand {
  const b = birthOf(p);
  return b ? ageBandOn(b, on) : 'unknown';
}

export function toSummary(r: PersonRow, openStatuses: string[], today: string): PersonSummary {
  const p = r.p;
  return {
    id: p.id,
    fullName: p.fullName,
    aliases: p.aliases,
    birthDate: p.birthDate,
    birthPrecision: p.birthPrecision as PersonSummary['birthPrecision'],
    sex: p.sex as PersonSummary['sex'],
    ageBand: ageBandOfPerson(p, today),
    cccdMasked: p.cccdMask,
    unit: { id: p.unitId, code: r.unitCode, name: r.unitName },
    agency: { id: p.agencyId, code: r.agencyCode, name: r.agencyName },
    drugStatus: p.drugStatus as PersonSummary['drugStatus'],
    drugStatusSince: p.drugStatusSince,
    openStatuses: openStatuses as PersonStatus[],
    isDemo: p.isDemo,
    version: p.version,
    updatedAt: p.updatedAt.toISOString(),
  };
}

export type StatusRowLike = {
  id: string;
  status: string;
  fromOn: string;
  toOn: string | null;
  basis: string;
  sourceKind: string | null;
};
export type ResidenceRowLike = {
  r: { unitId: string; address: string | null; fromOn: string; toOn: string | null };
  unitCode: string;
  unitName: string;
};

export function toPerson(
  r: PersonRow,
  statuses: StatusRowLike[],
  residences: ResidenceRowLike[],
  today: string,
): Person {
  const p = r.p;
  const open = statuses
    .filter((s) => s.fromOn <= today && (s.toOn === null || s.toOn >= today))
    .map((s) => s.status);
  return {
    ...toSummary(r, [...new Set(open)], today),
    ethnicity: p.ethnicity
      ? { code: p.ethnicity, name: ethnicityName.get(p.ethnicity) ?? p.ethnicity }
      : null,
    hasHealthDetails: p.healthSealed !== null,
    residenceAddress: p.residenceAddress,
    residenceSince: p.residenceSince,
    education: p.education as Person['education'],
    occupation: p.occupation as Person['occupation'],
    substances: p.substances as Person['substances'],
    firstUseYear: p.firstUseYear,
    firstSubstance: p.firstSubstance as Person['firstSubstance'],
    photoAttachmentId: p.photoAttachmentId,
    managementFile: p.managementFile,
    criminalRecord: p.criminalRecord,
    administrativeRecord: p.administrativeRecord,
    mobility: p.mobility as Person['mobility'],
    notes: p.notes,
    mergedIntoId: p.mergedIntoId,
    statuses: statuses.map((s) => ({
      id: s.id,
      status: s.status as PersonStatus,
      fromOn: s.fromOn,
      toOn: s.toOn,
      basis: s.basis,
      sourceKind: s.sourceKind,
    })),
    residences: residences.map((x) => ({
      unit: { id: x.r.unitId, code: x.unitCode, name: x.unitName },
      address: x.r.address,
      fromOn: x.r.fromOn,
      toOn: x.r.toOn,
    })),
    createdAt: p.createdAt.toISOString(),
  };
}

export const toDrugTest = (t: DrugTestRow): DrugTest => ({
  id: t.id,
  testedOn: t.testedOn,
  method: t.method as DrugTest['method'],
  substances: t.substances as DrugTest['substances'],
  result: t.result as DrugTest['result'],
  performedBy: t.performedBy,
  reason: t.reason,
  duringMeasureId: t.duringMeasureId,
  isDemo: t.isDemo,
  createdAt: t.createdAt.toISOString(),
});

export const toDetermination = (d: DeterminationRow): Determination => ({
  id: d.id,
  determinedOn: d.determinedOn,
  trigger: d.trigger as Determination['trigger'],
  performedBy: d.performedBy,
  result: d.result as Determination['result'],
  isDemo: d.isDemo,
  createdAt: d.createdAt.toISOString(),
});

/** The domain's view of a stored measure (what end dates, reviews, statuses and alerts are computed from). */
export const measureFact = (m: MeasureRow, reviews: MeasureReviewRow[] = []): MeasureFact => ({
  id: m.id,
  type: m.type as MeasureFact['type'],
  status: m.status as MeasureFact['status'],
  regime: m.regime as MeasureFact['regime'],
  decisionDate: m.decisionDate,
  startOn: m.startOn,
  durationMonths: m.durationMonths,
  reductionMonths: m.reductionMonths,
  suspendedDays: m.suspendedDays,
  endOn: m.endOn,
  earlyEndOn: m.earlyEndOn,
  earlyEndReason: m.endReason as MeasureFact['earlyEndReason'],
  completionOn: m.completionOn,
  reviews: reviews.map((r) => ({ reviewedOn: r.reviewedOn })),
});

export const historyOf = (
  p: PersonRow['p'],
  tests: DrugTestRow[],
  determinations: DeterminationRow[],
  measures: MeasureRow[],
  reviews: Map<string, MeasureReviewRow[]>,
): PersonHistory => ({
  birthDate: birthOf(p),
  tests: tests.map((t) => ({ id: t.id, testedOn: t.testedOn, result: t.result as 'positive' | 'negative' })),
  determinations: determinations.map((d) => ({
    id: d.id,
    determinedOn: d.determinedOn,
    result: d.result as 'addicted' | 'not_addicted',
    trigger: d.trigger,
  })),
  measures: measures.map((m) => measureFact(m, reviews.get(m.id) ?? [])),
});

export function toMeasure(m: MeasureRow, reviews: MeasureReviewRow[], today: string): Measure {
  const fact = measureFact(m, reviews);
  // The next review: the one planned by the officer, else the first periodic review not yet recorded.
  const due = reviewsDue(fact, today).find((r) => r.doneOn === null);
  return {
    id: m.id,
    personId: m.personId,
    type: m.type as Measure['type'],
    status: m.status as MeasureStatus,
    statusSince: m.statusSince,
    regime: m.regime as Measure['regime'],
    ruleSetId: `${m.ruleSetId}@${m.ruleSetVersion}`,
    deciderLevel: m.deciderLevel,
    decisionNumber: m.decisionNumber,
    decisionDate: m.decisionDate,
    decider: m.decider,
    facility: m.facility,
    startOn: m.startOn,
    durationMonths: m.durationMonths,
    endOn: m.endOn,
    nextReviewOn: m.nextReviewOn ?? due?.dueOn ?? null,
    suspendedDays: m.suspendedDays,
    reductionMonths: m.reductionMonths,
    earlyEndOn: m.earlyEndOn,
    endReason: m.endReason as Measure['endReason'],
    earlyEndReason: m.earlyEndReason,
    occurrence: m.occurrence,
    completionCertificate: m.completionCertificate,
    completionOn: m.completionOn,
    notes: m.notes,
    reviews: reviews.map((r) => ({
      id: r.id,
      reviewedOn: r.reviewedOn,
      outcome: r.outcome,
      createdAt: r.createdAt.toISOString(),
    })),
    allowedTransitions: [...measureTransitions[m.status as MeasureStatus]],
    isDemo: m.isDemo,
    version: m.version,
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
  };
}
