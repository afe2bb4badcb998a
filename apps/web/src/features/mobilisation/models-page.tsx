import {
  type ModelKind,
  type ModelRating,
  type ModelStatus,
  modelKinds,
  modelRatings,
  modelStatuses,
  type PreventionModel,
  type preventionModelSortKeys,
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
import { joined, many } from './choices.ts';
import { FiltersLayout } from './filters-layout.tsx';
import { useMobilisationText } from './i18n.ts';
import { useModels } from './mobilisation-api.ts';
import { ModelStatusTag, RatingTag } from './tags.tsx';

const FILTERS = ['kind', 'status', 'rating', 'unitId'] as const;
const sort = (key: (typeof preventionModelSortKeys)[number]) => key;

/** `/models`: kind, status, rating and commune in the URL; the name searched without diacritics. */
export default function ModelsPage() {
  const { mt } = useMobilisationText();
  const list = useListState(FILTERS);
  const models = useModels(list.apiParams);
  const canWrite = usePermission('prevention_model.write');
  const canReport = usePermission('prevention_model.report');
  const canCount = usePermission('prevention_model.statistics');
  const communes = useCommuneOptions(todayIso());
  const { filters } = list.state;

  const columns: ListColumn<PreventionModel>[] = [
    {
      key: 'name',
      title: mt('field.name'),
      sortKey: sort('name'),
      cardTitle: true,
      render: (_, m) => (
        <Flex vertical style={{ minWidth: 160, whiteSpace: 'normal' }}>
          <Link to={`/models/${m.id}`}>
            <Typography.Text strong style={{ color: 'inherit' }}>
              {m.name}
            </Typography.Text>
          </Link>
          {m.isDemo && (
            <span>
              <DemoTag />
            </span>
          )}
        </Flex>
      ),
    },
    {
      key: 'kind',
      title: mt('field.modelKind'),
      sortKey: sort('kind'),
      render: (_, m) => <span style={{ whiteSpace: 'normal' }}>{mt(`modelKind.${m.kind}`)}</span>,
    },
    {
      key: 'status',
      title: mt('field.status'),
      sortKey: sort('status'),
      render: (_, m) => (
        <Flex gap={4} wrap>
          <ModelStatusTag status={m.status} />
          {m.rating && <RatingTag rating={m.rating} />}
        </Flex>
      ),
    },
    {
      key: 'unit',
      title: mt('field.unit'),
      render: (_, m) => (
        <Flex vertical style={{ minWidth: 120 }}>
          <span>{m.unit.name}</span>
          {m.otherUnits.length > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              + {m.otherUnits.map((u) => u.name).join(', ')}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'startedOn',
      title: mt('field.startedOn'),
      sortKey: sort('startedOn'),
      render: (_, m) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(m.startedOn)}</span>,
    },
    {
      key: 'lastResultOn',
      title: mt('field.lastResultOn'),
      sortKey: sort('lastResultOn'),
      render: (_, m) =>
        m.lastResultOn ? (
          <span style={{ whiteSpace: 'nowrap' }}>
            {formatDate(m.lastResultOn)} ({formatNumber(m.results)})
          </span>
        ) : (
          <Typography.Text type="secondary">{mt('models.noResults')}</Typography.Text>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={mt('models.heading')}
        extra={
          <Flex gap={8} wrap>
            {canCount && (
              <Link to="/models/statistics">
                <Button>{mt('models.statistics')}</Button>
              </Link>
            )}
            {canWrite && (
              <Link to="/models/new">
                <Button type="primary">{mt('models.create')}</Button>
              </Link>
            )}
          </Flex>
        }
      />
      <FiltersLayout list={list} searchLabel={mt('models.search')} filtersLabel={mt('models.filters')}>
        <Select<ModelKind[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          aria-label={mt('field.modelKind')}
          placeholder={mt('models.allKinds')}
          value={many<ModelKind>(filters.kind)}
          onChange={(v) => list.update({ filters: { kind: joined(v) } })}
          options={modelKinds.map((k) => ({ value: k, label: mt(`modelKind.${k}`) }))}
        />
        <Select<ModelStatus[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          aria-label={mt('field.status')}
          placeholder={mt('models.allStatuses')}
          value={many<ModelStatus>(filters.status)}
          onChange={(v) => list.update({ filters: { status: joined(v) } })}
          options={modelStatuses.map((s) => ({ value: s, label: mt(`modelStatus.${s}`) }))}
        />
        <Select<ModelRating[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          aria-label={mt('field.rating')}
          placeholder={mt('models.allRatings')}
          value={many<ModelRating>(filters.rating)}
          onChange={(v) => list.update({ filters: { rating: joined(v) } })}
          options={modelRatings.map((r) => ({ value: r, label: mt(`rating.${r}`) }))}
        />
        <Select
          allowClear
          showSearch={communeSearch}
          aria-label={mt('field.unit')}
          placeholder={mt('models.allCommunes')}
          value={filters.unitId}
          onChange={(v) => list.update({ filters: { unitId: v } })}
          options={communes.options}
          loading={communes.loading}
        />
      </FiltersLayout>
      <ListView<PreventionModel, (typeof FILTERS)[number]>
        list={list}
        query={models}
        columns={columns}
        rowKey="id"
        label={mt('models.label')}
        emptyText={mt('models.empty')}
        actions={(m) => (
          <Flex gap={4} wrap>
            <Link to={`/models/${m.id}`}>
              <Button size="small">{mt('models.open')}</Button>
            </Link>
            {canReport && m.status !== 'ended' && (
              <Link to={`/models/${m.id}/report`}>
                <Button size="small">{mt('models.report')}</Button>
              </Link>
            )}
          </Flex>
        )}
      />
    </>
  );
}
