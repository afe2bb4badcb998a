import {
  type Plant,
  type PlantSpecies,
  type PlantStatus,
  type plantSortKeys,
  plantSpeciesList,
  plantStatuses,
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
import { usePlantText } from './i18n.ts';
import { usePlants } from './plants-api.ts';
import { PlantStatusTag, useAmount } from './tags.tsx';

const FILTERS = ['species', 'status', 'unitId', 'from', 'to'] as const;
const sort = (key: (typeof plantSortKeys)[number]) => key;

/**
 * `/plants`: narcotic plants found — species, status, commune and detection period in the URL, place and grower
 * searched without diacritics; cards on phones (filters behind a button), a table on wider screens.
 */
export default function PlantsPage() {
  const { pt } = usePlantText();
  const list = useListState(FILTERS);
  const plants = usePlants(list.apiParams);
  const canWrite = usePermission('plant.write');
  const canCount = usePermission('plant.statistics');
  const communes = useCommuneOptions(todayIso());
  const amount = useAmount();
  const { filters } = list.state;

  const columns: ListColumn<Plant>[] = [
    {
      key: 'species',
      title: pt('field.species'),
      sortKey: sort('species'),
      cardTitle: true,
      render: (_, p) => (
        <Flex vertical style={{ minWidth: 150, whiteSpace: 'normal' }}>
          <Link to={`/plants/${p.id}`}>
            <Typography.Text strong style={{ color: 'inherit' }}>
              {p.species === 'other' && p.speciesName ? p.speciesName : pt(`species.${p.species}`)}
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
      key: 'detectedOn',
      title: pt('field.detectedOn'),
      sortKey: sort('detectedOn'),
      render: (_, p) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(p.detectedOn)}</span>,
    },
    {
      key: 'status',
      title: pt('field.status'),
      sortKey: sort('status'),
      render: (_, p) => <PlantStatusTag status={p.status} />,
    },
    {
      key: 'amount',
      title: pt('list.amountTitle'),
      sortKey: sort('areaM2'),
      render: (_, p) => <span style={{ whiteSpace: 'nowrap' }}>{amount(p.areaM2, p.plantCount)}</span>,
    },
    {
      key: 'unit',
      title: pt('field.unit'),
      render: (_, p) => (
        <Flex vertical style={{ minWidth: 120, whiteSpace: 'normal' }}>
          <span>{p.unit.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 13, overflowWrap: 'anywhere' }}>
            {p.place}
          </Typography.Text>
        </Flex>
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
              <Link to="/plants/statistics">
                <Button>{pt('list.statistics')}</Button>
              </Link>
            )}
            {canWrite && (
              <Link to="/plants/new">
                <Button>{pt('list.create')}</Button>
              </Link>
            )}
            {canWrite && (
              <Link to="/plants/quick">
                <Button type="primary">{pt('list.quick')}</Button>
              </Link>
            )}
          </Flex>
        }
      />
      <Filters list={list} searchLabel={pt('list.search')}>
        <Select<PlantSpecies[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          aria-label={pt('field.species')}
          placeholder={pt('list.allSpecies')}
          value={many<PlantSpecies>(filters.species)}
          onChange={(v) => list.update({ filters: { species: joined(v) } })}
          options={plantSpeciesList.map((s) => ({ value: s, label: pt(`species.${s}`) }))}
        />
        <Select<PlantStatus[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          aria-label={pt('field.status')}
          placeholder={pt('list.allStatuses')}
          value={many<PlantStatus>(filters.status)}
          onChange={(v) => list.update({ filters: { status: joined(v) } })}
          options={plantStatuses.map((s) => ({ value: s, label: pt(`status.${s}`) }))}
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
        <PeriodFilter list={list} />
      </Filters>
      <ListView<Plant, (typeof FILTERS)[number]>
        list={list}
        query={plants}
        columns={columns}
        rowKey="id"
        label={pt('list.label')}
        emptyText={pt('list.empty')}
        actions={(p) => (
          <Link to={`/plants/${p.id}`}>
            <Button size="small">{pt('list.open')}</Button>
          </Link>
        )}
      />
    </>
  );
}
