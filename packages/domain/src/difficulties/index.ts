import type { DifficultyStatus } from '@pcmt/contracts';

/**
 * Open → answered → closed. A further answer replaces the previous one (answered → answered, through the
 * answer route only); an answer that does not settle the matter reopens it (answered → open); an open one
 * may be withdrawn (open → closed); a closed one is reopened when the matter comes back.
 */
export const difficultyTransitions: Readonly<Record<DifficultyStatus, readonly DifficultyStatus[]>> = {
  open: ['answered', 'closed'],
  answered: ['answered', 'closed', 'open'],
  closed: ['open'],
};

export const allowedDifficultyTransitions = (from: DifficultyStatus): readonly DifficultyStatus[] =>
  difficultyTransitions[from];

/** Default answer period: a month (the plan asks for timely answers; the province sets its own). */
export const defaultDifficultyAnswerDays = 30;

/** The day an open difficulty raised on `raisedOn` becomes overdue (the day after its last answer day). */
export function difficultyAnswerDue(raisedOn: string, answerDays: number): string {
  const d = new Date(`${raisedOn}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + answerDays + 1);
  return d.toISOString().slice(0, 10);
}

/** Overdue: still open (never answered, or reopened) on or after its due day. */
export const difficultyOverdue = (
  status: DifficultyStatus,
  raisedOn: string,
  today: string,
  answerDays: number,
): boolean => status === 'open' && today >= difficultyAnswerDue(raisedOn, answerDays);
