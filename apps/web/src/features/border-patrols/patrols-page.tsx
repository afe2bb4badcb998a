import {
  type BorderPatrol,
  type BorderPatrolKind,
  type BorderPatrolStatus,
  borderPartners,
  borderPatrolKinds,
  type borderPatrolSortKeys,
  borderPatrolStatuses,
} from '@pcmt/contracts';
import { Button, Flex, Select, Typography } from 'antd';
import { Link } from 'react-router';
import { DemoTag } from '../../components/demo-tag.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { formatDate, todayIso } from '../../i18n/format.ts';
import { type ListColumn, ListView } from '../../kit/list/list-view.tsx';
import { useListState } from '../../kit/list/use-list-state.ts';
import { usePermission } from '../../kit/permissions.ts';
import { Filters, joined, many, PeriodFilter } from '../cases/filter-controls.tsx';
import { communeSearch, useCommuneOptions } from '../key-areas/on-date.tsx';
import { useBorderReference, usePatrols } from './border-api.ts';
import { useBorderText } from './i18n.ts';
import { PartnerTags, PatrolStatusTag } from './tags.tsx';

const FILTERS = ['kind', 'status', 'unitId', 'joint', 'gateCode', 'from', 'to'] as const;
type Sort = (typeof borderPatrolSortKeys)[number];
const sort = (key: Sort) => key;

/** The period of a patrol as dd/mm/yyyy – dd/mm/yyyy (one date while it has no end). */
export const periodText = (p: BorderPatrol) =>
  p.endOn && p.endOn !== p.startOn
    ? `${formatDate(p.startOn)} – ${formatDate(p.endOn)}`
    : formatDate(p.startOn);

/**
 * `/border-patrols`: the station's patrols and controls — kind, status, commune, joint work, gate and period in
 * the URL, route or station searched without diacritics; cards on phones, a table on wider screens.
 */
export default function PatrolsPage() {
  const { xt } = useBorderText();
  const list = useListState(FILTERS);
  const patrols = usePatrols(list.apiParams);
  const reference = useBorderReference();
  const canWrite = usePermission('border_patrol.write');
  const canCount = usePermission('border_patrol.statistics');
  const communes = useCommuneOptions(todayIso());
  const { filters } = list.state;

  const columns: ListColumn<BorderPatrol>[] = [
    {
      key: 'route',
      title: xt('field.route'),
      sortKey: sort('route'),
      cardTitle: true,
      render: (_, p) => (
        <Flex vertical style={{ minWidth: 160, whiteSpace: 'normal' }}>
          <Link to={`/border-patrols/${p.id}`}>
            <Typography.Text strong style={{ color: 'inherit' }}>
              {p.route}
            </Typography.Text>
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {xt(`kind.${p.kind}`)} · {p.station}
          </Typography.Text>
          {p.isDemo && (
            <span>
              <DemoTag />
            </span>
          )}
        </Flex>
      ),
    },
    {
      key: 'startOn',
      title: xt('field.period'),
      sortKey: sort('startOn'),
      render: (_, p) => <span style={{ whiteSpace: 'nowrap' }}>{periodText(p)}</span>,
    },
    {
      key: 'status',
      title: xt('field.status'),
      sortKey: sort('status'),
      render: (_, p) => <PatrolStatusTag status={p.status} />,
    },
    {
      key: 'unit',
      title: xt('field.unit'),
      render: (_, p) => (
        <Flex vertical style={{ minWidth: 110 }}>
          <span>{p.unit.name}</span>
          {p.gate && (
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {p.gate.name}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'joint',
      title: xt('field.jointWith'),
      render: (_, p) => (p.jointWith.length ? <PartnerTags partners={p.jointWith} /> : '—'),
    },
    {
      key: 'results',
      title: xt('detail.results'),
      render: (_, p) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {xt('list.results', { arrests: p.arrests, tips: p.tipsPassed })}
        </span>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={xt('list.heading')}
        extra={
          <Flex gap={8} wrap>
            {canCount && (
              <Link to="/border-patrols/statistics">
                <Button>{xt('list.statistics')}</Button>
              </Link>
            )}
            {canWrite && (
              <Link to="/border-patrols/new">
                <Button type="primary">{xt('list.create')}</Button>
              </Link>
            )}
          </Flex>
        }
      />
      <Filters list={list} searchLabel={xt('list.search')}>
        <Select<BorderPatrolKind[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          aria-label={xt('field.kind')}
          placeholder={xt('list.allKinds')}
          value={many<BorderPatrolKind>(filters.kind)}
          onChange={(v) => list.update({ filters: { kind: joined(v) } })}
          options={borderPatrolKinds.map((k) => ({ value: k, label: xt(`kind.${k}`) }))}
        />
        <Select<BorderPatrolStatus[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          aria-label={xt('field.status')}
          placeholder={xt('list.allStatuses')}
          value={many<BorderPatrolStatus>(filters.status)}
          onChange={(v) => list.update({ filters: { status: joined(v) } })}
          options={borderPatrolStatuses.map((s) => ({ value: s, label: xt(`status.${s}`) }))}
        />
        <Select
          allowClear
          showSearch={communeSearch}
          aria-label={xt('field.unit')}
          placeholder={xt('list.allCommunes')}
          value={filters.unitId}
          onChange={(v) => list.update({ filters: { unitId: v } })}
          options={communes.options}
          loading={communes.loading}
        />
        <Select
          allowClear
          aria-label={xt('field.jointWith')}
          placeholder={xt('list.jointAny')}
          value={filters.joint}
          onChange={(v) => list.update({ filters: { joint: v } })}
          options={[
            { value: 'joint', label: xt('list.joint') },
            { value: 'foreign', label: xt('list.foreign') },
            ...borderPartners.map((p) => ({ value: p, label: xt(`partner.${p}`) })),
          ]}
        />
        <Select
          allowClear
          aria-label={xt('field.gate')}
          placeholder={xt('list.allGates')}
          value={filters.gateCode}
          onChange={(v) => list.update({ filters: { gateCode: v } })}
          options={(reference.data?.gates ?? []).map((g) => ({ value: g.code, label: g.name }))}
          loading={reference.isPending}
        />
        <PeriodFilter list={list} />
      </Filters>
      <ListView<BorderPatrol, (typeof FILTERS)[number]>
        list={list}
        query={patrols}
        columns={columns}
        rowKey="id"
        label={xt('list.label')}
        emptyText={xt('list.empty')}
        actions={(p) => (
          <Flex gap={4} wrap>
            <Link to={`/border-patrols/${p.id}`}>
              <Button size="small">{xt('list.open')}</Button>
            </Link>
            {canWrite && (p.status === 'in_progress' || p.status === 'completed') && (
              <Link to={`/border-patrols/${p.id}/result`}>
                <Button size="small">{xt('list.result')}</Button>
              </Link>
            )}
          </Flex>
        )}
      />
    </>
  );
}
