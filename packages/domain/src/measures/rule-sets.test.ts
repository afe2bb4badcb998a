import { describe, expect, it } from 'vitest';
import { parseBirthDate } from '../persons/birth-date.ts';
import {
  authoritiesFor,
  decidersFor,
  durationRuleFor,
  measureEnd,
  measureRegimeFor,
  measureRuleSetFor,
  nextReviewDue,
  reviewsDue,
  validateMeasure,
} from './compute.ts';
import type { MeasureFact } from './history.ts';
import {
  defaultMeasureRuleSets,
  law73MeasureRuleSet,
  law120MeasureRuleSet,
  measureRuleSetKey,
} from './rule-sets.ts';
import { measureTypes } from './types.ts';

const measure = (p: Partial<MeasureFact>): MeasureFact => ({
  id: 'm',
  type: 'compulsory_rehab',
  status: 'in_progress',
  ...p,
});

describe('rule set by decision date', () => {
  it('Luật 73/2021 decides until 30/6/2026, Luật 120/2025 from 01/7/2026', () => {
    expect(measureRegimeFor('2026-06-30')).toBe('luat_73_2021');
    expect(measureRegimeFor('2026-07-01')).toBe('luat_120_2025');
    expect(measureRegimeFor('2022-01-01')).toBe('luat_73_2021');
    expect(measureRuleSetFor('2021-12-31')).toBeNull();
    expect(measureRuleSetKey(measureRuleSetFor('2026-07-01')!)).toBe('measures-luat-120-2025@1');
    expect(() => measureRuleSetFor('30/06/2026')).toThrow(RangeError);
  });

  it('an adult compulsory term: 12–24 months decided 30/6/2026, 24 months (36 the 2nd time) decided 01/7/2026', () => {
    const r73 = durationRuleFor(measureRuleSetFor('2026-06-30')!.measures.compulsory_rehab, 30, 1)!;
    const r120 = durationRuleFor(measureRuleSetFor('2026-07-01')!.measures.compulsory_rehab, 30, 1)!;
    const r120b = durationRuleFor(measureRuleSetFor('2026-07-01')!.measures.compulsory_rehab, 30, 2)!;
    expect(r73.value).toEqual({ minMonths: 12, maxMonths: 24 });
    expect(r73.confidence).toBe('confirmed');
    expect(r120.value).toEqual({ minMonths: 24, maxMonths: 24 });
    expect(r120b.value).toEqual({ minMonths: 36, maxMonths: 36 });
  });

  it('under-18 rules: 12–<18 on the decision date gets 6–12 months; under 12 no compulsory rehab', () => {
    const rules = law73MeasureRuleSet.measures.compulsory_rehab;
    expect(durationRuleFor(rules, 12)!.value).toEqual({ minMonths: 6, maxMonths: 12 });
    expect(durationRuleFor(rules, 17)!.value).toEqual({ minMonths: 6, maxMonths: 12 });
    expect(durationRuleFor(rules, 18)!.value).toEqual({ minMonths: 12, maxMonths: 24 });
    expect(durationRuleFor(rules, 11)).toBeNull();
    const history = { birthDate: parseBirthDate('2008-07-01'), tests: [], determinations: [], measures: [] };
    // 17 on 30/6/2026: 18 months is refused, 12 accepted; 18 on 01/7/2026 under the 2025 law: 24 months.
    const at = (decisionDate: string, durationMonths: number) =>
      validateMeasure(measure({ decisionDate, startOn: decisionDate, durationMonths }), {
        today: '2026-12-31',
        history,
      }).map((i) => i.field);
    expect(at('2026-06-30', 18)).toEqual(['durationMonths']);
    expect(at('2026-06-30', 12)).toEqual([]);
    expect(at('2026-07-01', 12)).toEqual(['durationMonths']);
    expect(at('2026-07-01', 24)).toEqual([]);
    const young = { ...history, birthDate: parseBirthDate('2015-01-01') };
    const issues = validateMeasure(
      measure({ decisionDate: '2026-06-30', startOn: '2026-06-30', durationMonths: 6 }),
      {
        today: '2026-12-31',
        history: young,
      },
    );
    expect(issues[0]!.vi).toContain('từ đủ 12 tuổi');
  });

  it('who decides follows the date: district chairman until 30/6/2025, the province from 01/7/2025 (NĐ 184/2025)', () => {
    const rules = law73MeasureRuleSet.measures.voluntary_rehab_community;
    expect(authoritiesFor(rules, 'designate_provider', '2025-06-30').map((a) => a.value)).toEqual([
      'district_chairman',
    ]);
    expect(authoritiesFor(rules, 'designate_provider', '2025-07-01').map((a) => a.value)).toEqual([
      'provincial_chairman',
      'provincial_police_director',
    ]);
    expect(decidersFor('compulsory_rehab', '2025-06-30').map((a) => a.value)).toEqual(['district_court']);
    expect(decidersFor('compulsory_rehab', '2025-07-01').map((a) => a.value)).toEqual(['regional_court']);
    expect(decidersFor('user_management', '2025-06-30').map((a) => a.value)).toEqual(['commune_chairman']);
    expect(decidersFor('voluntary_rehab_community', '2026-07-01').map((a) => a.value)).toEqual([
      'commune_police_chief',
    ]);
  });

  it('electronic monitoring exists only under Luật 120/2025 (Điều 12), ordered by the commune police chief', () => {
    expect(law73MeasureRuleSet.measures.electronic_monitoring.available.value).toBe(false);
    expect(law120MeasureRuleSet.measures.electronic_monitoring.available.value).toBe(true);
    expect(
      authoritiesFor(law120MeasureRuleSet.measures.electronic_monitoring, 'order', '2026-07-01').map(
        (a) => a.value,
      ),
    ).toEqual(['commune_police_chief']);
    const issues = validateMeasure(measure({ type: 'electronic_monitoring', decisionDate: '2026-06-30' }), {
      today: '2026-07-01',
    });
    expect(issues.map((i) => i.field)).toEqual(['type']);
  });

  it('every value carries a source and a confidence; every measure type is in both sets', () => {
    for (const rs of defaultMeasureRuleSets)
      for (const t of measureTypes) {
        const r = rs.measures[t];
        expect(r.type).toBe(t);
        for (const v of [
          r.available,
          r.minAge,
          r.reviewIntervalMonths,
          r.dayOffRule,
          ...r.durations,
          ...r.authorities,
        ]) {
          expect(v.source.length).toBeGreaterThan(3);
          expect(['confirmed', 'likely', 'unconfirmed']).toContain(v.confidence);
        }
      }
  });
});

