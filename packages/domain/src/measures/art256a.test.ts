import { describe, expect, it } from 'vitest';
import { alertsFor } from './alerts.ts';
import { art256aWindows, art256aWindowsOn } from './art256a.ts';
import type { MeasureFact, PersonHistory } from './history.ts';

const m = (p: Partial<MeasureFact> & Pick<MeasureFact, 'id' | 'type'>): MeasureFact => ({
  status: 'in_progress',
  durationMonths: 12,
  ...p,
});
const h = (measures: MeasureFact[], tests: PersonHistory['tests'] = []): PersonHistory => ({
  tests,
  determinations: [],
  measures,
});

describe('BLHS Điều 256a windows', () => {
  it('during compulsory rehab and post-rehab management, from the start to the end', () => {
    const history = h([
      m({
        id: 'c',
        type: 'compulsory_rehab',
        status: 'completed',
        decisionDate: '2025-08-01',
        startOn: '2025-08-10',
        durationMonths: 12,
        completionOn: '2026-08-10',
      }),
      m({
        id: 'p',
        type: 'post_rehab_management',
        status: 'completed',
        decisionDate: '2026-08-10',
        startOn: '2026-08-11',
        completionOn: '2027-08-11',
      }),
    ]);
    const w = art256aWindows(history, '2028-01-01');
    expect(w.map((x) => [x.clause, x.from, x.to])).toEqual([
      ['a_rehab', '2025-08-10', '2026-08-10'],
      ['b_post_rehab', '2026-08-11', '2027-08-11'],
    ]);
    expect(art256aWindowsOn(w, '2025-08-09')).toEqual([]);
    expect(art256aWindowsOn(w, '2025-08-10').map((x) => x.clause)).toEqual(['a_rehab']);
    expect(art256aWindowsOn(w, '2027-08-11').map((x) => x.clause)).toEqual(['b_post_rehab']);
    expect(art256aWindowsOn(w, '2027-08-12')).toEqual([]);
  });

  it('within 2 years after post-rehab, only while under user management (clause c)', () => {
    const post = m({
      id: 'p',
      type: 'post_rehab_management',
      status: 'completed',
      decisionDate: '2025-09-30',
      startOn: '2025-09-30',
      completionOn: '2026-09-30',
    });
    const um = m({ id: 'u', type: 'user_management', decisionDate: '2027-01-15', startOn: '2027-01-15' });
    const w = art256aWindows(h([post, um]), '2028-12-31').filter((x) => x.clause === 'c_after_post_rehab');
    // Two years after 30/9/2026 end on 30/9/2028; user management runs 15/01/2027–15/01/2028.
    expect(w.map((x) => [x.from, x.to])).toEqual([['2027-01-15', '2028-01-15']]);
    const loose = art256aWindows(h([post]), '2028-12-31', {
      endingWithinDays: 30,
      reviewGraceDays: 0,
      art256aYears: 2,
      art256aFrom: '2025-07-01',
      art256aAfterPostRehabNeedsUserManagement: false,
    }).filter((x) => x.clause === 'c_after_post_rehab');
    expect(loose.map((x) => [x.from, x.to])).toEqual([['2026-10-01', '2028-09-30']]);
    expect(art256aWindowsOn(loose, '2028-09-30')).toHaveLength(1);
    expect(art256aWindowsOn(loose, '2028-10-01')).toHaveLength(0);
  });

  it('within 2 years after quitting voluntary rehab or methadone (clause d), to the matching day', () => {
    const q = m({
      id: 'v',
      type: 'voluntary_rehab_community',
      status: 'ended_early',
      decisionDate: '2026-02-28',
      startOn: '2026-02-28',
      durationMonths: 6,
      earlyEndOn: '2026-02-28',
      earlyEndReason: 'quit',
    });
    const w = art256aWindows(h([q]), '2026-03-01');
    expect(w.map((x) => [x.clause, x.from, x.to])).toEqual([
      ['a_rehab', '2026-02-28', '2026-02-28'],
      ['d_after_quit', '2026-03-01', '2028-02-28'],
    ]);
    const replaced = { ...q, earlyEndReason: 'replaced' as const };
    expect(art256aWindows(h([replaced]), '2026-03-01').map((x) => x.clause)).toEqual(['a_rehab']);
  });

  it('opens no window before 01/7/2025 and clips one running across it', () => {
    const c = m({
      id: 'c',
      type: 'compulsory_rehab',
      status: 'completed',
      decisionDate: '2024-06-01',
      startOn: '2024-06-10',
      durationMonths: 18,
      completionOn: '2025-12-10',
    });
    const old = m({
      id: 'o',
      type: 'compulsory_rehab',
      status: 'completed',
      decisionDate: '2023-01-01',
      startOn: '2023-01-10',
      durationMonths: 12,
      completionOn: '2024-01-10',
    });
    const w = art256aWindows(h([c, old]), '2026-01-01');
    expect(w.map((x) => [x.measureId, x.from, x.to])).toEqual([['c', '2025-07-01', '2025-12-10']]);
  });

  it('flags a positive test inside a window (thuộc diện Điều 256a) with its dates', () => {
    const c = m({
      id: 'c',
      type: 'compulsory_rehab',
      decisionDate: '2025-08-01',
      startOn: '2025-08-10',
      durationMonths: 24,
    });
    const a = alertsFor(h([c], [{ id: 't', testedOn: '2026-01-05', result: 'positive' }]), '2026-01-06');
    const use = a.find((x) => x.kind === 'art256a_use')!;
    expect(use.windows.map((x) => [x.clause, x.from, x.to])).toEqual([
      ['a_rehab', '2025-08-10', '2027-08-10'],
    ]);
    expect(use.message.vi).toContain('05/01/2026');
    expect(a.map((x) => x.kind).sort()).toEqual(['art256a_use', 'art256a_window', 'positive_during_rehab']);
  });
});
