import {
  type Support,
  type SupportKind,
  type SupportSource,
  supportKinds,
  type supportSortKeys,
  supportSources,
} from '@pcmt/contracts';
import { Button, Flex, Select, Typography } from 'antd';
import { Link } from 'react-router';
import { DemoTag } from '../../components/demo-tag.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { type ListColumn, ListView } from '../../kit/list/list-view.tsx';
import { useListState } from '../../kit/list/use-list-state.ts';
import { usePermission } from '../../kit/permissions.ts';
import { joined, many } from '../mobilisation/choices.ts';
import { FiltersLayout } from '../mobilisation/filters-layout.tsx';
import { useSupportList } from './grassroots-api.ts';
import { useGrassrootsText } from './i18n.ts';
import { useUnitChoices } from './unit-choices.ts';

const FILTERS = ['kind', 'source', 'unitId', 'from', 'to'] as const;
const sort = (key: (typeof supportSortKeys)[number]) => key;

/** `/support`: kind, source and receiving commune in the URL; description or decision searched. */
export default function SupportPage() {
  const { gt } = useGrassrootsText();
  const list = useListState(FILTERS);
  const rows = useSupportList(list.apiParams);
  const canWrite = usePermission('support.write');
  const canCount = usePermission('support.statistics');
  const units = useUnitChoices({ communesOnly: true });
  const { filters } = list.state;

  const columns: ListColumn<Support>[] = [
    {
      key: 'description',
      title: gt('field.description'),
      cardTitle: true,
      render: (_, s) => (
        <Flex vertical style={{ minWidth: 150, whiteSpace: 'normal' }}>
          <Link to={`/support/${s.id}`}>
            <Typography.Text strong style={{ color: 'inherit' }}>
              {s.description}
            </Typography.Text>
          </Link>
          {s.isDemo && (
            <span>
              <DemoTag />
            </span>
          )}
        </Flex>
      ),
    },
    { key: 'kind', title: gt('field.kind'), render: (_, s) => gt(`supportKind.${s.kind}`) },
    { key: 'unit', title: gt('field.receivingUnit'), render: (_, s) => s.unit.name },
    {
      key: 'on',
      title: gt('field.on'),
      sortKey: sort('on'),
      render: (_, s) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(s.on)}</span>,
    },
    {
      key: 'quantity',
      title: gt('field.quantity'),
      render: (_, s) => (s.quantity !== null ? `${formatNumber(s.quantity)} ${s.quantityUnit ?? ''}` : '—'),
    },
    {
      key: 'valueVnd',
      title: gt('field.valueVnd'),
      sortKey: sort('valueVnd'),
      render: (_, s) => (
        <span style={{ whiteSpace: 'nowrap' }}>{s.valueVnd !== null ? formatNumber(s.valueVnd) : '—'}</span>
      ),
    },
    { key: 'source', title: gt('field.source'), render: (_, s) => gt(`source.${s.source}`) },
  ];

  return (
    <>
      <PageHeader
        title={gt('support.heading')}
        extra={
          <Flex gap={8} wrap>
            {canCount && (
              <Link to="/support/statistics">
                <Button>{gt('common.statistics')}</Button>
              </Link>
            )}
            {canWrite && (
              <Link to="/support/new">
                <Button type="primary">{gt('support.create')}</Button>
              </Link>
            )}
          </Flex>
        }
      />
      <FiltersLayout list={list} searchLabel={gt('common.search')} filtersLabel={gt('common.filters')}>
        <Select<SupportKind[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          aria-label={gt('field.kind')}
          placeholder={gt('support.allKinds')}
          value={many<SupportKind>(filters.kind)}
          onChange={(v) => list.update({ filters: { kind: joined(v) } })}
          options={supportKinds.map((k) => ({ value: k, label: gt(`supportKind.${k}`) }))}
        />
        <Select<SupportSource[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          aria-label={gt('field.source')}
          placeholder={gt('support.allSources')}
          value={many<SupportSource>(filters.source)}
          onChange={(v) => list.update({ filters: { source: joined(v) } })}
          options={supportSources.map((k) => ({ value: k, label: gt(`source.${k}`) }))}
        />
        <Select
          allowClear
          showSearch={units.search}
          aria-label={gt('field.receivingUnit')}
          placeholder={gt('common.allCommunes')}
          value={filters.unitId}
          onChange={(v) => list.update({ filters: { unitId: v } })}
          options={units.all}
          loading={units.loading}
        />
      </FiltersLayout>
      <ListView<Support, (typeof FILTERS)[number]>
        list={list}
        query={rows}
        columns={columns}
        rowKey="id"
        label={gt('support.label')}
        emptyText={gt('support.empty')}
        actions={(s) => (
          <Link to={`/support/${s.id}`}>
            <Button size="small">{gt('common.open')}</Button>
          </Link>
        )}
      />
    </>
  );
}
