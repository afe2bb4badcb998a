import { describe, expect, it } from 'vitest';
import { classifyCommune } from './classify.ts';
import { overrideRuleSet } from './override.ts';
import { qd28RuleSet, qd3122RuleSet } from './rule-sets.ts';
import type { ClassificationRuleSet, CommuneIndicators, IndicatorName, KeyClass } from './types.ts';

/** A commune of 10.000 residents with every figure recorded and zero. */
const zero = (over: Partial<CommuneIndicators> = {}): CommuneIndicators => ({
  population: 10_000,
  personsWithRecords: 0,
  addicts: 0,
  drugUseVenueCount: 0,
  activeSpots: 0,
  activeGatherings: 0,
  arrestedOffenders: 0,
  plantCount: 0,
  plantAreaM2: 0,
  onKeyRoute: false,
  ...over,
});

const criterion = (rs: ClassificationRuleSet, ind: CommuneIndicators, id: string) => {
  const c = classifyCommune(ind, rs).criteria.find((x) => x.id === id);
  if (!c) throw new Error(`no criterion ${id}`);
  return c;
};

type Threshold = { level: KeyClass; id: string; indicator: IndicatorName; at: number };

/**
 * Every threshold written out (not read from the rule set), so an edit of the data that changes a value fails
 * here. Rates are in persons for 10.000 residents: 0,5 % = 50, 0,3 % = 30, 0,1 % = 10, 0,05 % = 5, 0,02 % = 2.
 */
const thresholds3122: Threshold[] = [
  { level: 'class_1', id: 'addicts', indicator: 'addicts', at: 100 },
  { level: 'class_1', id: 'gatherings', indicator: 'activeGatherings', at: 5 },
  { level: 'class_1', id: 'plants', indicator: 'plantAreaM2', at: 2000 },
  { level: 'class_2', id: 'addicts', indicator: 'addicts', at: 50 },
  { level: 'class_2', id: 'gatherings', indicator: 'activeGatherings', at: 3 },
  { level: 'class_2', id: 'plants', indicator: 'plantAreaM2', at: 1000 },
  { level: 'class_3', id: 'addicts', indicator: 'addicts', at: 20 },
  { level: 'class_3', id: 'gatherings', indicator: 'activeGatherings', at: 1 },
  { level: 'class_3', id: 'plants', indicator: 'plantAreaM2', at: 500 },
];

const thresholds28: Threshold[] = [
  { level: 'class_1', id: 'rate_records', indicator: 'personsWithRecords', at: 50 },
  { level: 'class_1', id: 'use_venues', indicator: 'drugUseVenueCount', at: 2 },
  { level: 'class_1', id: 'rate_arrested', indicator: 'arrestedOffenders', at: 10 },
  { level: 'class_1', id: 'plants', indicator: 'plantCount', at: 3000 },
  { level: 'class_1', id: 'plants', indicator: 'plantAreaM2', at: 750 },
  { level: 'class_2', id: 'rate_records', indicator: 'personsWithRecords', at: 30 },
  { level: 'class_2', id: 'use_venues', indicator: 'drugUseVenueCount', at: 1 },
  { level: 'class_2', id: 'rate_arrested', indicator: 'arrestedOffenders', at: 5 },
  { level: 'class_2', id: 'plants', indicator: 'plantCount', at: 500 },
  { level: 'class_2', id: 'plants', indicator: 'plantAreaM2', at: 125 },
  { level: 'class_3', id: 'rate_records', indicator: 'personsWithRecords', at: 10 },
  { level: 'class_3', id: 'rate_arrested', indicator: 'arrestedOffenders', at: 2 },
  { level: 'class_3', id: 'plants', indicator: 'plantCount', at: 100 },
  { level: 'class_3', id: 'plants', indicator: 'plantAreaM2', at: 25 },
];

describe.each([
  ['QĐ 3122/2010/QĐ-BCA', qd3122RuleSet, thresholds3122],
  ['QĐ 28/2025/QĐ-TTg', qd28RuleSet, thresholds28],
] as const)('every threshold of %s: just below, at, just above', (_name, rs, table) => {
  it('lists each non-route criterion of the rule set in the table', () => {
    for (const level of ['class_1', 'class_2', 'class_3'] as const) {
      for (const c of rs.classes[level].criteria) {
        if (c.test.kind === 'route') continue;
        expect(table.some((t) => t.level === level && t.id === c.id)).toBe(true);
      }
    }
  });

  it.each(table)('$level.$id on $indicator at $at', ({ level, id, indicator, at }) => {
    const met = (v: number) => criterion(rs, zero({ [indicator]: v }), `${level}.${id}`).met;
    expect(met(at - 1)).toBe(false);
    expect(met(at)).toBe(true);
    expect(met(at + 1)).toBe(true);
  });
});

