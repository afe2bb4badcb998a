import {
  type Difficulty,
  type DifficultyStatus,
  type DifficultyTopic,
  type difficultySortKeys,
  difficultyStatuses,
  difficultyTopics,
} from '@pcmt/contracts';
import { Button, Checkbox, Flex, Select, Typography } from 'antd';
import { Link } from 'react-router';
import { DemoTag } from '../../components/demo-tag.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { formatDate } from '../../i18n/format.ts';
import { type ListColumn, ListView } from '../../kit/list/list-view.tsx';
import { useListState } from '../../kit/list/use-list-state.ts';
import { usePermission } from '../../kit/permissions.ts';
import { joined, many } from '../mobilisation/choices.ts';
import { FiltersLayout } from '../mobilisation/filters-layout.tsx';
import { useDifficulties } from './grassroots-api.ts';
import { useGrassrootsText } from './i18n.ts';
import { DifficultyStatusTag } from './tags.tsx';
import { useUnitChoices } from './unit-choices.ts';

const FILTERS = ['status', 'topic', 'unitId', 'overdue', 'from', 'to'] as const;
const sort = (key: (typeof difficultySortKeys)[number]) => key;

/** `/difficulties`: status, topic, area and "overdue" in the URL; content or proposal searched. */
export default function DifficultiesPage() {
  const { gt } = useGrassrootsText();
  const list = useListState(FILTERS);
  const rows = useDifficulties(list.apiParams);
  const canRaise = usePermission('difficulty.raise');
  const canCount = usePermission('difficulty.statistics');
  const units = useUnitChoices();
  const { filters } = list.state;

  const columns: ListColumn<Difficulty>[] = [
    {
      key: 'content',
      title: gt('field.content'),
      cardTitle: true,
      render: (_, d) => (
        <Flex vertical style={{ minWidth: 160, whiteSpace: 'normal' }}>
          <Link to={`/difficulties/${d.id}`}>
            <Typography.Text strong style={{ color: 'inherit' }}>
              {d.content.length > 140 ? `${d.content.slice(0, 140)}…` : d.content}
            </Typography.Text>
          </Link>
          {d.isDemo && (
            <span>
              <DemoTag />
            </span>
          )}
        </Flex>
      ),
    },
    { key: 'topic', title: gt('field.topic'), render: (_, d) => gt(`topic.${d.topic}`) },
    {
      key: 'status',
      title: gt('field.status'),
      render: (_, d) => (
        <Flex gap={4} wrap>
          <DifficultyStatusTag status={d.status} overdue={d.overdue} />
        </Flex>
      ),
    },
    {
      key: 'raisedOn',
      title: gt('field.raisedOn'),
      sortKey: sort('raisedOn'),
      render: (_, d) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(d.raisedOn)}</span>,
    },
    {
      key: 'agency',
      title: gt('field.raisedBy'),
      render: (_, d) => <span style={{ whiteSpace: 'normal' }}>{d.agency.name}</span>,
    },
  ];

  return (
    <>
      <PageHeader
        title={gt('difficulties.heading')}
        extra={
          <Flex gap={8} wrap>
            {canCount && (
              <Link to="/difficulties/statistics">
                <Button>{gt('common.statistics')}</Button>
              </Link>
            )}
            {canRaise && (
              <Link to="/difficulties/report">
                <Button>{gt('difficulties.report')}</Button>
              </Link>
            )}
            {canRaise && (
              <Link to="/difficulties/new">
                <Button type="primary">{gt('difficulties.create')}</Button>
              </Link>
            )}
          </Flex>
        }
      />
      <FiltersLayout list={list} searchLabel={gt('common.search')} filtersLabel={gt('common.filters')}>
        <Select<DifficultyStatus[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          aria-label={gt('field.status')}
          placeholder={gt('difficulties.allStatuses')}
          value={many<DifficultyStatus>(filters.status)}
          onChange={(v) => list.update({ filters: { status: joined(v) } })}
          options={difficultyStatuses.map((s) => ({ value: s, label: gt(`difficultyStatus.${s}`) }))}
        />
        <Select<DifficultyTopic[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          aria-label={gt('field.topic')}
          placeholder={gt('difficulties.allTopics')}
          value={many<DifficultyTopic>(filters.topic)}
          onChange={(v) => list.update({ filters: { topic: joined(v) } })}
          options={difficultyTopics.map((s) => ({ value: s, label: gt(`topic.${s}`) }))}
        />
        <Select
          allowClear
          showSearch={units.search}
          aria-label={gt('field.unit')}
          placeholder={gt('common.allCommunes')}
          value={filters.unitId}
          onChange={(v) => list.update({ filters: { unitId: v } })}
          options={units.all}
          loading={units.loading}
        />
        <Checkbox
          checked={filters.overdue === 'true'}
          onChange={(e) => list.update({ filters: { overdue: e.target.checked ? 'true' : undefined } })}
        >
          {gt('difficulties.overdueOnly')}
        </Checkbox>
      </FiltersLayout>
      <ListView<Difficulty, (typeof FILTERS)[number]>
        list={list}
        query={rows}
        columns={columns}
        rowKey="id"
        label={gt('difficulties.label')}
        emptyText={gt('difficulties.empty')}
        actions={(d) => (
          <Link to={`/difficulties/${d.id}`}>
            <Button size="small">{gt('common.open')}</Button>
          </Link>
        )}
      />
    </>
  );
}