describe('measure end dates', () => {
  it('end on the matching day of the last month or that month’s last day', () => {
    expect(
      measureEnd(
        measure({
          type: 'user_management',
          decisionDate: '2024-02-29',
          startOn: '2024-02-29',
          durationMonths: 12,
        }),
      ),
    ).toBe('2025-02-28');
    expect(
      measureEnd(
        measure({
          type: 'voluntary_rehab_facility',
          decisionDate: '2024-01-31',
          startOn: '2024-01-31',
          durationMonths: 1,
        }),
      ),
    ).toBe('2024-02-29');
    expect(
      measureEnd(
        measure({
          type: 'voluntary_rehab_facility',
          decisionDate: '2025-01-31',
          startOn: '2025-01-31',
          durationMonths: 1,
        }),
      ),
    ).toBe('2025-02-28');
    expect(
      measureEnd(measure({ decisionDate: '2025-08-31', startOn: '2025-08-31', durationMonths: 18 })),
    ).toBe('2027-02-28');
  });

  it('take off reduced months, add suspended days, and stay on a day off unless configured', () => {
    expect(
      measureEnd(
        measure({
          decisionDate: '2025-03-10',
          startOn: '2025-03-10',
          durationMonths: 24,
          reductionMonths: 6,
        }),
      ),
    ).toBe('2026-09-10');
    expect(
      measureEnd(
        measure({ decisionDate: '2025-03-10', startOn: '2025-03-10', durationMonths: 12, suspendedDays: 10 }),
      ),
    ).toBe('2026-03-20');
    // 14/02/2027 is a Sunday; a measure's term does not move by default.
    expect(
      measureEnd(measure({ decisionDate: '2026-02-14', startOn: '2026-02-14', durationMonths: 12 })),
    ).toBe('2027-02-14');
  });

  it('no end without a start or a term', () => {
    expect(
      measureEnd(measure({ type: 'substitution_treatment', startOn: '2025-01-01', durationMonths: null })),
    ).toBeNull();
    expect(measureEnd(measure({ startOn: null, durationMonths: 12 }))).toBeNull();
  });

  it('refuses a measure ending before it starts, a future decision, a start before the decision', () => {
    const v = (p: Partial<MeasureFact>) =>
      validateMeasure(measure({ type: 'user_management', durationMonths: 12, ...p }), {
        today: '2026-01-10',
      });
    expect(
      v({ decisionDate: '2026-01-05', startOn: '2026-01-06', endOn: '2026-01-01' }).map((i) => i.field),
    ).toEqual(['endOn']);
    expect(v({ decisionDate: '2026-02-01', startOn: '2026-02-01' }).map((i) => i.field)).toEqual([
      'decisionDate',
    ]);
    expect(v({ decisionDate: '2026-01-05', startOn: '2026-01-04' }).map((i) => i.field)).toEqual(['startOn']);
    expect(v({ decisionDate: '2026-01-05', startOn: '2026-01-05', durationMonths: 6 })[0]!.vi).toContain(
      '12 tháng',
    );
  });
});

