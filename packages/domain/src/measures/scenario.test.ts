import { describe, expect, it } from 'vitest';
import { parseBirthDate } from '../persons/birth-date.ts';
import { deriveDrugStatus, derivedStatusPeriods, statusesOn } from '../persons/status.ts';
import { alertsFor } from './alerts.ts';
import { measureEnd, measureRegimeFor, validateMeasure } from './compute.ts';
import type { MeasureFact, PersonHistory } from './history.ts';
import { canTransitionMeasure } from './lifecycle.ts';

/**
 * One person's timeline, replayed day by day: each measure is a list of dated changes, the history on a day is
 * what had happened by then, and the alerts are a pure function of that history and the day.
 *
 * 05/01/2026 positive test → 09/01 user management (12 months) → 02/03 positive again → 12/03 determined addicted →
 * 20/03 voluntary community rehab (6 months) → 15/05 quits → 25/06 compulsory rehab decided (Luật 73/2021), starts
 * 01/7/2026 for 18 months → completed 01/01/2028 → post-rehab management decided 20/12/2027 (Luật 120/2025),
 * 02/01/2028 for 12 months, reviews 10/04 and 01/07/2028 → completed 02/01/2029.
 */
type Change = { on: string; patch: Partial<MeasureFact> };
const plan: { base: MeasureFact; changes: Change[] }[] = [
  {
    base: { id: 'M1', type: 'user_management', status: 'proposed' },
    changes: [
      { on: '2026-01-08', patch: {} },
      { on: '2026-01-09', patch: { status: 'decided', decisionDate: '2026-01-09', durationMonths: 12 } },
      { on: '2026-01-09', patch: { status: 'in_progress', startOn: '2026-01-09' } },
      {
        on: '2026-03-19',
        patch: { status: 'ended_early', earlyEndOn: '2026-03-19', earlyEndReason: 'replaced' },
      },
    ],
  },
  {
    base: { id: 'M2', type: 'voluntary_rehab_community', status: 'proposed' },
    changes: [
      { on: '2026-03-20', patch: { status: 'decided', decisionDate: '2026-03-20', durationMonths: 6 } },
      { on: '2026-03-20', patch: { status: 'in_progress', startOn: '2026-03-20' } },
      {
        on: '2026-05-15',
        patch: { status: 'ended_early', earlyEndOn: '2026-05-15', earlyEndReason: 'quit' },
      },
    ],
  },
  {
    base: { id: 'M3', type: 'compulsory_rehab', status: 'proposed' },
    changes: [
      { on: '2026-06-01', patch: {} },
      { on: '2026-06-25', patch: { status: 'decided', decisionDate: '2026-06-25', durationMonths: 18 } },
      { on: '2026-07-01', patch: { status: 'in_progress', startOn: '2026-07-01' } },
      { on: '2028-01-02', patch: { status: 'completed', completionOn: '2028-01-01' } },
    ],
  },
  {
    base: { id: 'M4', type: 'post_rehab_management', status: 'proposed' },
    changes: [
      { on: '2027-12-20', patch: { status: 'decided', decisionDate: '2027-12-20', durationMonths: 12 } },
      { on: '2028-01-02', patch: { status: 'in_progress', startOn: '2028-01-02' } },
      { on: '2028-04-10', patch: { reviews: [{ reviewedOn: '2028-04-10' }] } },
      { on: '2028-07-01', patch: { reviews: [{ reviewedOn: '2028-04-10' }, { reviewedOn: '2028-07-01' }] } },
      { on: '2029-01-02', patch: { status: 'completed', completionOn: '2029-01-02' } },
    ],
  },
];
const tests = [
  { id: 'T1', testedOn: '2026-01-05', result: 'positive' as const },
  { id: 'T2', testedOn: '2026-03-02', result: 'positive' as const },
];
const determinations = [{ id: 'D1', determinedOn: '2026-03-12', result: 'addicted' as const }];

function historyOn(day: string): PersonHistory {
  const measures: MeasureFact[] = [];
  for (const { base, changes } of plan) {
    const seen = changes.filter((c) => c.on <= day);
    if (seen.length === 0) continue;
    measures.push(Object.assign({}, base, ...seen.map((c) => c.patch)));
  }
  return {
    birthDate: parseBirthDate('1995-03-10'),
    tests: tests.filter((t) => t.testedOn <= day),
    determinations: determinations.filter((d) => d.determinedOn <= day),
    measures,
  };
}

const alertsOn = (day: string) =>
  alertsFor(historyOn(day), day).map((a) => {
    const w = a.windows[0];
    return `${a.kind}:${a.on}${a.measureId ? `:${a.measureId}` : ''}${w ? `:${w.clause}:${w.from}..${w.to ?? ''}` : ''}${a.days !== null ? `:${a.days}d` : ''}`;
  });

