import type { Tip, TipDeadlineStateCode, TipStatus, TipUrgency } from '@pcmt/contracts';
import { Tag } from 'antd';
import { formatDate } from '../../i18n/format.ts';
import { type TipTextKey, useTipText } from './i18n.ts';

/** The inbox's deadline colours: green in time, orange due soon, red overdue, grey paused or closed. */
export const DEADLINE_COLOR: Record<TipDeadlineStateCode, string> = {
  ok: 'green',
  due_soon: 'orange',
  overdue: 'red',
  suspended: 'default',
  closed: 'default',
};
const STATUS_COLOR: Record<TipStatus, string> = {
  received: 'blue',
  triaged: 'geekblue',
  assigned: 'purple',
  verifying: 'cyan',
  suspended: 'default',
  resumed: 'cyan',
  resolved: 'green',
  dismissed: 'default',
};
const URGENCY_COLOR: Record<TipUrgency, string> = { normal: 'default', high: 'orange', urgent: 'red' };

export function TipStatusTag({ status }: { status: TipStatus }) {
  const { tt } = useTipText();
  return <Tag color={STATUS_COLOR[status]}>{tt(`status.${status}` as TipTextKey)}</Tag>;
}

export function UrgencyTag({ urgency }: { urgency: TipUrgency }) {
  const { tt } = useTipText();
  if (urgency === 'normal') return null;
  return <Tag color={URGENCY_COLOR[urgency]}>{tt(`urgency.${urgency}` as TipTextKey)}</Tag>;
}

/** The state in words and colour, with the days left (or over) and the due date. */
export function DeadlineTag({ deadlines }: { deadlines: Tip['deadlines'] }) {
  const { tt } = useTipText();
  const { state, daysLeft, dueOn } = deadlines;
  const days =
    daysLeft === null
      ? null
      : daysLeft > 0
        ? tt('deadline.left', { count: daysLeft })
        : daysLeft === 0
          ? tt('deadline.today')
          : tt('deadline.overdue', { count: -daysLeft });
  return (
    <Tag color={DEADLINE_COLOR[state]} data-deadline={state} style={{ whiteSpace: 'normal' }}>
      {tt(`deadlineState.${state}` as TipTextKey)}
      {days && state !== 'closed' ? ` · ${days}` : ''}
      {state !== 'closed' && state !== 'suspended' ? ` (${formatDate(dueOn)})` : ''}
    </Tag>
  );
}
