import {
  type ActivityStatus,
  activityStatuses,
  type Propaganda,
  type PropagandaForm,
  type PropagandaTargetGroup,
  type PropagandaTopic,
  propagandaForms,
  type propagandaSortKeys,
  propagandaTargetGroups,
  propagandaTopics,
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
import { usePropagandaList } from './propaganda-api.ts';
import { ActivityStatusTag } from './tags.tsx';

const FILTERS = ['status', 'form', 'targetGroup', 'topic', 'unitId', 'from', 'to'] as const;
const sort = (key: (typeof propagandaSortKeys)[number]) => key;
const day = (v: string | undefined) => (v ? dayjs(v) : null);

/** `/propaganda`: status, form, target group, topic, commune and period in the URL; titles searched without diacritics. */
export default function PropagandaPage() {
  const { pt } = usePropagandaText();
  const list = useListState(FILTERS);
  const rows = usePropagandaList(list.apiParams);
  const canWrite = usePermission('propaganda.write');
  const canCount = usePermission('propaganda.statistics');
  const communes = useCommuneOptions(todayIso());
  const { filters } = list.state;

  const columns: ListColumn<Propaganda>[] = [
    {
      key: 'title',
      title: pt('field.title'),
      sortKey: sort('title'),
      cardTitle: true,
      render: (_, p) => (
        <Flex vertical style={{ minWidth: 180, whiteSpace: 'normal' }}>
          <Link to={`/propaganda/${p.id}`}>
            <Typography.Text strong style={{ color: 'inherit' }}>
              {p.title}
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
      key: 'dateFrom',
      title: pt('field.dateFrom'),
      sortKey: sort('dateFrom'),
      render: (_, p) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {formatDate(p.dateFrom)}
          {p.dateTo !== p.dateFrom ? ` – ${formatDate(p.dateTo)}` : ''}
        </span>
      ),
    },
    {
      key: 'status',
      title: pt('field.status'),
      render: (_, p) => <ActivityStatusTag status={p.status} />,
    },
    {
      key: 'unit',
      title: pt('field.unit'),
      render: (_, p) => (
        <Flex vertical style={{ minWidth: 120, whiteSpace: 'normal' }}>
          <span>{p.unit.name}</span>
          {p.units.length > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              + {p.units.map((u) => u.name).join(', ')}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'forms',
      title: pt('field.forms'),
      render: (_, p) => (
        <span style={{ whiteSpace: 'normal' }}>{p.forms.map((f) => pt(`formKind.${f}`)).join('; ')}</span>
      ),
    },
    {
      key: 'participants',
      title: pt('field.participants'),
      sortKey: sort('participants'),
      render: (_, p) =>
        p.participants !== null ? (
          <span style={{ whiteSpace: 'nowrap' }}>{formatNumber(p.participants)}</span>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={pt('list.heading')}
        extra={
          <Flex gap={8} wrap>
            {canCount && (
              <Link to="/propaganda/statistics">
                <Button>{pt('list.statistics')}</Button>
              </Link>
            )}
            {canWrite && (
              <Link to="/propaganda/new">
                <Button>{pt('list.create')}</Button>
              </Link>
            )}
            {canWrite && (
              <Link to="/propaganda/record">
                <Button type="primary">{pt('list.record')}</Button>
              </Link>
            )}
          </Flex>
        }
      />
      <FiltersLayout list={list} searchLabel={pt('list.search')} filtersLabel={pt('list.filters')}>
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
        <Select<PropagandaForm[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          aria-label={pt('field.forms')}
          placeholder={pt('list.allForms')}
          value={many<PropagandaForm>(filters.form)}
          onChange={(v) => list.update({ filters: { form: joined(v) } })}
          options={propagandaForms.map((f) => ({ value: f, label: pt(`formKind.${f}`) }))}
        />
        <Select<PropagandaTargetGroup[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          aria-label={pt('field.targetGroups')}
          placeholder={pt('list.allGroups')}
          value={many<PropagandaTargetGroup>(filters.targetGroup)}
          onChange={(v) => list.update({ filters: { targetGroup: joined(v) } })}
          options={propagandaTargetGroups.map((g) => ({ value: g, label: pt(`group.${g}`) }))}
        />
        <Select<PropagandaTopic[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          aria-label={pt('field.topics')}
          placeholder={pt('list.allTopics')}
          value={many<PropagandaTopic>(filters.topic)}
          onChange={(v) => list.update({ filters: { topic: joined(v) } })}
          options={propagandaTopics.map((x) => ({ value: x, label: pt(`topic.${x}`) }))}
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
      <ListView<Propaganda, (typeof FILTERS)[number]>
        list={list}
        query={rows}
        columns={columns}
        rowKey="id"
        label={pt('list.label')}
        emptyText={pt('list.empty')}
        actions={(p) => (
          <Link to={`/propaganda/${p.id}`}>
            <Button size="small">{pt('list.open')}</Button>
          </Link>
        )}
      />
    </>
  );
}
