import {
  type Hotspot,
  type HotspotKind,
  type HotspotStatus,
  hotspotKinds,
  type hotspotSortKeys,
  hotspotStatuses,
} from '@pcmt/contracts';
import { Button, DatePicker, Flex, Select, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { DemoTag } from '../../components/demo-tag.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { DATE_FORMAT, fold, formatDate, todayIso } from '../../i18n/format.ts';
import { FilterBar } from '../../kit/list/filter-bar.tsx';
import { type ListColumn, ListView } from '../../kit/list/list-view.tsx';
import { useListState } from '../../kit/list/use-list-state.ts';
import { usePermission } from '../../kit/permissions.ts';
import { useHotspots, useUnitsAt } from './hotspots-api.ts';
import { useHotspotText } from './i18n.ts';
import { hotspotTitle } from './nav.ts';
import { StatusTag } from './status-colors.tsx';

// `agencyId` and `moved…` come from a scorecard's figure (hotspots eliminated / re-formed in a period): shown
// as removable tags, not as controls.
const FILTERS = [
  'status',
  'kind',
  'unitId',
  'from',
  'to',
  'located',
  'agencyId',
  'moved',
  'movedFrom',
  'movedTo',
] as const;
type Sort = (typeof hotspotSortKeys)[number];
const sort = (key: Sort) => key;
const COMMUNE_TYPES = new Set(['xa', 'phuong', 'thi_tran', 'dac_khu']);

/** The register: search, status, kind, commune and period in the URL; paged and sorted by the server. */
export default function HotspotsPage() {
  const { ht } = useHotspotText();
  const list = useListState(FILTERS);
  const hotspots = useHotspots(list.apiParams);
  const canWrite = usePermission('hotspot.write');
  const { filters } = list.state;
  const units = useUnitsAt(todayIso());
  const communes = useMemo(
    () =>
      (units.data ?? [])
        .filter((u) => COMMUNE_TYPES.has(u.type))
        .map((u) => ({ value: u.id, label: u.name, search: fold(`${u.name} ${u.code}`) })),
    [units.data],
  );
  const statuses = (filters.status?.split(',') ?? []) as HotspotStatus[];

  const columns: ListColumn<Hotspot>[] = [
    {
      key: 'name',
      title: ht('field.name'),
      sortKey: sort('name'),
      cardTitle: true,
      render: (_, h) => (
        <Flex vertical style={{ minWidth: 160, whiteSpace: 'normal' }}>
          <Link to={`/hotspots/${h.id}`}>
            <Typography.Text strong style={{ color: 'inherit' }}>
              {h.name}
            </Typography.Text>
          </Link>
          {h.isDemo && (
            <span>
              <DemoTag />
            </span>
          )}
        </Flex>
      ),
    },
    {
      key: 'status',
      title: ht('field.status'),
      sortKey: sort('status'),
      render: (_, h) => <StatusTag status={h.status} />,
    },
    {
      key: 'kind',
      title: ht('field.kind'),
      render: (_, h) => <Tag style={{ marginInlineEnd: 0 }}>{ht(`kind.${h.kind}`)}</Tag>,
    },
    {
      key: 'unit',
      title: ht('field.unit'),
      render: (_, h) => (
        <Flex vertical style={{ minWidth: 120 }}>
          <span>{h.unit.name}</span>
          {h.address && (
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {h.address}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'detectedOn',
      title: ht('field.detectedOn'),
      dataIndex: 'detectedOn',
      sortKey: sort('detectedOn'),
      render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(v)}</span>,
    },
    {
      key: 'statusSince',
      title: ht('field.statusSince'),
      dataIndex: 'statusSince',
      sortKey: sort('statusSince'),
      render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(v)}</span>,
    },
  ];

  return (
    <>
      <PageHeader
        title={hotspotTitle('list')}
        extra={
          <Flex gap={8} wrap>
            <Link to="/hotspots/map">
              <Button>{ht('list.map')}</Button>
            </Link>
            {canWrite && (
              <Link to="/hotspots/new">
                <Button type="primary">{ht('list.create')}</Button>
              </Link>
            )}
          </Flex>
        }
      />
      <FilterBar list={list} searchLabel={ht('list.search')}>
        <Select<HotspotStatus[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          aria-label={ht('field.status')}
          placeholder={ht('list.allStatuses')}
          value={statuses}
          onChange={(v) => list.update({ filters: { status: v.length ? v.join(',') : undefined } })}
          options={hotspotStatuses.map((s) => ({ value: s, label: ht(`status.${s}`) }))}
        />
        <Select<HotspotKind>
          allowClear
          aria-label={ht('field.kind')}
          placeholder={ht('list.allKinds')}
          value={filters.kind as HotspotKind | undefined}
          onChange={(v) => list.update({ filters: { kind: v } })}
          options={hotspotKinds.map((k) => ({ value: k, label: ht(`kind.${k}`) }))}
        />
        <Select
          allowClear
          showSearch={{ filterOption: (input, o) => String(o?.search ?? '').includes(fold(input)) }}
          aria-label={ht('field.unit')}
          placeholder={ht('list.allCommunes')}
          value={filters.unitId}
          onChange={(v) => list.update({ filters: { unitId: v } })}
          options={communes}
        />
        <DatePicker.RangePicker
          aria-label={ht('list.period')}
          placeholder={[ht('list.from'), ht('list.to')]}
          format={DATE_FORMAT}
          inputReadOnly
          classNames={{ popup: { root: 'pcmt-range-popup' } }}
          value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
          onChange={(range) =>
            list.update({
              filters: {
                from: range?.[0]?.format('YYYY-MM-DD'),
                to: range?.[1]?.format('YYYY-MM-DD'),
              },
            })
          }
        />
        {filters.moved && (
          <Tag
            closable
            onClose={() =>
              list.update({ filters: { moved: undefined, movedFrom: undefined, movedTo: undefined } })
            }
            style={{ alignSelf: 'center', whiteSpace: 'normal' }}
          >
            {ht(filters.moved === 'reactivated' ? 'detail.movedReactivated' : 'detail.movedEliminated', {
              from: filters.movedFrom ? formatDate(filters.movedFrom) : '…',
              to: filters.movedTo ? formatDate(filters.movedTo) : '…',
            })}
          </Tag>
        )}
        {filters.agencyId && (
          <Tag
            closable
            onClose={() => list.update({ filters: { agencyId: undefined } })}
            style={{ alignSelf: 'center' }}
          >
            {ht('detail.ofAgency')}
          </Tag>
        )}
        {filters.located === 'false' && (
          <Tag
            closable
            onClose={() => list.update({ filters: { located: undefined } })}
            style={{ alignSelf: 'center' }}
          >
            {ht('detail.noLocation')}
          </Tag>
        )}
      </FilterBar>
      <ListView<Hotspot, (typeof FILTERS)[number]>
        list={list}
        query={hotspots}
        columns={columns}
        rowKey="id"
        label={ht('list.label')}
        emptyText={ht('list.empty')}
        actions={(h) => (
          <Link to={`/hotspots/${h.id}`}>
            <Button size="small">{ht('list.open')}</Button>
          </Link>
        )}
      />
    </>
  );
}
