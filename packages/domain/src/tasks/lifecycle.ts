import type { TaskStatus, TaskTimeliness } from '@pcmt/contracts';

/**
 * The one transition table of a task (PRODUCT.md §9). The assignee works on it (`in_progress` on the first
 * progress report), reports it done; the assigner's agency accepts it (nghiệm thu) or returns it, and a
 * returned task is worked on again. The assigner may cancel open work. Accepted and cancelled are final.
 */
export const taskTransitions: Readonly<Record<TaskStatus, readonly TaskStatus[]>> = {
  assigned: ['in_progress', 'done', 'cancelled'],
  in_progress: ['done', 'cancelled'],
  done: ['accepted', 'returned'],
  returned: ['in_progress', 'done', 'cancelled'],
  accepted: [],
  cancelled: [],
};

export const allowedTaskTransitions = (from: TaskStatus): readonly TaskStatus[] => taskTransitions[from];

export const canTransitionTask = (from: TaskStatus, to: TaskStatus): boolean =>
  taskTransitions[from].includes(to);

/** Work not yet handed in: these can be overdue. `done` waits for the assigner, not for the assignee. */
export const openTaskStatuses: readonly TaskStatus[] = ['assigned', 'in_progress', 'returned'];

/** Statuses in which the assignee may report progress. */
export const reportableTaskStatuses: readonly TaskStatus[] = ['assigned', 'in_progress', 'returned'];

const vnDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Vietnamese calendar date (Asia/Ho_Chi_Minh) of an instant, as YYYY-MM-DD. */
export const vietnamDateOf = (instant: Date): string => vnDate.format(instant);

/**
 * Overdue: the deadline day is over in Vietnam (the deadline itself is still in time) and the work is not
 * handed in (not done, accepted or cancelled). `today` is a Vietnamese date, or an instant converted to one.
 */
export function isTaskOverdue(task: { status: TaskStatus; deadline: string }, today: string | Date): boolean {
  const day = typeof today === 'string' ? today : vietnamDateOf(today);
  return openTaskStatuses.includes(task.status) && day > task.deadline;
}

/**
 * How a task counts on a scorecard on `today`: handed in (done or accepted) on or before its deadline is on
 * time, after it late; open work is overdue past its deadline, open otherwise.
 */
export function taskTimeliness(
  task: { status: TaskStatus; deadline: string; completedOn: string | null },
  today: string | Date,
): TaskTimeliness {
  if (task.status === 'cancelled') return 'cancelled';
  if ((task.status === 'done' || task.status === 'accepted') && task.completedOn)
    return task.completedOn <= task.deadline ? 'on_time' : 'late';
  return isTaskOverdue(task, today) ? 'overdue' : 'open';
}

/** A deadline before the day the task was assigned is refused. */
export function deadlineProblem(
  assignedOn: string,
  deadline: string,
): { field: 'deadline'; message: { vi: string; en: string } } | null {
  if (deadline >= assignedOn) return null;
  return {
    field: 'deadline',
    message: {
      vi: 'Hạn hoàn thành không được trước ngày giao nhiệm vụ',
      en: 'The deadline cannot be before the day the task is assigned',
    },
  };
}
