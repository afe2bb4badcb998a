import { describe, expect, it } from 'vitest';
import { checklistFor, checklistItems } from './checklist.ts';
import { allowedBusinessTransitions } from './lifecycle.ts';
import {
  businessRiskLevel,
  checklistProblems,
  defaultBusinessRiskRules,
  followUpDate,
  inspectionOutcome,
  monthsBefore,
  riskCutoffs,
} from './risk.ts';

describe('business checklists', () => {
  it('gives karaoke the NĐ 54/2019 Điều 4 conditions, each with its source and confidence', () => {
    const ids = checklistFor('karaoke').map((i) => i.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'karaoke_room_area',
        'karaoke_no_inner_latch',
        'karaoke_no_alarm',
        'no_drugs_found',
      ]),
    );
    expect(checklistFor('karaoke').find((i) => i.id === 'karaoke_room_area')).toMatchObject({
      source: 'NĐ 54/2019/NĐ-CP Điều 4',
      confidence: 'confirmed',
    });
    expect(ids).not.toContain('massage_separate_rooms');
    for (const item of checklistItems) {
      expect(item.source.length, item.id).toBeGreaterThan(0);
      expect(item.lines.length, item.id).toBeGreaterThan(0);
    }
    expect(new Set(checklistItems.map((i) => i.id)).size).toBe(checklistItems.length);
  });

  it('finds unknown items, items of another line and items answered twice', () => {
    expect(
      checklistProblems('karaoke', [
        { itemId: 'karaoke_room_area' },
        { itemId: 'massage_separate_rooms' },
        { itemId: 'no_such_item' },
        { itemId: 'karaoke_room_area' },
      ]),
    ).toEqual([
      { index: 1, itemId: 'massage_separate_rooms', problem: 'not_for_line' },
      { index: 2, itemId: 'no_such_item', problem: 'unknown' },
      { index: 3, itemId: 'karaoke_room_area', problem: 'twice' },
    ]);
  });
});

describe('inspection outcome and follow-up', () => {
  it('calls a failed condition a violation and schedules a re-inspection 30 days later', () => {
    const outcome = inspectionOutcome({
      checklist: [{ itemId: 'karaoke_no_inner_latch', result: 'not_met' }],
    });
    expect(outcome).toBe('violation');
    expect(followUpDate('2026-01-20', outcome, null)).toBe('2026-02-19');
    expect(followUpDate('2026-01-20', outcome, '2026-03-01')).toBe('2026-03-01');
  });

  it('calls drugs found or a positive customer "drugs", followed up sooner', () => {
    expect(inspectionOutcome({ checklist: [{ itemId: 'no_drugs_found', result: 'not_met' }] })).toBe('drugs');
    expect(inspectionOutcome({ checklist: [], customersPositive: 2 })).toBe('drugs');
    expect(followUpDate('2026-01-20', 'drugs', undefined)).toBe('2026-02-04');
  });

  it('calls a sanction without a failed item a violation; a clean inspection schedules nothing', () => {
    expect(inspectionOutcome({ checklist: [], sanctions: [{ kind: 'warning' }] })).toBe('violation');
    const clean = inspectionOutcome({
      checklist: [
        { itemId: 'karaoke_room_area', result: 'met' },
        { itemId: 'fire_safety', result: 'not_applicable' },
      ],
      customersPositive: 0,
    });
    expect(clean).toBe('clean');
    expect(followUpDate('2026-01-20', clean, null)).toBeNull();
  });
});

describe('business risk level', () => {
  const today = '2026-06-30';

  it('is unassessed without inspections and low after clean ones', () => {
    expect(businessRiskLevel([], today)).toBe('unassessed');
    expect(businessRiskLevel([{ on: '2026-01-01', outcome: 'clean' }], today)).toBe('low');
  });

  it('is high for drugs within 24 months, and falls back once they are older', () => {
    expect(businessRiskLevel([{ on: '2024-07-01', outcome: 'drugs' }], today)).toBe('high');
    expect(businessRiskLevel([{ on: '2024-06-29', outcome: 'drugs' }], today)).toBe('low');
  });

  it('is medium for a violation within 12 months, high for three, low once they age', () => {
    const v = (on: string) => ({ on, outcome: 'violation' as const });
    expect(businessRiskLevel([v('2025-07-01')], today)).toBe('medium');
    expect(businessRiskLevel([v('2025-06-29'), { on: '2026-01-01', outcome: 'clean' }], today)).toBe('low');
    expect(businessRiskLevel([v('2025-08-01'), v('2025-12-01'), v('2026-05-01')], today)).toBe('high');
    // A drug finding within 24 months but older than 12 still counts for high, not only medium.
    expect(businessRiskLevel([{ on: '2025-01-10', outcome: 'drugs' }], today)).toBe('high');
  });

  it('follows configured thresholds', () => {
    const rules = { ...defaultBusinessRiskRules, drugsWindowMonths: 6, repeatViolationsForHigh: 2 };
    expect(businessRiskLevel([{ on: '2025-12-01', outcome: 'drugs' }], today, rules)).toBe('medium');
    expect(businessRiskLevel([{ on: '2025-12-01', outcome: 'drugs' }], '2027-01-01', rules)).toBe('low');
    expect(
      businessRiskLevel(
        [
          { on: '2026-01-01', outcome: 'violation' },
          { on: '2026-02-01', outcome: 'violation' },
        ],
        today,
        rules,
      ),
    ).toBe('high');
  });

  it('counts whole months back, clamped to the month', () => {
    expect(monthsBefore('2026-02-28', 24)).toBe('2024-02-28');
    expect(monthsBefore('2025-03-31', 1)).toBe('2025-02-28');
    expect(monthsBefore('2026-01-15', 13)).toBe('2024-12-15');
    expect(riskCutoffs(today)).toEqual({ drugsFrom: '2024-06-30', violationsFrom: '2025-06-30' });
  });
});

describe('business lifecycle', () => {
  it('resumes a suspension, reopens a closed premises, and keeps a revocation final', () => {
    expect(allowedBusinessTransitions('suspended')).toContain('operating');
    expect(allowedBusinessTransitions('closed')).toEqual(['operating']);
    expect(allowedBusinessTransitions('revoked')).toEqual([]);
  });
});
