import { addDays, type IsoDate } from '../calendar/dates.ts';
import type { BilingualText } from '../classification/types.ts';
import { type MeasureEndOptions, measurePeriod } from '../measures/compute.ts';
import type { PersonHistory } from '../measures/history.ts';
import { rehabMeasureTypes } from '../measures/types.ts';

/**
 * The person status model. Statuses are dated periods (from, to; open while to is null), as the server's
 * person_status rows. The drug statuses follow facts, never a hand edit: người sử dụng trái phép only from a
 * positive test (Luật 73/2021 Điều 2: use without permission AND a positive test), người nghiện only from an
 * addiction determination (Điều 27–28); in_rehab and post_rehab follow the measures. The other statuses are
 * recorded by hand with their dates (mobility: one of three at a time).
 */

export const personStatusKinds = [
  'illicit_user',
  'addicted',
  'suspect',
  'wanted',
  'surrendered',
  'in_rehab',
  'post_rehab',
  'mobile',
  'inter_provincial',
  'transnational',
] as const;
export type PersonStatusKind = (typeof personStatusKinds)[number];

export type PersonDrugStatus = 'none' | 'illicit_user' | 'addicted';

/** What moves the drug status, and where to. A determination "not addicted" leaves the status as it is. */
export const drugStatusTransitions: Readonly<
  Record<
    PersonDrugStatus,
    readonly { to: PersonDrugStatus; by: 'positive_test' | 'determination_addicted' }[]
  >
> = {
  none: [
    { to: 'illicit_user', by: 'positive_test' },
    { to: 'addicted', by: 'determination_addicted' },
  ],
  illicit_user: [{ to: 'addicted', by: 'determination_addicted' }],
  addicted: [],
};

/** Statuses derived from the history (never set by hand). */
export const derivedPersonStatusKinds: readonly PersonStatusKind[] = [
  'illicit_user',
  'addicted',
  'in_rehab',
  'post_rehab',
];
/** Statuses an officer records by hand. */
export const manualPersonStatusKinds: readonly PersonStatusKind[] = [
  'suspect',
  'wanted',
  'surrendered',
  'mobile',
  'inter_provincial',
  'transnational',
];
export const mobilityKinds = ['mobile', 'inter_provincial', 'transnational'] as const;
export type MobilityKind = (typeof mobilityKinds)[number];

/**
 * Opening a manual status closes the ones it excludes, on the day before: one mobility at a time; a surrender
 * (đầu thú) ends a wanted notice (truy nã).
 */
export const manualStatusCloses: Readonly<Partial<Record<PersonStatusKind, readonly PersonStatusKind[]>>> = {
  mobile: ['inter_provincial', 'transnational'],
  inter_provincial: ['mobile', 'transnational'],
  transnational: ['mobile', 'inter_provincial'],
  surrendered: ['wanted'],
};

export type StatusBasis = 'positive_test' | 'determination' | 'measure' | 'manual';
export type StatusPeriod = {
  status: PersonStatusKind;
  fromOn: IsoDate;
  toOn: IsoDate | null;
  basis: StatusBasis;
  sourceId: string | null;
};

export type DrugStatusNow = { status: PersonDrugStatus; since: IsoDate | null; sourceId: string | null };

/** The drug status on `today` from tests and determinations dated on or before it. */
export function deriveDrugStatus(
  history: Pick<PersonHistory, 'tests' | 'determinations'>,
  today: IsoDate,
): DrugStatusNow {
  const addicted = history.determinations
    .filter((d) => d.result === 'addicted' && d.determinedOn <= today)
    .sort((a, b) => (a.determinedOn < b.determinedOn ? -1 : 1))[0];
  if (addicted) return { status: 'addicted', since: addicted.determinedOn, sourceId: addicted.id };
  const positive = history.tests
    .filter((t) => t.result === 'positive' && t.testedOn <= today)
    .sort((a, b) => (a.testedOn < b.testedOn ? -1 : 1))[0];
  if (positive) return { status: 'illicit_user', since: positive.testedOn, sourceId: positive.id };
  return { status: 'none', since: null, sourceId: null };
}

/**
 * The derived status periods on `today`: illicit_user from the first positive test (closed the day before the
 * person is determined addicted), addicted from the first "addicted" determination, in_rehab during rehab
 * measures, post_rehab during post-rehab management.
 */
export function derivedStatusPeriods(
  history: PersonHistory,
  today: IsoDate,
  options: MeasureEndOptions = {},
): StatusPeriod[] {
  const out: StatusPeriod[] = [];
  const drug = deriveDrugStatus(history, today);
  const positive = history.tests
    .filter((t) => t.result === 'positive' && t.testedOn <= today)
    .sort((a, b) => (a.testedOn < b.testedOn ? -1 : 1))[0];
  const addictedSince = drug.status === 'addicted' ? drug.since : null;
  if (positive && (addictedSince === null || positive.testedOn < addictedSince)) {
    const dayBefore = addictedSince ? addDays(addictedSince, -1) : null;
    out.push({
      status: 'illicit_user',
      fromOn: positive.testedOn,
      toOn: dayBefore,
      basis: 'positive_test',
      sourceId: positive.id,
    });
  }
  if (drug.status === 'addicted' && drug.since)
    out.push({
      status: 'addicted',
      fromOn: drug.since,
      toOn: null,
      basis: 'determination',
      sourceId: drug.sourceId,
    });
  for (const m of history.measures) {
    const status: PersonStatusKind | null = rehabMeasureTypes.includes(m.type)
      ? 'in_rehab'
      : m.type === 'post_rehab_management'
        ? 'post_rehab'
        : null;
    if (!status) continue;
    const p = measurePeriod(m, today, options);
    if (!p) continue;
    out.push({ status, fromOn: p.from, toOn: p.to, basis: 'measure', sourceId: m.id });
  }
  return out.sort((a, b) => (a.fromOn < b.fromOn ? -1 : a.fromOn > b.fromOn ? 1 : 0));
}

/** Statuses open on `date` among `periods`. */
export const statusesOn = (periods: readonly StatusPeriod[], date: IsoDate): PersonStatusKind[] =>
  periods.filter((p) => p.fromOn <= date && (p.toOn === null || date <= p.toOn)).map((p) => p.status);

export const personStatusKindLabel: Readonly<Record<PersonStatusKind, BilingualText>> = {
  illicit_user: { vi: 'Người sử dụng trái phép chất ma túy', en: 'Illicit drug user' },
  addicted: { vi: 'Người nghiện ma túy', en: 'Drug addict' },
  suspect: { vi: 'Đối tượng', en: 'Suspect' },
  wanted: { vi: 'Truy nã', en: 'Wanted' },
  surrendered: { vi: 'Đầu thú', en: 'Surrendered' },
  in_rehab: { vi: 'Đang cai nghiện', en: 'In rehab' },
  post_rehab: { vi: 'Sau cai nghiện', en: 'Post-rehab' },
  mobile: { vi: 'Đối tượng lưu động', en: 'Mobile subject' },
  inter_provincial: { vi: 'Đối tượng ngoại tỉnh', en: 'Inter-provincial subject' },
  transnational: { vi: 'Đối tượng xuyên quốc gia', en: 'Transnational subject' },
};
