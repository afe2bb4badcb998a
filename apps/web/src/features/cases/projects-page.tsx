import {
  type ProjectStatus,
  type projectSortKeys,
  projectStatuses,
  type SpecialProject,
} from '@pcmt/contracts';
import { Button, Flex, Select, Typography } from 'antd';
import { Link } from 'react-router';
import { DemoTag } from '../../components/demo-tag.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { formatDate, formatNumber, todayIso } from '../../i18n/format.ts';
import { type ListColumn, ListView } from '../../kit/list/list-view.tsx';
import { useListState } from '../../kit/list/use-list-state.ts';
import { usePermission } from '../../kit/permissions.ts';
import { communeSearch } from '../key-areas/on-date.tsx';
import { useProjects } from './cases-api.ts';
import { Filters, joined, many, PeriodFilter } from './filter-controls.tsx';
import { useCaseText } from './i18n.ts';
import { ProjectStatusTag } from './tags.tsx';
import { useLeadingUnitOptions } from './unit-options.ts';

const FILTERS = ['status', 'unitId', 'from', 'to'] as const;
const sort = (key: (typeof projectSortKeys)[number]) => key;

/** `/projects`: special projects (chuyên án) — status, leading unit and period in the URL. */
export default function ProjectsPage() {
  const { ct } = useCaseText();
  const list = useListState(FILTERS);
  const projects = useProjects(list.apiParams);
  const canWrite = usePermission('project.write');
  const units = useLeadingUnitOptions(todayIso());
  const { filters } = list.state;

  const columns: ListColumn<SpecialProject>[] = [
    {
      key: 'name',
      title: ct('project.name'),
      sortKey: sort('name'),
      cardTitle: true,
      render: (_, p) => (
        <Flex vertical style={{ minWidth: 160, whiteSpace: 'normal' }}>
          <Link to={`/projects/${p.id}`}>
            <Typography.Text strong style={{ color: 'inherit' }}>
              {p.name}
            </Typography.Text>
          </Link>
          {p.isDemo && (
            <span>
              <DemoTag />
            </span>
          )}
        </Flex>
      ),
    },
    {
      key: 'period',
      title: ct('common.period'),
      sortKey: sort('periodFrom'),
      render: (_, p) => (
        <span>
          <span style={{ whiteSpace: 'nowrap' }}>{formatDate(p.periodFrom)}</span> –{' '}
          <span style={{ whiteSpace: 'nowrap' }}>
            {p.periodTo ? formatDate(p.periodTo) : ct('project.ongoing')}
          </span>
        </span>
      ),
    },
    {
      key: 'status',
      title: ct('field.status'),
      sortKey: sort('status'),
      render: (_, p) => <ProjectStatusTag status={p.status} />,
    },
    { key: 'unit', title: ct('project.unit'), render: (_, p) => p.unit.name },
    { key: 'ring', title: ct('project.ring'), render: (_, p) => p.ring?.name ?? '—' },
    {
      key: 'cases',
      title: ct('list.heading'),
      align: 'right',
      render: (_, p) => formatNumber(p.cases.length),
    },
  ];

  return (
    <>
      <PageHeader
        title={ct('project.heading')}
        extra={
          canWrite && (
            <Link to="/projects/new">
              <Button type="primary">{ct('project.create')}</Button>
            </Link>
          )
        }
      />
      <Filters list={list} searchLabel={ct('project.search')}>
        <Select<ProjectStatus[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          aria-label={ct('field.status')}
          placeholder={ct('project.allStatuses')}
          value={many<ProjectStatus>(filters.status)}
          onChange={(v) => list.update({ filters: { status: joined(v) } })}
          options={projectStatuses.map((s) => ({ value: s, label: ct(`projectStatus.${s}`) }))}
        />
        <Select
          allowClear
          showSearch={communeSearch}
          aria-label={ct('project.unit')}
          placeholder={ct('common.allCommunes')}
          value={filters.unitId}
          onChange={(v) => list.update({ filters: { unitId: v } })}
          options={units.options}
          loading={units.loading}
        />
        <PeriodFilter list={list} />
      </Filters>
      <ListView<SpecialProject, (typeof FILTERS)[number]>
        list={list}
        query={projects}
        columns={columns}
        rowKey="id"
        label={ct('project.label')}
        emptyText={ct('project.empty')}
        actions={(p) => (
          <Link to={`/projects/${p.id}`}>
            <Button size="small">{ct('common.open')}</Button>
          </Link>
        )}
      />
    </>
  );
}
