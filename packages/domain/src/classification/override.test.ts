import { describe, expect, it } from 'vitest';
import { classifyCommune } from './classify.ts';
import { overrideRuleSet, RuleSetOverrideError, validateRuleSetOverride } from './override.ts';
import { qd28RuleSet, qd3122RuleSet } from './rule-sets.ts';

const issuesOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof RuleSetOverrideError) return e.issues;
    throw e;
  }
  return [];
};

describe('overrideRuleSet: thresholds from configuration', () => {
  it('replaces the unconfirmed loại II/III bands of QĐ 3122/2010 and tags the version', () => {
    const rs = overrideRuleSet(
      qd3122RuleSet,
      { classes: { class_2: { criteria: { addicts: { min: 60 } } } } },
      'kontum-2024',
    );
    expect(rs.version).toBe('1+kontum-2024');
    expect(rs.configured).toBe(true);
    const addicts = rs.classes.class_2.criteria.find((c) => c.id === 'addicts')!;
    expect(addicts.test).toMatchObject({ kind: 'count', min: 60, below: 100 });
    expect(addicts.configured).toBe(true);
    // The base is untouched.
    expect(qd3122RuleSet.classes.class_2.criteria.find((c) => c.id === 'addicts')!.test).toMatchObject({
      min: 50,
    });
    const commune = {
      population: 5_000,
      personsWithRecords: 55,
      addicts: 55,
      drugUseVenueCount: 0,
      activeSpots: 0,
      activeGatherings: 0,
      arrestedOffenders: 0,
      plantCount: 0,
      plantAreaM2: 0,
      onKeyRoute: false,
    };
    expect(classifyCommune(commune, qd3122RuleSet).communeClass).toBe('class_2');
    const res = classifyCommune(commune, rs);
    expect(res.communeClass).toBe('class_3');
    expect(res.ruleSetVersion).toBe('1+kontum-2024');
  });

  it('changes how many criteria a class needs and the drug-free indicators', () => {
    const rs = overrideRuleSet(qd28RuleSet, {
      classes: { class_1: { minCriteriaMet: 2 } },
      drugFree: { zeroIndicators: ['personsWithRecords', 'arrestedOffenders'] },
    });
    expect(rs.classes.class_1.minCriteriaMet).toBe(2);
    expect(rs.drugFree.zeroIndicators).toEqual(['personsWithRecords', 'arrestedOffenders']);
  });

  it('refuses bad values with a Vietnamese message naming the threshold', () => {
    const issues = issuesOf(() =>
      overrideRuleSet(qd28RuleSet, {
        classes: {
          class_1: { criteria: { rate_records: { minPercent: -1 } } },
          class_2: { criteria: { use_venues: { min: 1.5 } } },
        },
      }),
    );
    expect(issues.map((i) => i.path)).toEqual([
      'classes.class_1.criteria.rate_records.minPercent',
      'classes.class_2.criteria.use_venues.min',
    ]);
    expect(issues[0]!.vi).toBe(
      'Ngưỡng «Tỷ lệ người nghiện, người sử dụng trái phép chất ma túy có hồ sơ quản lý / dân số — loại I» (classes.class_1.criteria.rate_records.minPercent) không được âm',
    );
    expect(issues[0]!.en).toContain('must not be negative');
    expect(issues[1]!.vi).toContain('phải là số nguyên');
  });

  it.each([
    [{ effectiveFrom: '24/8/2025' }, 'effectiveFrom', 'phải là ngày hợp lệ'],
    [{ effectiveFrom: '2026-01-01', effectiveTo: '2025-12-31' }, 'effectiveTo', 'không được trước'],
    [{ bandMode: 'literal' }, 'bandMode', 'at_or_above'],
    [{ colour: 'red' }, 'colour', 'không được hỗ trợ'],
    [{ classes: { class_4: {} } }, 'classes.class_4', 'không được hỗ trợ'],
    [{ classes: { class_1: { minCriteriaMet: 0 } } }, 'classes.class_1.minCriteriaMet', 'số nguyên từ 1'],
    [
      { classes: { class_1: { minCriteriaMet: 6 } } },
      'classes.class_1.minCriteriaMet',
      'lớn hơn số tiêu chí',
    ],
    [
      { classes: { class_1: { criteria: { nope: { min: 1 } } } } },
      'classes.class_1.criteria.nope',
      'không có tiêu chí',
    ],
    [
      { classes: { class_1: { criteria: { use_venues: { minPercent: 1 } } } } },
      'classes.class_1.criteria.use_venues.minPercent',
      'không được hỗ trợ',
    ],
    [
      { classes: { class_1: { criteria: { rate_records: { minPercent: 101 } } } } },
      'classes.class_1.criteria.rate_records.minPercent',
      'không được vượt quá 100',
    ],
    [
      { classes: { class_1: { criteria: { rate_records: { minPercent: 0.1234567 } } } } },
      'classes.class_1.criteria.rate_records.minPercent',
      'tối đa 6 chữ số',
    ],
    [
      { classes: { class_1: { criteria: { rate_records: { minPercent: '0,5' } } } } },
      'classes.class_1.criteria.rate_records.minPercent',
      'phải là một số',
    ],
    [
      { classes: { class_2: { criteria: { rate_records: { belowPercent: 0.2 } } } } },
      'classes.class_2.criteria.rate_records.belowPercent',
      'cận trên (0.2) phải lớn hơn cận dưới (0.3)',
    ],
    [
      { classes: { class_2: { criteria: { use_venues: { min: 3 } } } } },
      'classes.class_1.criteria.use_venues',
      'thấp hơn ngưỡng của loại II',
    ],
    [
      { classes: { class_1: { criteria: { plants: { minCount: null, minAreaM2: null } } } } },
      'classes.class_1.criteria.plants',
      'số cây hoặc diện tích',
    ],
    [
      { classes: { class_1: { criteria: { route: { minCriteria: 9 } } } } },
      'classes.class_1.criteria.route.minCriteria',
      'chỉ có 4',
    ],
    [
      { classes: { class_1: { criteria: { rate_records: { indicators: ['population'] } } } } },
      'classes.class_1.criteria.rate_records.indicators',
      'phải là danh sách',
    ],
    [{ drugFree: { zeroIndicators: [] } }, 'drugFree.zeroIndicators', 'không rỗng'],
  ])('refuses %j (%s)', (override, path, message) => {
    const issues = validateRuleSetOverride(qd28RuleSet, override);
    expect(issues.map((i) => i.path)).toContain(path);
    const issue = issues.find((i) => i.path === path)!;
    expect(issue.vi).toContain(message);
    expect(issue.en.length).toBeGreaterThan(0);
  });

  it('refuses a version tag with spaces or diacritics', () => {
    expect(issuesOf(() => overrideRuleSet(qd28RuleSet, {}, 'cấu hình'))[0]!.path).toBe('tag');
  });

  it('an empty override is the base with a tagged version', () => {
    const rs = overrideRuleSet(qd28RuleSet, {});
    expect({ ...rs, version: '1', configured: false }).toEqual(qd28RuleSet);
  });
});
