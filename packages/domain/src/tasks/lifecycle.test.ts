import { taskStatuses } from '@pcmt/contracts';
import { describe, expect, it } from 'vitest';
import {
  canTransitionTask,
  deadlineProblem,
  isTaskOverdue,
  taskTimeliness,
  taskTransitions,
  vietnamDateOf,
} from './lifecycle.ts';

describe('task lifecycle', () => {
  it('goes giao → thực hiện → hoàn thành → nghiệm thu, or back to work when returned', () => {
    expect(canTransitionTask('assigned', 'in_progress')).toBe(true);
    expect(canTransitionTask('in_progress', 'done')).toBe(true);
    expect(canTransitionTask('done', 'accepted')).toBe(true);
    expect(canTransitionTask('done', 'returned')).toBe(true);
    expect(canTransitionTask('returned', 'in_progress')).toBe(true);
    expect(canTransitionTask('returned', 'done')).toBe(true);
  });

  it('cannot accept unfinished work, nor move an accepted or cancelled task', () => {
    expect(canTransitionTask('in_progress', 'accepted')).toBe(false);
    expect(canTransitionTask('done', 'cancelled')).toBe(false);
    expect(taskTransitions.accepted).toEqual([]);
    expect(taskTransitions.cancelled).toEqual([]);
    for (const from of taskStatuses) for (const to of taskTransitions[from]) expect(to).not.toBe(from);
  });

  it('is overdue only after the deadline day, by the Vietnamese calendar, while not handed in', () => {
    const t = { status: 'in_progress' as const, deadline: '2026-03-31' };
    expect(isTaskOverdue(t, '2026-03-31')).toBe(false);
    expect(isTaskOverdue(t, '2026-04-01')).toBe(true);
    // 31/3 17:30 UTC is already 1/4 00:30 in Vietnam: overdue there, whatever the server's zone.
    expect(isTaskOverdue(t, new Date('2026-03-31T17:30:00Z'))).toBe(true);
    expect(isTaskOverdue(t, new Date('2026-03-31T16:59:59Z'))).toBe(false);
    expect(vietnamDateOf(new Date('2026-03-31T17:00:00Z'))).toBe('2026-04-01');
    for (const status of ['done', 'accepted', 'cancelled'] as const)
      expect(isTaskOverdue({ ...t, status }, '2027-01-01')).toBe(false);
    expect(isTaskOverdue({ ...t, status: 'returned' }, '2026-04-01')).toBe(true);
  });

  it('classifies for the scorecard: on time, late, open, overdue', () => {
    const base = { deadline: '2026-03-31' };
    expect(taskTimeliness({ ...base, status: 'accepted', completedOn: '2026-03-31' }, '2026-05-01')).toBe(
      'on_time',
    );
    expect(taskTimeliness({ ...base, status: 'done', completedOn: '2026-04-02' }, '2026-05-01')).toBe('late');
    expect(taskTimeliness({ ...base, status: 'assigned', completedOn: null }, '2026-03-01')).toBe('open');
    expect(taskTimeliness({ ...base, status: 'returned', completedOn: '2026-03-30' }, '2026-04-05')).toBe(
      'overdue',
    );
    expect(taskTimeliness({ ...base, status: 'cancelled', completedOn: null }, '2026-05-01')).toBe(
      'cancelled',
    );
  });

  it('refuses a deadline before the assignment date', () => {
    expect(deadlineProblem('2026-03-10', '2026-03-10')).toBeNull();
    expect(deadlineProblem('2026-03-10', '2026-03-09')?.field).toBe('deadline');
    expect(deadlineProblem('2026-03-10', '2026-03-09')?.message.vi).toBe(
      'Hạn hoàn thành không được trước ngày giao nhiệm vụ',
    );
  });
});
