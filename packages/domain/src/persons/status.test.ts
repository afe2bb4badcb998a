import { describe, expect, it } from 'vitest';
import { canTransitionMeasure, measureTransitions } from '../measures/lifecycle.ts';
import { measureStatuses } from '../measures/types.ts';
import {
  deriveDrugStatus,
  drugStatusTransitions,
  manualPersonStatusKinds,
  manualStatusCloses,
  personStatusKinds,
} from './status.ts';

describe('person status model', () => {
  it('makes a person an illicit user only on a positive test, an addict only by a determination', () => {
    const negative = {
      tests: [{ id: 't', testedOn: '2026-01-05', result: 'negative' as const }],
      determinations: [],
    };
    expect(deriveDrugStatus(negative, '2026-02-01').status).toBe('none');
    const notAddicted = {
      tests: [{ id: 't', testedOn: '2026-01-05', result: 'positive' as const }],
      determinations: [{ id: 'd', determinedOn: '2026-01-20', result: 'not_addicted' as const }],
    };
    expect(deriveDrugStatus(notAddicted, '2026-02-01').status).toBe('illicit_user');
    // A test dated after `today` is not yet known.
    expect(deriveDrugStatus(notAddicted, '2026-01-04').status).toBe('none');
    expect(drugStatusTransitions.addicted).toEqual([]);
    expect(drugStatusTransitions.none.map((t) => t.by)).toEqual(['positive_test', 'determination_addicted']);
  });

  it('keeps one mobility at a time and ends a wanted notice on surrender', () => {
    expect(manualStatusCloses.transnational).toEqual(['mobile', 'inter_provincial']);
    expect(manualStatusCloses.surrendered).toEqual(['wanted']);
    expect(manualPersonStatusKinds.every((k) => personStatusKinds.includes(k))).toBe(true);
  });

  it('has a measure lifecycle table that covers every status and ends in terminal states', () => {
    expect(Object.keys(measureTransitions).sort()).toEqual([...measureStatuses].sort());
    expect(canTransitionMeasure('proposed', 'decided')).toBe(true);
    expect(canTransitionMeasure('proposed', 'in_progress')).toBe(false);
    expect(canTransitionMeasure('in_progress', 'ended_early')).toBe(true);
    expect(canTransitionMeasure('suspended', 'in_progress')).toBe(true);
    expect(canTransitionMeasure('completed', 'in_progress')).toBe(false);
    for (const s of ['completed', 'ended_early', 'cancelled'] as const)
      expect(measureTransitions[s]).toEqual([]);
  });
});
