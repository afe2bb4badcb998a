import { type TaskSourceKind, type TaskStatus, taskContract } from '@pcmt/contracts';
import { Alert, Button, Card, Descriptions, Flex, Progress, Result, Skeleton } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { DemoTag } from '../../components/demo-tag.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDate, todayIso } from '../../i18n/format.ts';
import { DetailPage } from '../../kit/detail-page.tsx';
import { usePermission } from '../../kit/permissions.ts';
import { AttachmentsCard } from '../key-areas/records/attachments-card.tsx';
import { TimelineSlot } from '../key-areas/records/timeline-card.tsx';
import { useTaskText } from './i18n.ts';
import { MoveModal } from './move-modal.tsx';
import { ProgressCard } from './progress-card.tsx';
import { daysLate, OverdueTag, TaskStatusTag } from './status-tag.tsx';
import type { TaskAction } from './tasks-api.ts';
import { useTask } from './tasks-api.ts';

const HIDDEN_FIELDS = new Set([
  'unitId',
  'agencyId',
  'assigneeAgencyId',
  'assigneeUserId',
  'sourceId',
  'proofIds',
  'acceptedBy',
]);
/** The move each action makes, and the permission that offers its button (the server decides anyway). */
const ACTIONS: { action: TaskAction; to: TaskStatus; gate: 'task.report' | 'task.accept' | 'task.assign' }[] =
  [
    { action: 'complete', to: 'done', gate: 'task.report' },
    { action: 'accept', to: 'accepted', gate: 'task.accept' },
    { action: 'return', to: 'returned', gate: 'task.accept' },
    { action: 'cancel', to: 'cancelled', gate: 'task.assign' },
  ];

/**
 * `/tasks/:id`: a task — who gave it to whom, its deadline (overdue said clearly, with the heads it was
 * flagged to), progress updates with proofs, and the moves the user may make: hand in, accept, return, cancel.
 */
export default function TaskDetailPage() {
  const { id = '' } = useParams();
  const { tt } = useTaskText();
  const navigate = useNavigate();
  const task = useTask(id);
  const can = {
    'task.report': usePermission('task.report'),
    'task.accept': usePermission('task.accept'),
    'task.assign': usePermission('task.assign'),
  };
  const [moving, setMoving] = useState<TaskAction | null>(null);

  if (task.isPending) return <Skeleton active />;
  if (task.isError)
    return isApiError(task.error) && task.error.status === 404 ? (
      <Result
        status="404"
        title={tt('detail.notFound')}
        extra={<Button onClick={() => navigate('/tasks')}>{tt('detail.back')}</Button>}
      />
    ) : (
      <ErrorAlert error={task.error} onRetry={() => void task.refetch()} />
    );
  const t = task.data;
  const late = daysLate(t.deadline, todayIso());
  const actions = ACTIONS.filter((a) => can[a.gate] && t.allowedTransitions.includes(a.to));

  return (
    <>
      <DetailPage
        title={t.title}
        status={
          <>
            <TaskStatusTag status={t.status} />
            {t.overdue && <OverdueTag days={late} />}
            {t.isDemo && <DemoTag />}
          </>
        }
        actions={
          actions.length > 0 &&
          actions.map((a, i) => (
            <Button
              key={a.action}
              type={i === 0 && a.action !== 'cancel' ? 'primary' : 'default'}
              danger={a.action === 'cancel'}
              onClick={() => setMoving(a.action)}
            >
              {tt(`detail.${a.action}`)}
            </Button>
          ))
        }
        timelineTitle={tt('detail.timeline')}
        timeline={
          <TimelineSlot
            path="/tasks"
            id={t.id}
            shownField={(f) => f in taskContract.fieldLabels && !HIDDEN_FIELDS.has(f)}
            value={(field, v) =>
              field === 'status' && typeof v === 'string'
                ? tt(`status.${v as TaskStatus}`)
                : field === 'sourceKind' && typeof v === 'string'
                  ? tt(`source.${v as TaskSourceKind}`)
                  : field === 'percent' && typeof v === 'number'
                    ? `${v} %`
                    : undefined
            }
          />
        }
      >
        {t.overdue && (
          <Alert
            type="error"
            showIcon
            role="alert"
            data-testid="task-overdue"
            title={tt('detail.overdue', { days: late, deadline: formatDate(t.deadline) })}
            description={
              t.flaggedTo.length > 0
                ? tt('detail.overdueFlag', { names: t.flaggedTo.map((p) => p.displayName).join(', ') })
                : tt('detail.overdueNoHead')
            }
          />
        )}
        <Card size="small" title={tt('detail.general')}>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 1, md: 2 }}
            items={[
              { key: 'assignee', label: tt('field.assignee'), children: t.assigneeAgency.name },
              ...(t.assigneeUser
                ? [{ key: 'user', label: tt('field.assigneeUser'), children: t.assigneeUser.displayName }]
                : []),
              {
                key: 'deadline',
                label: tt('field.deadline'),
                children: (
                  <strong style={t.overdue ? { color: '#cf1322' } : undefined}>
                    {formatDate(t.deadline)}
                  </strong>
                ),
              },
              { key: 'assignedOn', label: tt('field.assignedOn'), children: formatDate(t.assignedOn) },
              { key: 'assigner', label: tt('field.assigner'), children: t.assignerAgency.name },
              { key: 'by', label: tt('field.assignedBy'), children: t.assignedBy.displayName },
              {
                key: 'unit',
                label: tt('field.unit'),
                children: <Link to={`/communes/${t.unit.id}`}>{t.unit.name}</Link>,
              },
              {
                key: 'source',
                label: tt('field.source'),
                children:
                  t.sourceKind === 'programme_plan_item' && t.sourceId ? (
                    <Link to={`/programmes/${t.sourceId}`}>{tt('source.programme_plan_item')}</Link>
                  ) : (
                    [tt(`source.${t.sourceKind}`), t.sourceRef].filter(Boolean).join(': ')
                  ),
              },
              {
                key: 'percent',
                label: tt('field.percent'),
                children: (
                  <Progress
                    percent={t.percent}
                    size="small"
                    style={{ maxWidth: 220, margin: 0 }}
                    strokeColor={t.overdue ? '#cf1322' : undefined}
                    format={(v) => `${v} %`}
                  />
                ),
              },
              {
                key: 'timeliness',
                label: tt('field.timeliness'),
                children: tt(`timeliness.${t.timeliness}`),
              },
              ...(t.completedOn
                ? [{ key: 'completed', label: tt('field.completedOn'), children: formatDate(t.completedOn) }]
                : []),
              ...(t.acceptedOn
                ? [
                    {
                      key: 'accepted',
                      label: tt('field.acceptedOn'),
                      children: `${formatDate(t.acceptedOn)}${t.acceptedBy ? ` · ${t.acceptedBy.displayName}` : ''}`,
                    },
                  ]
                : []),
            ]}
          />
          {t.description && (
            <Flex vertical style={{ marginTop: 8 }}>
              <span style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{t.description}</span>
            </Flex>
          )}
        </Card>
        <ProgressCard task={t} canReport={can['task.report']} />
        <AttachmentsCard
          record={{ path: '/tasks', recordType: 'task', id: t.id }}
          canAdd={can['task.report'] || can['task.assign']}
        />
      </DetailPage>
      {moving && (
        <MoveModal
          task={t}
          action={moving}
          onClose={() => setMoving(null)}
          onConflict={() => void task.refetch()}
        />
      )}
    </>
  );
}