describe('periodic reviews', () => {
  const um: MeasureFact = {
    id: 'u',
    type: 'user_management',
    status: 'in_progress',
    decisionDate: '2025-11-30',
    startOn: '2025-11-30',
    durationMonths: 12,
  };
  it('fall due every interval from the start (month arithmetic), before the end', () => {
    expect(reviewsDue(um, '2026-12-31').map((r) => r.dueOn)).toEqual([
      '2026-02-28',
      '2026-05-30',
      '2026-08-30',
    ]);
    expect(reviewsDue(um, '2026-01-01').map((r) => [r.dueOn, r.overdue])).toEqual([['2026-02-28', false]]);
    expect(nextReviewDue(um, '2026-01-01')).toBe('2026-02-28');
  });
  it('are met by a review after the previous due date, late ones included; overdue after the grace days', () => {
    const reviewed = { ...um, reviews: [{ reviewedOn: '2026-03-05' }, { reviewedOn: '2026-05-30' }] };
    expect(reviewsDue(reviewed, '2026-06-15').map((r) => [r.dueOn, r.doneOn, r.overdue])).toEqual([
      ['2026-02-28', '2026-03-05', false],
      ['2026-05-30', '2026-05-30', false],
      ['2026-08-30', null, false],
    ]);
    expect(reviewsDue(um, '2026-03-01', 1).map((r) => r.overdue)).toEqual([false, false]);
    expect(reviewsDue(um, '2026-03-02', 1).map((r) => r.overdue)).toEqual([true, false]);
    expect(nextReviewDue(reviewed, '2026-06-15')).toBe('2026-08-30');
  });
  it('stop when the measure stops', () => {
    const ended = {
      ...um,
      status: 'ended_early' as const,
      earlyEndOn: '2026-04-01',
      earlyEndReason: 'moved' as const,
    };
    expect(reviewsDue(ended, '2026-12-31').map((r) => r.dueOn)).toEqual(['2026-02-28']);
    expect(reviewsDue({ ...um, status: 'decided' }, '2026-12-31')).toEqual([]);
  });
});
