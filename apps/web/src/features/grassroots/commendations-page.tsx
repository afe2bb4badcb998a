import {
  type Commendation,
  type CommendationForm,
  type CommendationLevel,
  type CommendationStatus,
  commendationForms,
  commendationLevels,
  commendationRecipientKinds,
  type commendationSortKeys,
  commendationStatuses,
} from '@pcmt/contracts';
import { Button, Flex, Select, Typography } from 'antd';
import { Link } from 'react-router';
import { DemoTag } from '../../components/demo-tag.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { formatDate } from '../../i18n/format.ts';
import { type ListColumn, ListView } from '../../kit/list/list-view.tsx';
import { useListState } from '../../kit/list/use-list-state.ts';
import { usePermission } from '../../kit/permissions.ts';
import { joined, many } from '../mobilisation/choices.ts';
import { FiltersLayout } from '../mobilisation/filters-layout.tsx';
import { useCommendations } from './grassroots-api.ts';
import { useGrassrootsText } from './i18n.ts';
import { CommendationStatusTag } from './tags.tsx';
import { useUnitChoices } from './unit-choices.ts';

const FILTERS = ['status', 'level', 'form', 'recipientKind', 'unitId', 'from', 'to'] as const;
const sort = (key: (typeof commendationSortKeys)[number]) => key;

/** `/commendations`: status, level, form, recipient kind and area in the URL; name or decision number searched. */
export default function CommendationsPage() {
  const { gt } = useGrassrootsText();
  const list = useListState(FILTERS);
  const rows = useCommendations(list.apiParams);
  const canWrite = usePermission('commendation.write');
  const canCount = usePermission('commendation.statistics');
  const units = useUnitChoices();
  const { filters } = list.state;

  const columns: ListColumn<Commendation>[] = [
    {
      key: 'recipient',
      title: gt('field.recipient'),
      sortKey: sort('recipient'),
      cardTitle: true,
      render: (_, c) => (
        <Flex vertical style={{ minWidth: 150, whiteSpace: 'normal' }}>
          <Link to={`/commendations/${c.id}`}>
            <Typography.Text strong style={{ color: 'inherit' }}>
              {c.recipient}
            </Typography.Text>
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {[gt(`recipientKind.${c.recipientKind}`), c.position].filter(Boolean).join(' · ')}
          </Typography.Text>
          {c.isDemo && (
            <span>
              <DemoTag />
            </span>
          )}
        </Flex>
      ),
    },
    {
      key: 'level',
      title: gt('field.formLevel'),
      render: (_, c) => (
        <span style={{ whiteSpace: 'normal' }}>
          {gt(`form.${c.form}`)} · {gt(`level.${c.level}`)}
        </span>
      ),
    },
    {
      key: 'status',
      title: gt('field.status'),
      render: (_, c) => <CommendationStatusTag status={c.status} />,
    },
    {
      key: 'decisionDate',
      title: gt('field.decision'),
      sortKey: sort('decisionDate'),
      render: (_, c) =>
        c.decisionNumber ? (
          <span style={{ whiteSpace: 'normal' }}>
            {c.decisionNumber} · {formatDate(c.decisionDate)}
          </span>
        ) : (
          <Typography.Text type="secondary">
            {gt('field.proposedOn')} {formatDate(c.proposedOn)}
          </Typography.Text>
        ),
    },
    { key: 'unit', title: gt('field.unit'), render: (_, c) => c.unit.name },
  ];

  return (
    <>
      <PageHeader
        title={gt('commendations.heading')}
        extra={
          <Flex gap={8} wrap>
            {canCount && (
              <Link to="/commendations/statistics">
                <Button>{gt('common.statistics')}</Button>
              </Link>
            )}
            {canWrite && (
              <Link to="/commendations/new">
                <Button type="primary">{gt('commendations.create')}</Button>
              </Link>
            )}
          </Flex>
        }
      />
      <FiltersLayout list={list} searchLabel={gt('common.search')} filtersLabel={gt('common.filters')}>
        <Select<CommendationStatus[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          aria-label={gt('field.status')}
          placeholder={gt('commendations.allStatuses')}
          value={many<CommendationStatus>(filters.status)}
          onChange={(v) => list.update({ filters: { status: joined(v) } })}
          options={commendationStatuses.map((s) => ({ value: s, label: gt(`commendationStatus.${s}`) }))}
        />
        <Select<CommendationLevel[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          aria-label={gt('field.level')}
          placeholder={gt('commendations.allLevels')}
          value={many<CommendationLevel>(filters.level)}
          onChange={(v) => list.update({ filters: { level: joined(v) } })}
          options={commendationLevels.map((s) => ({ value: s, label: gt(`level.${s}`) }))}
        />
        <Select<CommendationForm[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          aria-label={gt('field.form')}
          placeholder={gt('commendations.allForms')}
          value={many<CommendationForm>(filters.form)}
          onChange={(v) => list.update({ filters: { form: joined(v) } })}
          options={commendationForms.map((s) => ({ value: s, label: gt(`form.${s}`) }))}
        />
        <Select
          allowClear
          aria-label={gt('field.recipientKind')}
          placeholder={gt('commendations.allKinds')}
          value={filters.recipientKind}
          onChange={(v) => list.update({ filters: { recipientKind: v } })}
          options={commendationRecipientKinds.map((s) => ({ value: s, label: gt(`recipientKind.${s}`) }))}
        />
        <Select
          allowClear
          showSearch={units.search}
          aria-label={gt('field.unit')}
          placeholder={gt('common.allCommunes')}
          value={filters.unitId}
          onChange={(v) => list.update({ filters: { unitId: v } })}
          options={units.all}
          loading={units.loading}
        />
      </FiltersLayout>
      <ListView<Commendation, (typeof FILTERS)[number]>
        list={list}
        query={rows}
        columns={columns}
        rowKey="id"
        label={gt('commendations.label')}
        emptyText={gt('commendations.empty')}
        actions={(c) => (
          <Link to={`/commendations/${c.id}`}>
            <Button size="small">{gt('common.open')}</Button>
          </Link>
        )}
      />
    </>
  );
}
