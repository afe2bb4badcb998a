import {
  type Task,
  type TaskStatus,
  type TaskTimeliness,
  type taskSortKeys,
  taskStatuses,
  taskTimelinesses,
} from '@pcmt/contracts';
import { Button, Checkbox, DatePicker, Flex, Progress, Select, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { DemoTag } from '../../components/demo-tag.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { DATE_FORMAT, formatDate, todayIso } from '../../i18n/format.ts';
import { FilterBar } from '../../kit/list/filter-bar.tsx';
import { type ListColumn, ListView } from '../../kit/list/list-view.tsx';
import { useListState } from '../../kit/list/use-list-state.ts';
import { usePermission } from '../../kit/permissions.ts';
import { AgencyPicker } from '../admin/agency-picker.tsx';
import { useSession } from '../auth/session.ts';
import { communeSearch, useCommuneOptions } from '../key-areas/on-date.tsx';
import { useTaskText } from './i18n.ts';
import { taskTitle } from './nav.ts';
import { daysLate, OverdueTag, TaskStatusTag } from './status-tag.tsx';
import { useTasks } from './tasks-api.ts';

// `agencyId`, `programmeId`, `sourceKind` and the deadline range also come from links (scorecards, programmes).
const FILTERS = [
  'status',
  'overdue',
  'timeliness',
  'assigneeAgencyId',
  'agencyId',
  'unitId',
  'sourceKind',
  'programmeId',
  'deadlineFrom',
  'deadlineTo',
  'flaggedToMe',
] as const;
type Sort = (typeof taskSortKeys)[number];
const sort = (key: Sort) => key;

/**
 * `/tasks`: tasks with status, overdue, assignee agency and area filters in the URL; "my agency's work" is
 * the assignee filter set to the user's agency. Overdue work says so in words, in red.
 */
export default function TasksPage() {
  const { tt } = useTaskText();
  const me = useSession();
  const list = useListState(FILTERS);
  const tasks = useTasks(list.apiParams);
  const canAssign = usePermission('task.assign');
  const communes = useCommuneOptions(todayIso());
  const { filters } = list.state;
  const statuses = (filters.status?.split(',') ?? []) as TaskStatus[];
  const today = todayIso();
  const mine = filters.assigneeAgencyId === me.agency.id;

  const columns: ListColumn<Task>[] = [
    {
      key: 'title',
      title: tt('field.title'),
      sortKey: sort('title'),
      cardTitle: true,
      render: (_, t) => (
        <Flex vertical gap={2} style={{ minWidth: 180, whiteSpace: 'normal' }}>
          <Link to={`/tasks/${t.id}`}>
            <Typography.Text strong style={{ color: 'inherit', overflowWrap: 'anywhere' }}>
              {t.title}
            </Typography.Text>
          </Link>
          {(t.overdue || t.isDemo) && (
            <span>
              {t.overdue && <OverdueTag days={daysLate(t.deadline, today)} />}
              {t.isDemo && <DemoTag />}
            </span>
          )}
        </Flex>
      ),
    },
    {
      key: 'status',
      title: tt('field.status'),
      sortKey: sort('status'),
      render: (_, t) => <TaskStatusTag status={t.status} />,
    },
    {
      key: 'assignee',
      title: tt('field.assignee'),
      render: (_, t) => (
        <Flex vertical style={{ minWidth: 140 }}>
          <span style={{ overflowWrap: 'anywhere' }}>{t.assigneeAgency.name}</span>
          {t.assigneeUser && (
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t.assigneeUser.displayName}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { key: 'unit', title: tt('field.unit'), render: (_, t) => t.unit.name },
    {
      key: 'deadline',
      title: tt('field.deadline'),
      sortKey: sort('deadline'),
      render: (_, t) => (
        <Typography.Text
          style={{ whiteSpace: 'nowrap', fontWeight: t.overdue ? 600 : undefined }}
          type={t.overdue ? 'danger' : undefined}
        >
          {formatDate(t.deadline)}
        </Typography.Text>
      ),
    },
    {
      key: 'percent',
      title: tt('field.percent'),
      render: (_, t) => (
        <Progress
          percent={t.percent}
          size="small"
          style={{ minWidth: 90, margin: 0 }}
          strokeColor={t.overdue ? '#cf1322' : undefined}
          format={(v) => `${v} %`}
        />
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={taskTitle('list')}
        extra={
          <Flex gap={8} wrap>
            <Button
              type={mine ? 'primary' : 'default'}
              aria-pressed={mine}
              onClick={() => list.update({ filters: { assigneeAgencyId: mine ? undefined : me.agency.id } })}
            >
              {tt('list.mine')}
            </Button>
            {canAssign && (
              <Link to="/tasks/new">
                <Button type="primary">{tt('list.create')}</Button>
              </Link>
            )}
          </Flex>
        }
      />
      <FilterBar list={list} searchLabel={tt('list.search')}>
        <Select<TaskStatus[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          aria-label={tt('field.status')}
          placeholder={tt('list.allStatuses')}
          value={statuses}
          onChange={(v) => list.update({ filters: { status: v.length ? v.join(',') : undefined } })}
          options={taskStatuses.map((s) => ({ value: s, label: tt(`status.${s}`) }))}
        />
        <AgencyPicker
          allowClear
          aria-label={tt('list.assignee')}
          placeholder={tt('list.allAgencies')}
          value={filters.assigneeAgencyId}
          current={mine ? { id: me.agency.id, label: me.agency.name } : undefined}
          onChange={(v) => list.update({ filters: { assigneeAgencyId: v } })}
        />
        <Select
          allowClear
          showSearch={communeSearch}
          aria-label={tt('field.unit')}
          placeholder={tt('list.allUnits')}
          value={filters.unitId}
          onChange={(v) => list.update({ filters: { unitId: v } })}
          options={communes.options}
          loading={communes.loading}
        />
        <Select<TaskTimeliness>
          allowClear
          aria-label={tt('field.timeliness')}
          placeholder={tt('list.allTimeliness')}
          value={filters.timeliness as TaskTimeliness | undefined}
          onChange={(v) => list.update({ filters: { timeliness: v } })}
          options={taskTimelinesses.map((s) => ({ value: s, label: tt(`timeliness.${s}`) }))}
        />
        <DatePicker.RangePicker
          aria-label={tt('list.deadlinePeriod')}
          placeholder={[tt('list.deadlineFrom'), tt('list.deadlineTo')]}
          format={DATE_FORMAT}
          inputReadOnly
          classNames={{ popup: { root: 'pcmt-range-popup' } }}
          value={[
            filters.deadlineFrom ? dayjs(filters.deadlineFrom) : null,
            filters.deadlineTo ? dayjs(filters.deadlineTo) : null,
          ]}
          onChange={(range) =>
            list.update({
              filters: {
                deadlineFrom: range?.[0]?.format('YYYY-MM-DD'),
                deadlineTo: range?.[1]?.format('YYYY-MM-DD'),
              },
            })
          }
        />
        <Flex gap={12} wrap align="center" style={{ flex: '1 1 auto' }}>
          <Checkbox
            checked={filters.overdue === 'true'}
            onChange={(e) => list.update({ filters: { overdue: e.target.checked ? 'true' : undefined } })}
          >
            {tt('list.overdueOnly')}
          </Checkbox>
          <Checkbox
            checked={filters.flaggedToMe === 'true'}
            onChange={(e) => list.update({ filters: { flaggedToMe: e.target.checked ? 'true' : undefined } })}
          >
            {tt('list.flaggedToMe')}
          </Checkbox>
        </Flex>
        {filters.programmeId && (
          <Tag
            closable
            onClose={() => list.update({ filters: { programmeId: undefined } })}
            style={{ alignSelf: 'center' }}
          >
            {tt('list.programme')}
          </Tag>
        )}
      </FilterBar>
      <ListView<Task, (typeof FILTERS)[number]>
        list={list}
        query={tasks}
        columns={columns}
        rowKey="id"
        label={tt('list.label')}
        emptyText={tt('list.empty')}
        actions={(t) => (
          <Link to={`/tasks/${t.id}`}>
            <Button size="small">{tt('list.open')}</Button>
          </Link>
        )}
      />
    </>
  );
}
