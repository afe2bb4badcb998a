import { FilterOutlined } from '@ant-design/icons';
import {
  type DrugStatus,
  drugStatuses,
  type MeasureType,
  measureTypes,
  type PersonStatus,
  type PersonSummary,
  type personSortKeys,
  personStatuses,
  type Sex,
  sexes,
} from '@pcmt/contracts';
import { Button, Checkbox, Flex, Grid, InputNumber, Select, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { DemoTag } from '../../components/demo-tag.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { todayIso } from '../../i18n/format.ts';
import { type ListColumn, ListView } from '../../kit/list/list-view.tsx';
import { useListState } from '../../kit/list/use-list-state.ts';
import { usePermission } from '../../kit/permissions.ts';
import { communeSearch, useCommuneOptions } from '../key-areas/on-date.tsx';
import { ExportButton } from './export-button.tsx';
import { usePersonText } from './i18n.ts';
import { usePersonLinksText } from './links-i18n.ts';
import { personTitle } from './nav.ts';
import { birthText } from './person-format.ts';
import { PersonSearchBox } from './person-search-box.tsx';
import { usePersons } from './persons-api.ts';
import { DrugStatusTag, PersonStatusTag } from './tags.tsx';

const FILTERS = ['drugStatus', 'status', 'unitId', 'sex', 'birthYear', 'measureType', 'alertsDue'] as const;
type Sort = (typeof personSortKeys)[number];
const sort = (key: Sort) => key;

/**
 * `/persons`: search first (a name without diacritics, or 12 CCCD digits), then the filters the contract offers
 * (drug status, open status, commune, sex, birth year), all in the URL; cards on phones, a table on wider screens.
 * The CCCD is shown only as the server masks it.
 */
export default function PersonsPage() {
  const { pt } = usePersonText();
  const { lt } = usePersonLinksText();
  const list = useListState(FILTERS);
  const persons = usePersons(list.apiParams);
  const canWrite = usePermission('person.write');
  const canCount = usePermission('person.aggregate');
  const communes = useCommuneOptions(todayIso());
  const { filters } = list.state;
  const drug = (filters.drugStatus?.split(',') ?? []) as DrugStatus[];
  const measure = filters.measureType?.split(',') as MeasureType[] | undefined;
  // The export takes the list's filters as they are (no paging).
  const exportFilters = {
    q: list.state.q,
    unitId: filters.unitId,
    drugStatus: drug.length ? drug : undefined,
    status: filters.status as PersonStatus | undefined,
    sex: filters.sex as Sex | undefined,
    birthYear: filters.birthYear ? Number(filters.birthYear) : undefined,
    measureType: measure,
    alertsDue: filters.alertsDue === 'true' ? true : undefined,
  };
  // On a phone the results come right under the search box: the filters open on demand.
  const phone = Grid.useBreakpoint().sm === false;
  const active = Object.keys(filters).length;
  const [showFilters, setShowFilters] = useState(false);

  const columns: ListColumn<PersonSummary>[] = [
    {
      key: 'fullName',
      title: pt('field.fullName'),
      sortKey: sort('fullName'),
      cardTitle: true,
      render: (_, p) => (
        <Flex vertical style={{ minWidth: 160, whiteSpace: 'normal' }}>
          <Link to={`/persons/${p.id}`}>
            <Typography.Text strong style={{ color: 'inherit' }}>
              {p.fullName}
            </Typography.Text>
          </Link>
          {p.aliases.length > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 'normal' }}>
              {p.aliases.join(', ')}
            </Typography.Text>
          )}
          {p.isDemo && (
            <span>
              <DemoTag />
            </span>
          )}
        </Flex>
      ),
    },
    {
      key: 'birthDate',
      title: pt('field.birth'),
      sortKey: sort('birthDate'),
      render: (_, p) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {birthText(p)} · {pt(`sex.${p.sex}`)}
        </span>
      ),
    },
    {
      key: 'cccd',
      title: pt('field.cccd'),
      render: (_, p) => <span style={{ fontFamily: 'monospace' }}>{p.cccdMasked ?? '—'}</span>,
    },
    {
      key: 'drugStatus',
      title: pt('field.drugStatus'),
      sortKey: sort('drugStatus'),
      render: (_, p) => (
        <Flex gap={4} wrap>
          <DrugStatusTag status={p.drugStatus} />
          {p.openStatuses
            .filter((s) => s !== p.drugStatus)
            .map((s) => (
              <PersonStatusTag key={s} status={s} />
            ))}
        </Flex>
      ),
    },
    { key: 'unit', title: pt('field.unit'), render: (_, p) => p.unit.name },
  ];

  return (
    <>
      <PageHeader
        title={personTitle('list')}
        extra={
          <Flex gap={8} wrap>
            <ExportButton filters={exportFilters} total={persons.data?.total} />
            {canCount && (
              <Link to="/persons/statistics">
                <Button>{pt('list.statistics')}</Button>
              </Link>
            )}
            {canWrite && (
              <Link to="/persons/new">
                <Button type="primary">{pt('list.create')}</Button>
              </Link>
            )}
          </Flex>
        }
      />
      <PersonSearchBox list={list} />
      {phone && (
        <Button
          icon={<FilterOutlined aria-hidden />}
          aria-expanded={showFilters}
          onClick={() => setShowFilters(!showFilters)}
          style={{ marginBottom: 12 }}
        >
          {active > 0 ? `${pt('list.filters')} (${active})` : pt('list.filters')}
        </Button>
      )}
      <Flex
        gap={12}
        wrap
        className="pcmt-filter-bar"
        style={{ marginBottom: 16, display: phone && !showFilters ? 'none' : undefined }}
        aria-label={pt('list.filters')}
      >
        <Select<DrugStatus[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          aria-label={pt('field.drugStatus')}
          placeholder={pt('list.allDrugStatuses')}
          value={drug}
          onChange={(v) => list.update({ filters: { drugStatus: v.length ? v.join(',') : undefined } })}
          options={drugStatuses.map((s) => ({ value: s, label: pt(`drugStatus.${s}`) }))}
        />
        <Select<PersonStatus>
          allowClear
          aria-label={pt('field.statuses')}
          placeholder={pt('list.allStatuses')}
          value={filters.status as PersonStatus | undefined}
          onChange={(v) => list.update({ filters: { status: v } })}
          options={personStatuses.map((s) => ({ value: s, label: pt(`status.${s}`) }))}
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
        <Select<Sex>
          allowClear
          aria-label={pt('field.sex')}
          placeholder={pt('list.allSexes')}
          value={filters.sex as Sex | undefined}
          onChange={(v) => list.update({ filters: { sex: v } })}
          options={sexes.map((s) => ({ value: s, label: pt(`sex.${s}`) }))}
        />
        <Select<MeasureType>
          allowClear
          aria-label={lt('filters.measureType')}
          placeholder={lt('filters.measureType')}
          value={measure?.[0]}
          onChange={(v) => list.update({ filters: { measureType: v } })}
          options={measureTypes.map((m) => ({ value: m, label: pt(`measureType.${m}`) }))}
          popupMatchSelectWidth={false}
        />
        <Checkbox
          checked={filters.alertsDue === 'true'}
          onChange={(e) => list.update({ filters: { alertsDue: e.target.checked ? 'true' : undefined } })}
          style={{ alignSelf: 'center' }}
        >
          {lt('filters.alertsDue')}
        </Checkbox>
        <InputNumber<number>
          aria-label={pt('list.birthYear')}
          placeholder={pt('list.birthYear')}
          min={1900}
          max={2100}
          controls={false}
          inputMode="numeric"
          style={{ width: '100%' }}
          value={filters.birthYear ? Number(filters.birthYear) : null}
          onChange={(v) =>
            list.update({ filters: { birthYear: v && v >= 1900 && v <= 2100 ? String(v) : undefined } })
          }
        />
      </Flex>
      <ListView<PersonSummary, (typeof FILTERS)[number]>
        list={list}
        query={persons}
        columns={columns}
        rowKey="id"
        label={pt('list.label')}
        emptyText={pt('list.empty')}
        actions={(p) => (
          <Link to={`/persons/${p.id}`}>
            <Button size="small">{pt('list.open')}</Button>
          </Link>
        )}
      />
    </>
  );
}
