import { programmeStatuses } from '@pcmt/contracts';
import { describe, expect, it } from 'vitest';
import { defaultEvaluationChecklist, evaluateProgramme } from './evaluation.ts';
import {
  allowedProgrammeTransitions,
  canTransitionProgramme,
  isWatched,
  periodProblem,
  programmeEndsOn,
  programmeTransitions,
  programmeWatchEndsOn,
} from './lifecycle.ts';

describe('programme lifecycle', () => {
  it('walks dự thảo → phê duyệt → thực hiện → đánh giá → đạt → ổn định, and đạt → tái phức tạp', () => {
    const path = ['draft', 'approved', 'in_progress', 'evaluating', 'succeeded', 'stable'] as const;
    for (let i = 1; i < path.length; i++) expect(canTransitionProgramme(path[i - 1]!, path[i]!)).toBe(true);
    expect(canTransitionProgramme('succeeded', 'relapsed')).toBe(true);
  });

  it('after không đạt: gia hạn back to work and a new evaluation, or kết thúc', () => {
    expect(allowedProgrammeTransitions('failed')).toEqual(['extended', 'closed']);
    expect(canTransitionProgramme('extended', 'evaluating')).toBe(true);
    expect(canTransitionProgramme('evaluating', 'failed')).toBe(true);
  });

  it('refuses skipping the evaluation and any way out of a final status', () => {
    expect(canTransitionProgramme('in_progress', 'succeeded')).toBe(false);
    expect(canTransitionProgramme('draft', 'in_progress')).toBe(false);
    for (const end of ['closed', 'stable', 'relapsed'] as const)
      expect(allowedProgrammeTransitions(end)).toEqual([]);
  });

  it('names only known statuses and never a move to the same status', () => {
    for (const from of programmeStatuses)
      for (const to of programmeTransitions[from]) {
        expect(programmeStatuses).toContain(to);
        expect(to).not.toBe(from);
      }
  });

  it('ends a 12-month programme on the eve of the anniversary and watches 12 months after success', () => {
    expect(programmeEndsOn('2026-01-01')).toBe('2026-12-31');
    expect(programmeEndsOn('2024-03-01')).toBe('2025-02-28');
    expect(programmeEndsOn('2026-01-31', { periodMonths: 1, watchMonths: 12 })).toBe('2026-02-27');
    expect(programmeWatchEndsOn('2026-03-15')).toBe('2027-03-15');
    expect(programmeWatchEndsOn('2024-02-29', { periodMonths: 12, watchMonths: 24 })).toBe('2026-02-28');
  });

  it('watches a succeeded programme up to and including its last day', () => {
    const p = { status: 'succeeded' as const, watchUntil: '2027-03-15' };
    expect(isWatched(p, '2027-03-15')).toBe(true);
    expect(isWatched(p, '2027-03-16')).toBe(false);
    expect(isWatched({ ...p, status: 'stable' }, '2026-06-01')).toBe(false);
  });

  it('refuses a period that ends before it starts, naming periodTo in both languages', () => {
    expect(periodProblem('2026-01-01', '2026-12-31')).toBeNull();
    expect(periodProblem('2026-01-01', '2026-01-01')).toBeNull();
    expect(periodProblem('2026-01-02', '2026-01-01')).toEqual({
      field: 'periodTo',
      message: {
        vi: 'Ngày kết thúc thời gian thực hiện không được trước ngày bắt đầu',
        en: 'The end of the period cannot be before its start',
      },
    });
  });
});

describe('programme evaluation', () => {
  const required = defaultEvaluationChecklist.filter((c) => c.required).map((c) => c.id);
  const allMet = required.map((criterionId) => ({ criterionId, met: true, evidence: 'Biên bản kiểm tra' }));

  it('is đạt when every required criterion is met, whatever the optional ones say', () => {
    const r = evaluateProgramme([
      ...allMet,
      { criterionId: 'propaganda', met: false, evidence: 'Chưa đủ số buổi tuyên truyền' },
    ]);
    expect(r).toEqual({ passed: true, unmetRequired: [], problems: [] });
  });

  it('is không đạt when a required criterion is not met (with its evidence)', () => {
    const answers = allMet.map((a, i) => (i === 0 ? { ...a, met: false, evidence: 'Còn 1 tụ điểm' } : a));
    const r = evaluateProgramme(answers);
    expect(r).toEqual({ passed: false, unmetRequired: [required[0]], problems: [] });
  });

  it('refuses a criterion not met without evidence, at its index', () => {
    const answers = allMet.map((a, i) =>
      i === 2 ? { criterionId: a.criterionId, met: false, evidence: '  ' } : a,
    );
    const r = evaluateProgramme(answers);
    expect(r.passed).toBe(false);
    expect(r.problems).toEqual([{ kind: 'missing_evidence', index: 2, criterionId: required[2] }]);
  });

  it('refuses unknown, repeated and missing required criteria', () => {
    const r = evaluateProgramme([...allMet.slice(1), allMet[1]!, { criterionId: 'bogus', met: true }]);
    expect(r.problems).toEqual([
      { kind: 'duplicate_criterion', index: required.length - 1, criterionId: required[1] },
      { kind: 'unknown_criterion', index: required.length, criterionId: 'bogus' },
      { kind: 'missing_required', criterionId: required[0] },
    ]);
  });

  it('follows a configured checklist', () => {
    const checklist = [{ id: 'x', label: { vi: 'X', en: 'X' }, required: true }];
    expect(evaluateProgramme([{ criterionId: 'x', met: true }], checklist).passed).toBe(true);
    expect(evaluateProgramme([], checklist).problems).toEqual([
      { kind: 'missing_required', criterionId: 'x' },
    ]);
  });
});
