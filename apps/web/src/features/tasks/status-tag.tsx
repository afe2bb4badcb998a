import type { TaskStatus } from '@pcmt/contracts';
import { Tag } from 'antd';
import { useTaskText } from './i18n.ts';

export const taskColor: Record<TaskStatus, string> = {
  assigned: '#1677ff',
  in_progress: '#0958d9',
  done: '#d48806',
  accepted: '#389e0d',
  returned: '#d46b08',
  cancelled: '#8c8c8c',
};

export function TaskStatusTag({ status }: { status: TaskStatus }) {
  const { tt } = useTaskText();
  return (
    <Tag color={taskColor[status]} data-status={status} style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
      {tt(`status.${status}`)}
    </Tag>
  );
}

/** Open work past its deadline: said in words and in red, never by colour alone. */
export function OverdueTag({ days }: { days?: number }) {
  const { tt } = useTaskText();
  return (
    <Tag color="red" data-overdue="true" style={{ marginInlineEnd: 0, fontWeight: 600 }}>
      {days && days > 0 ? tt('list.daysLate', { days }) : tt('list.overdue')}
    </Tag>
  );
}

/** Whole days from `deadline` to `today` (both YYYY-MM-DD, Vietnamese dates). */
export const daysLate = (deadline: string, today: string): number =>
  Math.max(
    0,
    Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${deadline}T00:00:00Z`)) / 86_400_000),
  );
