import { type RingKind, type RingSummary, ringKinds, type ringSortKeys } from '@pcmt/contracts';
import { Button, Flex, Select, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { DemoTag } from '../../components/demo-tag.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { formatDate, todayIso } from '../../i18n/format.ts';
import { FilterBar } from '../../kit/list/filter-bar.tsx';
import { type ListColumn, ListView } from '../../kit/list/list-view.tsx';
import { useListState } from '../../kit/list/use-list-state.ts';
import { usePermission } from '../../kit/permissions.ts';
import { communeSearch, useCommuneOptions } from '../key-areas/on-date.tsx';
import { useRingText } from './i18n.ts';
import { ringTitle } from './nav.ts';
import { useRings } from './rings-api.ts';

const FILTERS = ['kind', 'unitId'] as const;
const sort = (k: (typeof ringSortKeys)[number]) => k;

/** `/rings`: đường dây, ổ nhóm of the jurisdiction, searched by name, filtered by kind and commune (in the URL). */
export default function RingsPage() {
  const { rt } = useRingText();
  const list = useListState(FILTERS);
  const rings = useRings(list.apiParams);
  const canWrite = usePermission('person.write');
  const communes = useCommuneOptions(todayIso());
  const { filters } = list.state;

  const columns: ListColumn<RingSummary>[] = [
    {
      key: 'name',
      title: rt('field.name'),
      sortKey: sort('name'),
      cardTitle: true,
      render: (_, r) => (
        <Flex vertical style={{ minWidth: 160, whiteSpace: 'normal', overflowWrap: 'anywhere' }}>
          <Link to={`/rings/${r.id}`}>
            <Typography.Text strong style={{ color: 'inherit' }}>
              {r.name}
            </Typography.Text>
          </Link>
          <span>
            <Tag style={{ marginInlineEnd: 4 }}>{rt(`kind.${r.kind}`)}</Tag>
            {r.isDemo && <DemoTag />}
          </span>
        </Flex>
      ),
    },
    {
      key: 'detectedOn',
      title: rt('field.detectedOn'),
      sortKey: sort('detectedOn'),
      render: (_, r) => (
        <Flex vertical>
          <span>{formatDate(r.detectedOn) || '—'}</span>
          <Typography.Text type={r.dismantledOn ? 'secondary' : 'warning'} style={{ fontSize: 13 }}>
            {r.dismantledOn ? rt('list.dismantled', { date: formatDate(r.dismantledOn) }) : rt('list.active')}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'members', title: rt('field.members'), render: (_, r) => r.memberCount },
    { key: 'unit', title: rt('field.unit'), render: (_, r) => r.unit.name },
  ];

  return (
    <>
      <PageHeader
        title={ringTitle('list')}
        extra={
          canWrite && (
            <Link to="/rings/new">
              <Button type="primary">{rt('list.create')}</Button>
            </Link>
          )
        }
      />
      <FilterBar list={list} searchLabel={rt('list.search')}>
        <Select<RingKind>
          allowClear
          aria-label={rt('field.kind')}
          placeholder={rt('list.allKinds')}
          value={filters.kind as RingKind | undefined}
          onChange={(v) => list.update({ filters: { kind: v } })}
          options={ringKinds.map((k) => ({ value: k, label: rt(`kind.${k}`) }))}
        />
        <Select
          allowClear
          showSearch={communeSearch}
          aria-label={rt('field.unit')}
          placeholder={rt('list.allCommunes')}
          value={filters.unitId}
          onChange={(v) => list.update({ filters: { unitId: v } })}
          options={communes.options}
          loading={communes.loading}
        />
      </FilterBar>
      <ListView<RingSummary, (typeof FILTERS)[number]>
        list={list}
        query={rings}
        columns={columns}
        rowKey="id"
        label={rt('list.label')}
        emptyText={rt('list.empty')}
        actions={(r) => (
          <Link to={`/rings/${r.id}`}>
            <Button size="small">{rt('list.open')}</Button>
          </Link>
        )}
      />
    </>
  );
}
