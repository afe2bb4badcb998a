import { describe, expect, it } from 'vitest';
import { defaultRelapseRules, relapseSignals } from './relapse.ts';
import { qd3122RuleSet } from './rule-sets.ts';
import type { CommuneIndicators } from './types.ts';

const atSuccess: CommuneIndicators = {
  population: 10_000,
  personsWithRecords: 20,
  addicts: 12,
  drugUseVenueCount: 0,
  activeSpots: 0,
  activeGatherings: 0,
  arrestedOffenders: 1,
  plantCount: 0,
  plantAreaM2: 0,
  onKeyRoute: false,
};

describe('relapseSignals: tái phức tạp after a successful transformation', () => {
  it('stable when nothing rose and no hotspot re-formed', () => {
    expect(relapseSignals(atSuccess, atSuccess, 0)).toEqual([]);
    expect(
      relapseSignals(atSuccess, { ...atSuccess, personsWithRecords: 15, arrestedOffenders: 0 }, 0),
    ).toEqual([]);
  });

  it('a re-formed hotspot in the watch period is a relapse', () => {
    const r = relapseSignals(atSuccess, atSuccess, 1);
    expect(r).toEqual([
      {
        id: 'reformed_hotspot',
        vi: '1 điểm, tụ điểm tái hoạt động trong thời gian theo dõi',
        en: '1 hotspot(s) re-formed during the watch period',
      },
    ]);
  });

  it('an indicator back above a class threshold, and the class rising, are relapses', () => {
    // 0,2 % → 0,3 %: the loại II rate threshold is reached again; with 1 use venue and 5 arrests → loại II.
    const now = { ...atSuccess, personsWithRecords: 30, drugUseVenueCount: 1, arrestedOffenders: 5 };
    const ids = relapseSignals(atSuccess, now, 0).map((r) => r.id);
    expect(ids).toContain('class_risen');
    expect(ids).toContain('threshold_crossed.rate_records');
    expect(ids).toContain('increase.drugUseVenueCount');
    const crossed = relapseSignals(atSuccess, now, 0).find((r) => r.id === 'threshold_crossed.rate_records')!;
    expect(crossed.vi).toContain('trở lại mức loại II: 0,3 % ≥ 0,3 %');
    const risen = relapseSignals(atSuccess, now, 0).find((r) => r.id === 'class_risen')!;
    expect(risen.vi).toBe('Xếp loại tăng từ Loại III lên Loại II (QĐ 28/2025/QĐ-TTg)');
  });

  it('configured increases: persons on record up by 10 % (2 of 20) but not 1', () => {
    expect(relapseSignals(atSuccess, { ...atSuccess, personsWithRecords: 21 }, 0)).toEqual([]);
    const r = relapseSignals(atSuccess, { ...atSuccess, personsWithRecords: 22 }, 0);
    expect(r.map((x) => x.id)).toEqual(['increase.personsWithRecords']);
    expect(r[0]!.vi).toContain('tăng từ 20 lên 22 (+2)');
  });

  it('a new điểm is a relapse under the default rules; not when configured otherwise', () => {
    const now = { ...atSuccess, activeSpots: 1 };
    expect(relapseSignals(atSuccess, now, 0).map((x) => x.id)).toEqual(['increase.activeSpots']);
    expect(relapseSignals(atSuccess, now, 0, { rules: { ...defaultRelapseRules, increases: [] } })).toEqual(
      [],
    );
  });

  it('uses the rule set it is given', () => {
    const now = { ...atSuccess, addicts: 20 };
    const ids = relapseSignals(atSuccess, now, 0, { ruleSet: qd3122RuleSet }).map((x) => x.id);
    expect(ids).toEqual(['class_risen', 'threshold_crossed.addicts']);
  });

  it('missing figures are not evidence of relapse', () => {
    const now = { ...atSuccess, personsWithRecords: null, population: null, activeSpots: null };
    expect(relapseSignals(atSuccess, now, 0)).toEqual([]);
  });
});
