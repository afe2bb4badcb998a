import {
  type ProgrammeListItem,
  type ProgrammeStatus,
  type programmeSortKeys,
  programmeStatuses,
} from '@pcmt/contracts';
import { Button, Flex, Select, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { DemoTag } from '../../components/demo-tag.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { formatDate, formatNumber, todayIso } from '../../i18n/format.ts';
import { FilterBar } from '../../kit/list/filter-bar.tsx';
import { type ListColumn, ListView } from '../../kit/list/list-view.tsx';
import { useListState } from '../../kit/list/use-list-state.ts';
import { usePermission } from '../../kit/permissions.ts';
import { communeSearch, useCommuneOptions } from '../key-areas/on-date.tsx';
import { useProgrammeText } from './i18n.ts';
import { programmeTitle } from './nav.ts';
import { useProgrammes } from './programmes-api.ts';
import { ProgrammeStatusTag } from './status-tag.tsx';

// `agencyId`, `keyAreaId` and `reached…` come from links (scorecards, key areas), not from the bar.
const FILTERS = ['status', 'unitId', 'agencyId', 'keyAreaId', 'reached', 'reachedFrom', 'reachedTo'] as const;
type Sort = (typeof programmeSortKeys)[number];
const sort = (key: Sort) => key;

/** `/programmes`: transformation programmes — status and commune filters in the URL, tasks at a glance. */
export default function ProgrammesPage() {
  const { pt } = useProgrammeText();
  const list = useListState(FILTERS);
  const programmes = useProgrammes(list.apiParams);
  const canWrite = usePermission('programme.write');
  const communes = useCommuneOptions(todayIso());
  const { filters } = list.state;
  const statuses = (filters.status?.split(',') ?? []) as ProgrammeStatus[];

  const columns: ListColumn<ProgrammeListItem>[] = [
    {
      key: 'name',
      title: pt('field.name'),
      sortKey: sort('name'),
      cardTitle: true,
      render: (_, p) => (
        <Flex vertical style={{ minWidth: 180, whiteSpace: 'normal' }}>
          <Link to={`/programmes/${p.id}`}>
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
    { key: 'unit', title: pt('field.commune'), render: (_, p) => p.unit.name },
    {
      key: 'status',
      title: pt('field.status'),
      sortKey: sort('status'),
      render: (_, p) => <ProgrammeStatusTag status={p.status} />,
    },
    {
      key: 'periodFrom',
      title: pt('field.period'),
      sortKey: sort('periodFrom'),
      render: (_, p) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {formatDate(p.periodFrom)} – {formatDate(p.periodTo)}
        </span>
      ),
    },
    {
      key: 'tasks',
      title: pt('field.tasks'),
      render: (_, p) => (
        <Flex gap={4} wrap align="center">
          <span>
            {pt('list.tasksLine', {
              open: formatNumber(p.tasks.open),
              overdue: formatNumber(p.tasks.overdue),
            })}
          </span>
          {p.tasks.overdue > 0 && <Tag color="red">!</Tag>}
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={programmeTitle('list')}
        extra={
          canWrite && (
            <Link to="/programmes/new">
              <Button type="primary">{pt('list.create')}</Button>
            </Link>
          )
        }
      />
      <FilterBar list={list} searchLabel={pt('list.search')}>
        <Select<ProgrammeStatus[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          aria-label={pt('field.status')}
          placeholder={pt('list.allStatuses')}
          value={statuses}
          onChange={(v) => list.update({ filters: { status: v.length ? v.join(',') : undefined } })}
          options={programmeStatuses.map((s) => ({ value: s, label: pt(`status.${s}`) }))}
        />
        <Select
          allowClear
          showSearch={communeSearch}
          aria-label={pt('field.commune')}
          placeholder={pt('field.commune')}
          value={filters.unitId}
          onChange={(v) => list.update({ filters: { unitId: v } })}
          options={communes.options}
          loading={communes.loading}
        />
        {filters.reached && (
          <Tag
            closable
            onClose={() =>
              list.update({
                filters: {
                  reached: undefined,
                  reachedFrom: undefined,
                  reachedTo: undefined,
                  agencyId: undefined,
                },
              })
            }
            style={{ alignSelf: 'center', whiteSpace: 'normal' }}
          >
            {pt('list.reached', {
              status: pt(`status.${filters.reached as ProgrammeStatus}`),
              from: formatDate(filters.reachedFrom) || '…',
              to: formatDate(filters.reachedTo) || '…',
            })}
          </Tag>
        )}
      </FilterBar>
      <ListView<ProgrammeListItem, (typeof FILTERS)[number]>
        list={list}
        query={programmes}
        columns={columns}
        rowKey="id"
        label={pt('list.label')}
        emptyText={pt('list.empty')}
        actions={(p) => (
          <Link to={`/programmes/${p.id}`}>
            <Button size="small">{pt('list.open')}</Button>
          </Link>
        )}
      />
    </>
  );
}
