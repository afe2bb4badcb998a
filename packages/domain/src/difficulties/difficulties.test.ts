import { describe, expect, it } from 'vitest';
import { allowedCommendationTransitions } from '../commendations/index.ts';
import { allowedDifficultyTransitions, difficultyAnswerDue, difficultyOverdue } from './index.ts';

describe('difficulty answer period', () => {
  it('is overdue from the day after the last answer day, while open only', () => {
    expect(difficultyAnswerDue('2026-01-31', 30)).toBe('2026-03-03');
    expect(difficultyOverdue('open', '2026-01-01', '2026-01-31', 30)).toBe(false);
    expect(difficultyOverdue('open', '2026-01-01', '2026-02-01', 30)).toBe(true);
    expect(difficultyOverdue('answered', '2026-01-01', '2026-06-01', 30)).toBe(false);
    expect(difficultyOverdue('open', '2026-01-01', '2026-01-09', 7)).toBe(true);
  });
  it('moves open → answered → closed, reopens, and ends commendations once decided', () => {
    expect(allowedDifficultyTransitions('open')).toEqual(['answered', 'closed']);
    expect(allowedDifficultyTransitions('answered')).toContain('open');
    expect(allowedCommendationTransitions('proposed')).toEqual(['decided', 'rejected']);
    expect(allowedCommendationTransitions('decided')).toEqual([]);
    expect(allowedCommendationTransitions('rejected')).toEqual(['proposed']);
  });
});