describe('scenario: from a first positive test to completed post-rehab management', () => {
  it('raises every alert on the right day', () => {
    const expected: Record<string, string[]> = {
      '2026-01-04': [],
      '2026-01-05': ['management_due:2026-01-05'],
      '2026-01-08': ['management_due:2026-01-05:M1'],
      '2026-01-09': [],
      '2026-03-02': ['determination_due:2026-03-02:M1'],
      '2026-03-11': ['determination_due:2026-03-02:M1'],
      '2026-03-12': [],
      '2026-03-20': ['art256a_window:2026-03-20:M2:a_rehab:2026-03-20..2026-09-20'],
      '2026-05-15': ['art256a_window:2026-03-20:M2:a_rehab:2026-03-20..2026-05-15'],
      '2026-05-16': ['art256a_window:2026-05-16:M2:d_after_quit:2026-05-16..2028-05-15'],
      '2026-06-30': ['art256a_window:2026-05-16:M2:d_after_quit:2026-05-16..2028-05-15'],
      '2026-07-01': [
        'art256a_window:2026-05-16:M2:d_after_quit:2026-05-16..2028-05-15',
        'art256a_window:2026-07-01:M3:a_rehab:2026-07-01..2028-01-01',
      ],
      '2027-12-01': [
        'art256a_window:2026-05-16:M2:d_after_quit:2026-05-16..2028-05-15',
        'art256a_window:2026-07-01:M3:a_rehab:2026-07-01..2028-01-01',
      ],
      '2027-12-02': [
        'art256a_window:2026-05-16:M2:d_after_quit:2026-05-16..2028-05-15',
        'art256a_window:2026-07-01:M3:a_rehab:2026-07-01..2028-01-01',
        'measure_ending:2028-01-01:M3:30d',
      ],
      '2028-01-01': [
        'art256a_window:2026-05-16:M2:d_after_quit:2026-05-16..2028-05-15',
        'art256a_window:2026-07-01:M3:a_rehab:2026-07-01..2028-01-01',
        'measure_ending:2028-01-01:M3:0d',
      ],
      '2028-01-02': [
        'art256a_window:2026-05-16:M2:d_after_quit:2026-05-16..2028-05-15',
        'art256a_window:2028-01-02:M4:b_post_rehab:2028-01-02..2029-01-02',
      ],
      '2028-04-02': [
        'art256a_window:2026-05-16:M2:d_after_quit:2026-05-16..2028-05-15',
        'art256a_window:2028-01-02:M4:b_post_rehab:2028-01-02..2029-01-02',
      ],
      '2028-04-03': [
        'art256a_window:2026-05-16:M2:d_after_quit:2026-05-16..2028-05-15',
        'art256a_window:2028-01-02:M4:b_post_rehab:2028-01-02..2029-01-02',
        'review_overdue:2028-04-02:M4:1d',
      ],
      '2028-04-10': [
        'art256a_window:2026-05-16:M2:d_after_quit:2026-05-16..2028-05-15',
        'art256a_window:2028-01-02:M4:b_post_rehab:2028-01-02..2029-01-02',
      ],
      '2028-05-16': ['art256a_window:2028-01-02:M4:b_post_rehab:2028-01-02..2029-01-02'],
      '2028-10-03': [
        'art256a_window:2028-01-02:M4:b_post_rehab:2028-01-02..2029-01-02',
        'review_overdue:2028-10-02:M4:1d',
      ],
      '2028-12-05': [
        'art256a_window:2028-01-02:M4:b_post_rehab:2028-01-02..2029-01-02',
        'review_overdue:2028-10-02:M4:64d',
        'measure_ending:2029-01-02:M4:28d',
      ],
      '2029-01-02': ['art256a_window:2028-01-02:M4:b_post_rehab:2028-01-02..2029-01-02'],
      '2029-01-03': [],
      '2031-01-01': [],
    };
    for (const [day, want] of Object.entries(expected)) expect([day, alertsOn(day)]).toEqual([day, want]);
  });

  it('derives the statuses: illicit user from the positive test, addicted from the determination', () => {
    expect(deriveDrugStatus(historyOn('2026-01-04'), '2026-01-04').status).toBe('none');
    expect(deriveDrugStatus(historyOn('2026-01-05'), '2026-01-05')).toEqual({
      status: 'illicit_user',
      since: '2026-01-05',
      sourceId: 'T1',
    });
    expect(deriveDrugStatus(historyOn('2026-03-12'), '2026-03-12')).toEqual({
      status: 'addicted',
      since: '2026-03-12',
      sourceId: 'D1',
    });
    const periods = derivedStatusPeriods(historyOn('2029-06-01'), '2029-06-01');
    expect(periods.map((p) => [p.status, p.fromOn, p.toOn])).toEqual([
      ['illicit_user', '2026-01-05', '2026-03-11'],
      ['addicted', '2026-03-12', null],
      ['in_rehab', '2026-03-20', '2026-05-15'],
      ['in_rehab', '2026-07-01', '2028-01-01'],
      ['post_rehab', '2028-01-02', '2029-01-02'],
    ]);
    expect(statusesOn(periods, '2027-01-01')).toEqual(['addicted', 'in_rehab']);
    expect(statusesOn(periods, '2028-06-01')).toEqual(['addicted', 'post_rehab']);
  });

  it('records the regime by decision date and computes the ends', () => {
    const h = historyOn('2029-06-01');
    const byId = Object.fromEntries(h.measures.map((m) => [m.id, m]));
    expect(measureRegimeFor(byId.M3!.decisionDate!)).toBe('luat_73_2021');
    expect(measureRegimeFor(byId.M4!.decisionDate!)).toBe('luat_120_2025');
    expect(measureEnd(byId.M1!)).toBe('2027-01-09');
    expect(measureEnd(byId.M3!)).toBe('2028-01-01');
    expect(measureEnd(byId.M4!)).toBe('2029-01-02');
    for (const m of h.measures) expect(validateMeasure(m, { today: '2029-06-01', history: h })).toEqual([]);
  });

  it('moves every measure only along the lifecycle table', () => {
    for (const { base, changes } of plan) {
      let status = base.status;
      for (const c of changes) {
        if (!c.patch.status) continue;
        expect([base.id, status, c.patch.status, canTransitionMeasure(status, c.patch.status)]).toEqual([
          base.id,
          status,
          c.patch.status,
          true,
        ]);
        status = c.patch.status;
      }
    }
  });
});
