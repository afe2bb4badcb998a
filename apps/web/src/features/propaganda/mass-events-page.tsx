import {
  type ActivityStatus,
  activityStatuses,
  type MassEvent,
  type MassEventKind,
  massEventKinds,
  type massEventSortKeys,
} from '@pcmt/contracts';
import { Button, DatePicker, Flex, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { DemoTag } from '../../components/demo-tag.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { DATE_FORMAT, formatDate, formatNumber, todayIso } from '../../i18n/format.ts';
import { type ListColumn, ListView } from '../../kit/list/list-view.tsx';
import { useListState } from '../../kit/list/use-list-state.ts';
import { usePermission } from '../../kit/permissions.ts';
import { communeSearch, useCommuneOptions } from '../key-areas/on-date.tsx';
import { joined, many } from '../mobilisation/choices.ts';
import { FiltersLayout } from '../mobilisation/filters-layout.tsx';
import { usePropagandaText } from './i18n.ts';
import { useMassEvents } from './propaganda-api.ts';
import { ActivityStatusTag } from './tags.tsx';

const FILTERS = ['status', 'kind', 'unitId', 'from', 'to'] as const;
const sort = (key: (typeof massEventSortKeys)[number]) => key;
const day = (v: string | undefined) => (v ? dayjs(v) : null);

/** `/mass-events`: kind, status, commune and period in the URL. */
export default function MassEventsPage() {
  const { pt } = usePropagandaText();
  const list = useListState(FILTERS);
  const rows = useMassEvents(list.apiParams);
  const canWrite = usePermission('mass_event.write');
  const communes = useCommuneOptions(todayIso());
  const { filters } = list.state;

  const columns: ListColumn<MassEvent>[] = [
    {
      key: 'title',
      title: pt('field.eventTitle'),
      sortKey: sort('title'),
      cardTitle: true,
      render: (_, e) => (
        <Flex vertical style={{ minWidth: 180, whiteSpace: 'normal' }}>
          <Link to={`/mass-events/${e.id}`}>
            <Typography.Text strong style={{ color: 'inherit' }}>
              {e.title}
            </Typography.Text>
          </Link>
          {e.isDemo && (
            <span>
              <DemoTag />
            </span>
          )}
        </Flex>
      ),
    },
    {
      key: 'kind',
      title: pt('field.kind'),
      render: (_, e) => <span style={{ whiteSpace: 'normal' }}>{pt(`kind.${e.kind}`)}</span>,
    },
    {
      key: 'on',
      title: pt('field.on'),
      sortKey: sort('on'),
      render: (_, e) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(e.on)}</span>,
    },
    { key: 'status', title: pt('field.status'), render: (_, e) => <ActivityStatusTag status={e.status} /> },
    { key: 'unit', title: pt('field.unit'), render: (_, e) => e.unit.name },
    {
      key: 'participants',
      title: pt('field.participants'),
      sortKey: sort('participants'),
      render: (_, e) => (e.participants !== null ? formatNumber(e.participants) : '—'),
    },
  ];

  return (
    <>
      <PageHeader
        title={pt('events.heading')}
        extra={
          canWrite && (
            <Link to="/mass-events/new">
              <Button type="primary">{pt('events.create')}</Button>
            </Link>
          )
        }
      />
      <FiltersLayout list={list} searchLabel={pt('events.search')} filtersLabel={pt('list.filters')}>
        <Select<MassEventKind[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          aria-label={pt('field.kind')}
          placeholder={pt('events.allKinds')}
          value={many<MassEventKind>(filters.kind)}
          onChange={(v) => list.update({ filters: { kind: joined(v) } })}
          options={massEventKinds.map((k) => ({ value: k, label: pt(`kind.${k}`) }))}
          style={{ minWidth: 220 }}
        />
        <Select<ActivityStatus[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          aria-label={pt('field.status')}
          placeholder={pt('list.allStatuses')}
          value={many<ActivityStatus>(filters.status)}
          onChange={(v) => list.update({ filters: { status: joined(v) } })}
          options={activityStatuses.map((s) => ({ value: s, label: pt(`status.${s}`) }))}
        />
        <Select
          allowClear
          showSearch={communeSearch}
          aria-label={pt('field.unit')}
          placeholder={pt('list.allCommunes')}
          value={filters.unitId}
          onChange={(v) => list.update({ filters: { unitId: v } })}
          options={communes.options}
          loading={communes.loading}
        />
        <DatePicker
          aria-label={pt('list.from')}
          placeholder={pt('list.from')}
          format={DATE_FORMAT}
          inputReadOnly
          value={day(filters.from)}
          onChange={(d) => list.update({ filters: { from: d ? d.format('YYYY-MM-DD') : undefined } })}
        />
        <DatePicker
          aria-label={pt('list.to')}
          placeholder={pt('list.to')}
          format={DATE_FORMAT}
          inputReadOnly
          value={day(filters.to)}
          onChange={(d) => list.update({ filters: { to: d ? d.format('YYYY-MM-DD') : undefined } })}
        />
      </FiltersLayout>
      <ListView<MassEvent, (typeof FILTERS)[number]>
        list={list}
        query={rows}
        columns={columns}
        rowKey="id"
        label={pt('events.label')}
        emptyText={pt('events.empty')}
        actions={(e) => (
          <Link to={`/mass-events/${e.id}`}>
            <Button size="small">{pt('list.open')}</Button>
          </Link>
        )}
      />
    </>
  );
}