describe('QĐ 3122/2010: one criterion is enough', () => {
  const cls = (over: Partial<CommuneIndicators>) => classifyCommune(zero(over), qd3122RuleSet).communeClass;

  it.each([
    ['addicts', 99, 'class_2', 100, 'class_1'],
    ['addicts', 49, 'class_3', 50, 'class_2'],
    ['addicts', 19, 'none', 20, 'class_3'],
    ['activeGatherings', 4, 'class_2', 5, 'class_1'],
    ['activeGatherings', 2, 'class_3', 3, 'class_2'],
    ['activeGatherings', 0, 'drug_free', 1, 'class_3'],
    ['plantAreaM2', 1999.99, 'class_2', 2000, 'class_1'],
    ['plantAreaM2', 999, 'class_3', 1000, 'class_2'],
    ['plantAreaM2', 499, 'none', 500, 'class_3'],
  ] as const)('%s: %d → %s; %d and above → %s', (indicator, below, belowClass, at, atClass) => {
    expect(cls({ [indicator]: below })).toBe(belowClass);
    expect(cls({ [indicator]: at })).toBe(atClass);
    expect(cls({ [indicator]: at + 1 })).toBe(atClass);
  });

  it('says why a commune is loại I, with Vietnamese numbers', () => {
    const r = classifyCommune(zero({ addicts: 120, plantAreaM2: 2500 }), qd3122RuleSet);
    expect(r.communeClass).toBe('class_1');
    expect(r.ruleSetId).toBe('qd-3122-2010');
    expect(r.ruleSetVersion).toBe('1');
    expect(r.explanation.vi).toContain('Loại I theo QĐ 3122/2010/QĐ-BCA');
    expect(r.explanation.vi).toContain('Người nghiện ma túy có hồ sơ quản lý: 120 ≥ 100');
    expect(r.explanation.vi).toContain('2.500 m² ≥ 2.000 m²');
    expect(r.explanation.en).toContain('2,500 m² ≥ 2,000 m²');
  });

  it('does not need population', () => {
    expect(classifyCommune(zero({ population: null, addicts: 100 }), qd3122RuleSet).communeClass).toBe(
      'class_1',
    );
    expect(classifyCommune(zero({ population: null }), qd3122RuleSet).communeClass).toBe('drug_free');
  });
});

