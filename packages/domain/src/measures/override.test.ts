import { describe, expect, it } from 'vitest';
import { measureEnd } from './compute.ts';
import {
  MeasureRuleSetOverrideError,
  overrideMeasureRuleSet,
  validateMeasureRuleSetOverride,
} from './override.ts';
import { law73MeasureRuleSet, law120MeasureRuleSet } from './rule-sets.ts';

describe('measure rule set overrides', () => {
  it('replaces unconfirmed values and tags the version', () => {
    const rs = overrideMeasureRuleSet(law73MeasureRuleSet, {
      measures: {
        post_rehab_management: { durations: [{ minMonths: 24, maxMonths: 24 }], dayOffRule: true },
      },
    });
    expect(rs.version).toBe('1+cau-hinh');
    expect(rs.configured).toBe(true);
    const post = rs.measures.post_rehab_management;
    expect(post.durations[0]).toMatchObject({ value: { minMonths: 24, maxMonths: 24 }, configured: true });
    expect(post.dayOffRule.value).toBe(true);
    expect(rs.measures.user_management).toBe(law73MeasureRuleSet.measures.user_management);
    expect(law73MeasureRuleSet.measures.post_rehab_management.durations[0]!.value.maxMonths).toBe(12);
    // With the day-off rule on, an end on Sunday 14/02/2027 moves to Monday 15/02/2027.
    const end = measureEnd(
      {
        id: 'p',
        type: 'post_rehab_management',
        status: 'in_progress',
        regime: 'luat_73_2021',
        decisionDate: '2026-02-14',
        startOn: '2026-02-14',
        durationMonths: 12,
      },
      { sets: [rs, law120MeasureRuleSet] },
    );
    expect(end).toBe('2027-02-15');
  });

  it('replaces who decides', () => {
    const rs = overrideMeasureRuleSet(law120MeasureRuleSet, {
      measures: {
        compulsory_rehab: { authorities: [{ act: 'decide', role: 'commune_chairman', from: '2026-07-01' }] },
      },
    });
    expect(rs.measures.compulsory_rehab.authorities).toHaveLength(1);
    expect(rs.measures.compulsory_rehab.authorities[0]).toMatchObject({
      value: 'commune_chairman',
      configured: true,
    });
  });

  it('refuses bad values with messages naming them', () => {
    const issues = validateMeasureRuleSetOverride(law73MeasureRuleSet, {
      effectiveTo: '2021-01-01',
      colour: 'red',
      measures: {
        compulsory_rehab: { durations: [{ minMonths: 24, maxMonths: 12 }], reviewIntervalMonths: 0 },
        teleport: {},
        user_management: { authorities: [{ act: 'decide', role: 'mayor' }] },
      },
    });
    expect(issues.map((i) => i.path)).toEqual([
      'colour',
      'effectiveTo',
      'measures.compulsory_rehab.durations.0',
      'measures.compulsory_rehab.reviewIntervalMonths',
      'measures.teleport',
      'measures.user_management.authorities.0.role',
    ]);
    expect(issues[2]!.vi).toContain('tối đa (12) nhỏ hơn tối thiểu (24)');
    expect(() =>
      overrideMeasureRuleSet(law73MeasureRuleSet, { measures: { user_management: { minAge: -1 } } }),
    ).toThrow(MeasureRuleSetOverrideError);
    expect(() => overrideMeasureRuleSet(law73MeasureRuleSet, {}, 'cấu hình')).toThrow(
      MeasureRuleSetOverrideError,
    );
  });
});
