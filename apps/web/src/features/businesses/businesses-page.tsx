import { FilterOutlined } from '@ant-design/icons';
import {
  type Business,
  type BusinessLine,
  type BusinessRiskLevel,
  type BusinessStatus,
  businessLines,
  businessRiskLevels,
  type businessSortKeys,
  businessStatuses,
} from '@pcmt/contracts';
import { Button, Flex, Grid, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { DemoTag } from '../../components/demo-tag.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { formatDate, todayIso } from '../../i18n/format.ts';
import { FilterBar } from '../../kit/list/filter-bar.tsx';
import { type ListColumn, ListView } from '../../kit/list/list-view.tsx';
import { useListState } from '../../kit/list/use-list-state.ts';
import { usePermission } from '../../kit/permissions.ts';
import { communeSearch, useCommuneOptions } from '../key-areas/on-date.tsx';
import { useBusinesses } from './businesses-api.ts';
import { useBusinessText } from './i18n.ts';
import { BusinessStatusTag, RiskDot, RiskTag } from './tags.tsx';

const FILTERS = ['line', 'status', 'risk', 'unitId', 'followUp'] as const;
type Sort = (typeof businessSortKeys)[number];
const sort = (key: Sort) => key;
const many = <T extends string>(v: string | undefined) => (v?.split(',') ?? []) as T[];
const joined = (v: readonly string[]) => (v.length ? v.join(',') : undefined);

/**
 * `/businesses`: conditional businesses — line, status, risk level, commune and follow-up in the URL, the name
 * searched without diacritics; cards on phones (filters behind a button, so results follow the search box), a
 * table on wider screens.
 */
export default function BusinessesPage() {
  const { bt } = useBusinessText();
  const list = useListState(FILTERS);
  const businesses = useBusinesses(list.apiParams);
  const canWrite = usePermission('business.write');
  const canInspect = usePermission('business.inspect');
  const canCount = usePermission('business.statistics');
  const communes = useCommuneOptions(todayIso());
  const { filters } = list.state;
  const phone = Grid.useBreakpoint().sm === false;
  const [showFilters, setShowFilters] = useState(false);
  const active = Object.keys(filters).length;

  const columns: ListColumn<Business>[] = [
    {
      key: 'name',
      title: bt('field.name'),
      sortKey: sort('name'),
      cardTitle: true,
      render: (_, b) => (
        <Flex vertical style={{ minWidth: 160, whiteSpace: 'normal' }}>
          <Link to={`/businesses/${b.id}`}>
            <Typography.Text strong style={{ color: 'inherit' }}>
              {b.name}
            </Typography.Text>
          </Link>
          {b.isDemo && (
            <span>
              <DemoTag />
            </span>
          )}
        </Flex>
      ),
    },
    {
      key: 'line',
      title: bt('field.line'),
      sortKey: sort('line'),
      render: (_, b) => bt(`line.${b.line}`),
    },
    { key: 'risk', title: bt('field.risk'), render: (_, b) => <RiskTag risk={b.risk} /> },
    {
      key: 'status',
      title: bt('field.status'),
      sortKey: sort('status'),
      render: (_, b) => (
        // Wide enough for “Đang hoạt động” on one line; the longest status still wraps.
        <div style={{ minWidth: 120 }}>
          <BusinessStatusTag status={b.status} />
        </div>
      ),
    },
    {
      key: 'unit',
      title: bt('field.unit'),
      render: (_, b) => (
        <Flex vertical style={{ minWidth: 120 }}>
          <span>{b.unit.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {b.address}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'lastInspectedOn',
      title: bt('field.lastInspectedOn'),
      sortKey: sort('lastInspectedOn'),
      render: (_, b) =>
        b.lastInspectedOn ? (
          <span style={{ whiteSpace: 'nowrap' }}>{formatDate(b.lastInspectedOn)}</span>
        ) : (
          <Typography.Text type="secondary">{bt('list.never')}</Typography.Text>
        ),
    },
    {
      key: 'followUpOn',
      title: bt('field.followUpOn'),
      sortKey: sort('followUpOn'),
      render: (_, b) =>
        b.followUpOn ? (
          <Flex gap={4} align="center" wrap>
            <span style={{ whiteSpace: 'nowrap' }}>{formatDate(b.followUpOn)}</span>
            {b.followUpDue && (
              <Tag color="red" style={{ marginInlineEnd: 0 }}>
                {bt('list.due')}
              </Tag>
            )}
          </Flex>
        ) : (
          '—'
        ),
    },
  ];

  const controls = (
    <>
      <Select<BusinessLine[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        aria-label={bt('field.line')}
        placeholder={bt('list.allLines')}
        value={many<BusinessLine>(filters.line)}
        onChange={(v) => list.update({ filters: { line: joined(v) } })}
        options={businessLines.map((l) => ({ value: l, label: bt(`line.${l}`) }))}
      />
      <Select<BusinessRiskLevel[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        aria-label={bt('field.risk')}
        placeholder={bt('list.allRisks')}
        value={many<BusinessRiskLevel>(filters.risk)}
        onChange={(v) => list.update({ filters: { risk: joined(v) } })}
        options={businessRiskLevels.map((r) => ({
          value: r,
          label: (
            <span style={{ display: 'inline-flex', alignItems: 'center' }}>
              <RiskDot risk={r} />
              {bt(`risk.${r}`)}
            </span>
          ),
        }))}
      />
      <Select<BusinessStatus[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        aria-label={bt('field.status')}
        placeholder={bt('list.allStatuses')}
        value={many<BusinessStatus>(filters.status)}
        onChange={(v) => list.update({ filters: { status: joined(v) } })}
        options={businessStatuses.map((s) => ({ value: s, label: bt(`status.${s}`) }))}
      />
      <Select
        allowClear
        showSearch={communeSearch}
        aria-label={bt('field.unit')}
        placeholder={bt('list.allCommunes')}
        value={filters.unitId}
        onChange={(v) => list.update({ filters: { unitId: v } })}
        options={communes.options}
        loading={communes.loading}
      />
      <Select<'due' | 'scheduled'>
        allowClear
        aria-label={bt('list.followUp')}
        placeholder={bt('list.followUpAny')}
        value={filters.followUp as 'due' | 'scheduled' | undefined}
        onChange={(v) => list.update({ filters: { followUp: v } })}
        options={[
          { value: 'due', label: bt('list.followUpDue') },
          { value: 'scheduled', label: bt('list.followUpScheduled') },
        ]}
      />
    </>
  );

  return (
    <>
      <PageHeader
        title={bt('list.heading')}
        extra={
          <Flex gap={8} wrap>
            {canCount && (
              <Link to="/businesses/statistics">
                <Button>{bt('list.statistics')}</Button>
              </Link>
            )}
            {canWrite && (
              <Link to="/businesses/new">
                <Button type="primary">{bt('list.create')}</Button>
              </Link>
            )}
          </Flex>
        }
      />
      {phone ? (
        <>
          <FilterBar list={list} searchLabel={bt('list.search')} />
          <Button
            icon={<FilterOutlined aria-hidden />}
            aria-expanded={showFilters}
            onClick={() => setShowFilters(!showFilters)}
            style={{ marginBottom: 12 }}
          >
            {active > 0 ? `${bt('list.filters')} (${active})` : bt('list.filters')}
          </Button>
          {showFilters && (
            <Flex
              gap={12}
              wrap
              className="pcmt-filter-bar"
              style={{ marginBottom: 16 }}
              aria-label={bt('list.filters')}
            >
              {controls}
            </Flex>
          )}
        </>
      ) : (
        <FilterBar list={list} searchLabel={bt('list.search')}>
          {controls}
        </FilterBar>
      )}
      <ListView<Business, (typeof FILTERS)[number]>
        list={list}
        query={businesses}
        columns={columns}
        rowKey="id"
        label={bt('list.label')}
        emptyText={bt('list.empty')}
        actions={(b) => (
          <Flex gap={4} wrap>
            <Link to={`/businesses/${b.id}`}>
              <Button size="small">{bt('list.open')}</Button>
            </Link>
            {canInspect && (
              <Link to={`/businesses/${b.id}/inspect`}>
                <Button size="small">{bt('list.inspect')}</Button>
              </Link>
            )}
          </Flex>
        )}
      />
    </>
  );
}