describe('QĐ 28/2025: "at least 3 of" for loại I and II, 1 for loại III', () => {
  const r = (over: Partial<CommuneIndicators>) => classifyCommune(zero(over), qd28RuleSet);

  it('rate exactly at 0,5 % with 10.000 residents (50 persons) is met; 49 is not, 51 is', () => {
    const two = { drugUseVenueCount: 2, arrestedOffenders: 10 };
    expect(r({ ...two, personsWithRecords: 49 }).communeClass).toBe('class_2');
    expect(r({ ...two, personsWithRecords: 50 }).communeClass).toBe('class_1');
    expect(r({ ...two, personsWithRecords: 51 }).communeClass).toBe('class_1');
    const at = criterion(qd28RuleSet, zero({ personsWithRecords: 50 }), 'class_1.rate_records');
    expect(at.rate).toEqual({ numerator: 50, denominator: 10_000, percent: 0.5 });
    expect(at.statement.vi).toBe('0,5 % ≥ 0,5 %');
    expect(
      criterion(qd28RuleSet, zero({ personsWithRecords: 49 }), 'class_1.rate_records').statement.vi,
    ).toBe('0,49 % < 0,5 %');
  });

  it('compares rates exactly where floating point would not (7 of 10.000 is 0,07 %)', () => {
    expect((7 / 10_000) * 100 < 0.07).toBe(true); // what a naive comparison would conclude
    const rs = overrideRuleSet(qd28RuleSet, {
      classes: { class_2: { criteria: { rate_arrested: { minPercent: 0.07 } } } },
    });
    expect(criterion(rs, zero({ arrestedOffenders: 7 }), 'class_2.rate_arrested').met).toBe(true);
    expect(criterion(rs, zero({ arrestedOffenders: 6 }), 'class_2.rate_arrested').met).toBe(false);
  });

  it('a rate just under the threshold is never shown rounded up to it', () => {
    const c = criterion(
      qd28RuleSet,
      zero({ population: 1_000_000, personsWithRecords: 4999 }),
      'class_1.rate_records',
    );
    expect(c.met).toBe(false);
    expect(c.statement.vi).toBe('0,49 % < 0,5 %');
  });

  it('a rate threshold that is not a whole number of persons (12.345 residents: 0,5 % = 61,725)', () => {
    const met = (n: number) =>
      criterion(qd28RuleSet, zero({ population: 12_345, personsWithRecords: n }), 'class_1.rate_records').met;
    expect(met(61)).toBe(false);
    expect(met(62)).toBe(true);
  });

  it('counts loại I criteria: 2 are not enough, 3 are', () => {
    expect(r({ personsWithRecords: 50, drugUseVenueCount: 2 }).communeClass).toBe('class_3');
    expect(r({ personsWithRecords: 50, drugUseVenueCount: 2, plantAreaM2: 750 }).communeClass).toBe(
      'class_1',
    );
    const five = r({
      personsWithRecords: 62,
      drugUseVenueCount: 3,
      arrestedOffenders: 12,
      plantCount: 3000,
      onKeyRoute: true,
    });
    expect(five.communeClass).toBe('class_1');
    expect(five.classes.find((c) => c.level === 'class_1')).toMatchObject({ metCount: 5, minCriteriaMet: 3 });
  });

  it('counts loại II criteria: 2 are not enough, 3 are', () => {
    expect(r({ personsWithRecords: 30, drugUseVenueCount: 1 }).communeClass).toBe('class_3');
    expect(r({ personsWithRecords: 30, drugUseVenueCount: 1, arrestedOffenders: 5 }).communeClass).toBe(
      'class_2',
    );
    expect(r({ drugUseVenueCount: 1, arrestedOffenders: 5, plantAreaM2: 125 }).communeClass).toBe('class_2');
  });

  it('loại III needs 1 criterion', () => {
    expect(r({ arrestedOffenders: 1 }).communeClass).toBe('none');
    expect(r({ arrestedOffenders: 2 }).communeClass).toBe('class_3');
  });

  it('route criterion: on a key route with 1, 2, 3 loại III (or higher) criteria', () => {
    const route = (over: Partial<CommuneIndicators>) =>
      criterion(qd28RuleSet, zero(over), 'class_1.route').met;
    expect(route({ onKeyRoute: true, personsWithRecords: 10 })).toBe(false);
    expect(route({ onKeyRoute: true, personsWithRecords: 10, arrestedOffenders: 2 })).toBe(true);
    expect(route({ onKeyRoute: true, personsWithRecords: 10, arrestedOffenders: 2, plantCount: 100 })).toBe(
      true,
    );
    expect(route({ onKeyRoute: false, personsWithRecords: 10, arrestedOffenders: 2, plantCount: 100 })).toBe(
      false,
    );
    // A loại II criterion (1 use venue) counts as "loại III or higher".
    expect(route({ onKeyRoute: true, personsWithRecords: 10, drugUseVenueCount: 1 })).toBe(true);
    // Two loại I criteria + the route make three.
    expect(r({ personsWithRecords: 50, drugUseVenueCount: 2, onKeyRoute: true }).communeClass).toBe(
      'class_1',
    );
  });

  it('explains "vì sao xã này loại I" with the numbers', () => {
    const res = r({ personsWithRecords: 62, drugUseVenueCount: 2, plantAreaM2: 2000 });
    expect(res.communeClass).toBe('class_1');
    expect(res.ruleSetId).toBe('qd-28-2025');
    expect(res.explanation.vi).toContain('đạt 3/5 tiêu chí, cần ít nhất 3');
    expect(res.explanation.vi).toContain(
      'Tỷ lệ người nghiện, người sử dụng trái phép chất ma túy có hồ sơ quản lý / dân số: 0,62 % ≥ 0,5 %',
    );
    expect(res.explanation.vi).toContain('2.000 m² ≥ 750 m²');
    expect(res.explanation.en).toContain('0.62% ≥ 0.5%');
    expect(res.missing).toEqual([]);
  });
});

