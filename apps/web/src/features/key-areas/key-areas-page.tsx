import {
  type CommuneClassName,
  communeClasses,
  type KeyArea,
  type KeyAreaStatus,
  type keyAreaSortKeys,
  keyAreaStatuses,
} from '@pcmt/contracts';
import { Button, DatePicker, Flex, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { DemoTag } from '../../components/demo-tag.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { DATE_FORMAT, formatDate, todayIso } from '../../i18n/format.ts';
import { FilterBar } from '../../kit/list/filter-bar.tsx';
import { type ListColumn, ListView } from '../../kit/list/list-view.tsx';
import { useListState } from '../../kit/list/use-list-state.ts';
import { usePermission } from '../../kit/permissions.ts';
import { ClassTag, KeyAreaStatusTag } from './class-colors.tsx';
import { useAreaText } from './i18n.ts';
import { useKeyAreas } from './key-areas-api.ts';
import { areaTitle } from './nav.ts';
import { communeSearch, useCommuneOptions } from './on-date.tsx';

const FILTERS = ['status', 'communeClass', 'unitId', 'from', 'to'] as const;
type Sort = (typeof keyAreaSortKeys)[number];
const sort = (key: Sort) => key;

/** `/key-areas`: the register of designations — status, class, commune and decision dates in the URL. */
export default function KeyAreasPage() {
  const { at } = useAreaText();
  const list = useListState(FILTERS);
  const areas = useKeyAreas(list.apiParams);
  const canWrite = usePermission('key_area.write');
  const { filters } = list.state;
  const communes = useCommuneOptions(todayIso());
  const statuses = (filters.status?.split(',') ?? []) as KeyAreaStatus[];
  const classes = (filters.communeClass?.split(',') ?? []) as CommuneClassName[];

  const columns: ListColumn<KeyArea>[] = [
    {
      key: 'unit',
      title: at('field.commune'),
      cardTitle: true,
      render: (_, a) => (
        <Flex vertical style={{ minWidth: 140, whiteSpace: 'normal' }}>
          <Link to={`/key-areas/${a.id}`}>
            <Typography.Text strong style={{ color: 'inherit' }}>
              {a.unit.name}
            </Typography.Text>
          </Link>
          {a.isDemo && (
            <span>
              <DemoTag />
            </span>
          )}
        </Flex>
      ),
    },
    {
      key: 'communeClass',
      title: at('field.communeClass'),
      sortKey: sort('communeClass'),
      render: (_, a) => <ClassTag value={a.communeClass} />,
    },
    {
      key: 'status',
      title: at('field.status'),
      sortKey: sort('status'),
      render: (_, a) => <KeyAreaStatusTag status={a.status} />,
    },
    {
      key: 'decision',
      title: at('field.decisionNumber'),
      render: (_, a) => (
        <Flex vertical style={{ minWidth: 120 }}>
          <span style={{ overflowWrap: 'anywhere' }}>{a.decisionNumber}</span>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {a.decisionIssuer}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'decisionDate',
      title: at('field.decisionDate'),
      dataIndex: 'decisionDate',
      sortKey: sort('decisionDate'),
      render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(v)}</span>,
    },
  ];

  return (
    <>
      <PageHeader
        title={areaTitle('list')}
        extra={
          <Flex gap={8} wrap>
            <Link to="/areas">
              <Button>{at('list.province')}</Button>
            </Link>
            {canWrite && (
              <Link to="/key-areas/new">
                <Button type="primary">{at('list.create')}</Button>
              </Link>
            )}
          </Flex>
        }
      />
      <Flex gap={16} wrap style={{ marginTop: -8, marginBottom: 12 }}>
        <Link to="/key-areas/classifications">{at('province.classifications')}</Link>
        <Link to="/key-areas/figures">{at('province.figures')}</Link>
      </Flex>
      <FilterBar list={list} searchLabel={at('list.search')}>
        <Select<KeyAreaStatus[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          aria-label={at('field.status')}
          placeholder={at('list.allStatuses')}
          value={statuses}
          onChange={(v) => list.update({ filters: { status: v.length ? v.join(',') : undefined } })}
          options={keyAreaStatuses.map((s) => ({ value: s, label: at(`status.${s}`) }))}
        />
        <Select<CommuneClassName[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          aria-label={at('field.communeClass')}
          placeholder={at('list.allClasses')}
          value={classes}
          onChange={(v) => list.update({ filters: { communeClass: v.length ? v.join(',') : undefined } })}
          options={communeClasses.map((c) => ({ value: c, label: at(`communeClass.${c}`) }))}
        />
        <Select
          allowClear
          showSearch={communeSearch}
          aria-label={at('field.commune')}
          placeholder={at('common.allCommunes')}
          value={filters.unitId}
          onChange={(v) => list.update({ filters: { unitId: v } })}
          options={communes.options}
          loading={communes.loading}
        />
        <DatePicker.RangePicker
          aria-label={at('list.decisionPeriod')}
          placeholder={[at('common.from'), at('common.to')]}
          format={DATE_FORMAT}
          inputReadOnly
          classNames={{ popup: { root: 'pcmt-range-popup' } }}
          value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
          onChange={(range) =>
            list.update({
              filters: { from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') },
            })
          }
        />
      </FilterBar>
      <ListView<KeyArea, (typeof FILTERS)[number]>
        list={list}
        query={areas}
        columns={columns}
        rowKey="id"
        label={at('list.label')}
        emptyText={at('list.empty')}
        actions={(a) => (
          <Link to={`/key-areas/${a.id}`}>
            <Button size="small">{at('common.open')}</Button>
          </Link>
        )}
      />
    </>
  );
}
