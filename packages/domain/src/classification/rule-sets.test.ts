import { describe, expect, it } from 'vitest';
import { classifyCommune } from './classify.ts';
import { overrideRuleSet } from './override.ts';
import {
  defaultRuleSets,
  qd28DefaultEffectiveFrom,
  qd28RuleSet,
  qd3122RuleSet,
  ruleSetFor,
} from './rule-sets.ts';

describe('ruleSetFor: the rule set in force on a date', () => {
  it('QĐ 3122/2010 until 23/8/2025, QĐ 28/2025 from its default start 24/8/2025 (signing date)', () => {
    expect(qd28DefaultEffectiveFrom).toBe('2025-08-24');
    expect(ruleSetFor('2025-08-23')?.id).toBe('qd-3122-2010');
    expect(ruleSetFor('2025-08-24')?.id).toBe('qd-28-2025');
    expect(ruleSetFor('2030-12-31')?.id).toBe('qd-28-2025');
  });

  it('none before QĐ 3122/2010 was signed', () => {
    expect(ruleSetFor('2010-08-08')).toBeNull();
    expect(ruleSetFor('2010-08-09')?.id).toBe('qd-3122-2010');
  });

  it('a commune classified on 30/6/2025 and on 1/7/2025 (the day communes merged) records the set in force', () => {
    // The units differ (the server passes the figures of the unit valid on each date); the rule set is the same.
    const figures = {
      population: 8_000,
      personsWithRecords: 45,
      addicts: 30,
      drugUseVenueCount: 1,
      activeSpots: 1,
      activeGatherings: 1,
      arrestedOffenders: 3,
      plantCount: 0,
      plantAreaM2: 0,
      onKeyRoute: false,
    };
    const before = classifyCommune(figures, ruleSetFor('2025-06-30')!);
    const after = classifyCommune({ ...figures, population: 21_000, addicts: 55 }, ruleSetFor('2025-07-01')!);
    expect([before.ruleSetId, before.ruleSetVersion, before.communeClass]).toEqual([
      'qd-3122-2010',
      '1',
      'class_3',
    ]);
    expect([after.ruleSetId, after.ruleSetVersion, after.communeClass]).toEqual([
      'qd-3122-2010',
      '1',
      'class_2',
    ]);
    const later = classifyCommune({ ...figures, population: 21_000 }, ruleSetFor('2025-09-01')!);
    expect(later.ruleSetId).toBe('qd-28-2025');
  });

  it('follows a configured effective date of QĐ 28/2025', () => {
    const sets = [qd3122RuleSet, overrideRuleSet(qd28RuleSet, { effectiveFrom: '2025-10-15' })];
    expect(ruleSetFor('2025-10-14', sets)?.id).toBe('qd-3122-2010');
    const s = ruleSetFor('2025-10-15', sets);
    expect(s?.id).toBe('qd-28-2025');
    expect(s?.version).toBe('1+cau-hinh');
  });

  it('respects an end date', () => {
    const ended = overrideRuleSet(qd28RuleSet, { effectiveTo: '2026-12-31' });
    expect(ruleSetFor('2026-12-31', [qd3122RuleSet, ended])?.id).toBe('qd-28-2025');
    expect(ruleSetFor('2027-01-01', [qd3122RuleSet, ended])?.id).toBe('qd-3122-2010');
  });

  it('refuses a date that is not yyyy-mm-dd', () => {
    expect(() => ruleSetFor('24/8/2025')).toThrow(/yyyy-mm-dd/);
    expect(() => ruleSetFor('2025-02-30')).toThrow(/yyyy-mm-dd/);
  });

  it('every built-in set names its source, its start and a confidence for every threshold', () => {
    expect(defaultRuleSets.map((s) => s.id)).toEqual(['qd-3122-2010', 'qd-28-2025']);
    for (const s of defaultRuleSets) {
      expect(s.legalSource.document).toMatch(/^QĐ /);
      expect(s.title.vi).toBeTruthy();
      expect(s.title.en).toBeTruthy();
      for (const level of ['class_1', 'class_2', 'class_3'] as const) {
        for (const c of s.classes[level].criteria) {
          expect(['confirmed', 'likely', 'unconfirmed']).toContain(c.confidence);
          expect(c.label.vi).toBeTruthy();
        }
      }
    }
    // Only QĐ 3122's loại I is confirmed.
    const confirmed = defaultRuleSets.flatMap((s) =>
      (['class_1', 'class_2', 'class_3'] as const).flatMap((l) =>
        s.classes[l].criteria.filter((c) => c.confidence === 'confirmed').map((c) => `${s.id}.${l}.${c.id}`),
      ),
    );
    expect(confirmed).toEqual([
      'qd-3122-2010.class_1.addicts',
      'qd-3122-2010.class_1.gatherings',
      'qd-3122-2010.class_1.plants',
    ]);
  });
});
