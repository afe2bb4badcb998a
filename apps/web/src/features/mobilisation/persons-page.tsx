import {
  type PrestigeRole,
  type PrestigeStatus,
  type PrestigiousPerson,
  prestigeRoles,
  prestigeStatuses,
  type prestigiousPersonSortKeys,
  type Religion,
  religions,
} from '@pcmt/contracts';
import { Button, Flex, Select, Typography } from 'antd';
import { Link } from 'react-router';
import { DemoTag } from '../../components/demo-tag.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { formatDate, formatNumber, todayIso } from '../../i18n/format.ts';
import { type ListColumn, ListView } from '../../kit/list/list-view.tsx';
import { useListState } from '../../kit/list/use-list-state.ts';
import { usePermission } from '../../kit/permissions.ts';
import { communeSearch, useCommuneOptions } from '../key-areas/on-date.tsx';
import { ethnicityOptions, ethnicitySearch, joined, many } from './choices.ts';
import { FiltersLayout } from './filters-layout.tsx';
import { useMobilisationText } from './i18n.ts';
import { usePersons } from './mobilisation-api.ts';
import { PersonStatusTag } from './tags.tsx';

const FILTERS = ['role', 'status', 'religion', 'ethnicity', 'unitId'] as const;
const sort = (key: (typeof prestigiousPersonSortKeys)[number]) => key;

/**
 * `/prestigious-persons`: role, status, religion, ethnicity and commune in the URL, the name searched without
 * diacritics; the phone masked (in full on the record only, where the read is logged).
 */
export default function PersonsPage() {
  const { mt } = useMobilisationText();
  const list = useListState(FILTERS);
  const persons = usePersons(list.apiParams);
  const canWrite = usePermission('prestigious_person.write');
  const canEngage = usePermission('prestigious_person.engage');
  const canCount = usePermission('prestigious_person.statistics');
  const communes = useCommuneOptions(todayIso());
  const { filters } = list.state;

  const columns: ListColumn<PrestigiousPerson>[] = [
    {
      key: 'fullName',
      title: mt('field.fullName'),
      sortKey: sort('fullName'),
      cardTitle: true,
      render: (_, p) => (
        <Flex vertical style={{ minWidth: 150, whiteSpace: 'normal' }}>
          <Link to={`/prestigious-persons/${p.id}`}>
            <Typography.Text strong style={{ color: 'inherit' }}>
              {p.fullName}
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
      key: 'role',
      title: mt('field.role'),
      sortKey: sort('role'),
      render: (_, p) => (
        <span style={{ whiteSpace: 'normal' }}>
          {mt(`role.${p.role}`)}
          {p.religion ? ` (${mt(`religion.${p.religion}`)})` : ''}
        </span>
      ),
    },
    {
      key: 'status',
      title: mt('field.status'),
      sortKey: sort('status'),
      render: (_, p) => <PersonStatusTag status={p.status} />,
    },
    {
      key: 'unit',
      title: mt('field.unit'),
      render: (_, p) => (
        <Flex vertical style={{ minWidth: 120 }}>
          <span>{p.unit.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {[p.village, p.ethnicity?.name].filter(Boolean).join(' · ')}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'phone', title: mt('field.phone'), render: (_, p) => p.phoneMasked ?? '—' },
    {
      key: 'lastEngagedOn',
      title: mt('field.lastEngagedOn'),
      sortKey: sort('lastEngagedOn'),
      render: (_, p) =>
        p.lastEngagedOn ? (
          <span style={{ whiteSpace: 'nowrap' }}>
            {formatDate(p.lastEngagedOn)} ({formatNumber(p.engagements)})
          </span>
        ) : (
          <Typography.Text type="secondary">{mt('persons.never')}</Typography.Text>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={mt('persons.heading')}
        extra={
          <Flex gap={8} wrap>
            {canCount && (
              <Link to="/prestigious-persons/statistics">
                <Button>{mt('persons.statistics')}</Button>
              </Link>
            )}
            {canEngage && (
              <Link to="/prestigious-persons/engage">
                <Button>{mt('persons.engage')}</Button>
              </Link>
            )}
            {canWrite && (
              <Link to="/prestigious-persons/new">
                <Button type="primary">{mt('persons.create')}</Button>
              </Link>
            )}
          </Flex>
        }
      />
      <FiltersLayout list={list} searchLabel={mt('persons.search')} filtersLabel={mt('persons.filters')}>
        <Select<PrestigeRole[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          aria-label={mt('field.role')}
          placeholder={mt('persons.allRoles')}
          value={many<PrestigeRole>(filters.role)}
          onChange={(v) => list.update({ filters: { role: joined(v) } })}
          options={prestigeRoles.map((r) => ({ value: r, label: mt(`role.${r}`) }))}
        />
        <Select<PrestigeStatus[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          aria-label={mt('field.status')}
          placeholder={mt('persons.allStatuses')}
          value={many<PrestigeStatus>(filters.status)}
          onChange={(v) => list.update({ filters: { status: joined(v) } })}
          options={prestigeStatuses.map((s) => ({ value: s, label: mt(`personStatus.${s}`) }))}
        />
        <Select<Religion[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          aria-label={mt('field.religion')}
          placeholder={mt('persons.allReligions')}
          value={many<Religion>(filters.religion)}
          onChange={(v) => list.update({ filters: { religion: joined(v) } })}
          options={religions.map((r) => ({ value: r, label: mt(`religion.${r}`) }))}
        />
        <Select
          allowClear
          showSearch={ethnicitySearch}
          aria-label={mt('field.ethnicity')}
          placeholder={mt('persons.allEthnicities')}
          value={filters.ethnicity}
          onChange={(v) => list.update({ filters: { ethnicity: v } })}
          options={ethnicityOptions}
        />
        <Select
          allowClear
          showSearch={communeSearch}
          aria-label={mt('field.unit')}
          placeholder={mt('persons.allCommunes')}
          value={filters.unitId}
          onChange={(v) => list.update({ filters: { unitId: v } })}
          options={communes.options}
          loading={communes.loading}
        />
      </FiltersLayout>
      <ListView<PrestigiousPerson, (typeof FILTERS)[number]>
        list={list}
        query={persons}
        columns={columns}
        rowKey="id"
        label={mt('persons.label')}
        emptyText={mt('persons.empty')}
        actions={(p) => (
          <Flex gap={4} wrap>
            <Link to={`/prestigious-persons/${p.id}`}>
              <Button size="small">{mt('persons.open')}</Button>
            </Link>
            {canEngage && p.status === 'active' && (
              <Link to={`/prestigious-persons/engage?personId=${p.id}`}>
                <Button size="small">{mt('persons.engage')}</Button>
              </Link>
            )}
          </Flex>
        )}
      />
    </>
  );
}