describe('drug-free, none and not classified', () => {
  it('a commune with every figure zero is drug-free under both rule sets', () => {
    for (const rs of [qd3122RuleSet, qd28RuleSet]) {
      const res = classifyCommune(zero(), rs);
      expect(res.communeClass).toBe('drug_free');
      expect(res.explanation.vi).toContain('Không ma túy');
    }
  });

  it('one live điểm makes it not drug-free, without making it a key area', () => {
    const res = classifyCommune(zero({ activeSpots: 1 }), qd28RuleSet);
    expect(res.communeClass).toBe('none');
    expect(res.explanation.vi).toContain('Điểm phức tạp về ma túy đang tồn tại: 1 > 0');
  });

  it('population null: rate criteria cannot be decided, so the commune is not classified', () => {
    const res = classifyCommune(zero({ population: null, drugUseVenueCount: 1 }), qd28RuleSet);
    expect(res.communeClass).toBe('not_classified');
    expect(res.missing).toEqual(['population']);
    expect(res.criteria.find((c) => c.id === 'class_1.rate_records')?.met).toBeNull();
    expect(res.explanation.vi).toContain('thiếu số liệu dân số thường trú');
  });

  it('population 0: says so rather than dividing', () => {
    const res = classifyCommune(zero({ population: 0 }), qd28RuleSet);
    expect(res.communeClass).toBe('not_classified');
    expect(res.explanation.vi).toContain('dân số bằng 0 nên không tính được tỷ lệ');
    expect(res.explanation.vi).not.toContain('thiếu số liệu');
  });

  it('decides without population when three non-rate criteria are met', () => {
    const res = classifyCommune(
      zero({ population: null, drugUseVenueCount: 2, plantCount: 3000, onKeyRoute: true }),
      qd28RuleSet,
    );
    expect(res.communeClass).toBe('class_1');
    expect(res.missing).toEqual([]);
  });

  it('reports the class already reached when a higher one cannot be decided', () => {
    const res = classifyCommune(
      zero({ population: null, drugUseVenueCount: 1, plantAreaM2: 125, onKeyRoute: true }),
      qd28RuleSet,
    );
    expect(res.communeClass).toBe('not_classified');
    expect(res.atLeast).toBe('class_2');
    expect(res.explanation.vi).toContain('Đã đạt tiêu chí Loại II');
  });

  it('a missing count needed for loại I leaves the commune not classified (QĐ 3122)', () => {
    const res = classifyCommune(zero({ addicts: null }), qd3122RuleSet);
    expect(res.communeClass).toBe('not_classified');
    expect(res.missing).toEqual(['addicts']);
    expect(classifyCommune(zero({ addicts: null, activeGatherings: 5 }), qd3122RuleSet).communeClass).toBe(
      'class_1',
    );
  });

  it('a missing figure only needed for drug-free leaves a clean commune not classified', () => {
    const res = classifyCommune(zero({ activeSpots: null }), qd28RuleSet);
    expect(res.communeClass).toBe('not_classified');
    expect(res.missing).toEqual(['activeSpots']);
    expect(classifyCommune(zero({ activeSpots: null, activeGatherings: 1 }), qd28RuleSet).communeClass).toBe(
      'none',
    );
  });

  it('a missing key-route flag only matters when it could decide', () => {
    expect(classifyCommune(zero({ onKeyRoute: null }), qd28RuleSet).communeClass).toBe('drug_free');
    const res = classifyCommune(
      zero({ onKeyRoute: null, personsWithRecords: 50, drugUseVenueCount: 2 }),
      qd28RuleSet,
    );
    expect(res.communeClass).toBe('not_classified');
    expect(res.missing).toEqual(['onKeyRoute']);
  });
});

describe('band reading', () => {
  it("within_band: a value above the band's upper bound does not count for the lower class", () => {
    const rs = overrideRuleSet(qd28RuleSet, { bandMode: 'within_band' });
    const met = (n: number) => criterion(rs, zero({ personsWithRecords: n }), 'class_2.rate_records').met;
    expect(met(29)).toBe(false);
    expect(met(30)).toBe(true);
    expect(met(49)).toBe(true);
    expect(met(50)).toBe(false);
    expect(criterion(rs, zero({ personsWithRecords: 50 }), 'class_2.rate_records').statement.vi).toBe(
      '0,5 % ngoài khoảng 0,3 % – dưới 0,5 %',
    );
  });

  it('at_or_above (default): 0,6 % meets the loại II rate too', () => {
    expect(criterion(qd28RuleSet, zero({ personsWithRecords: 60 }), 'class_2.rate_records').met).toBe(true);
  });
});
