import type { CommuneIndicator } from '@pcmt/contracts';
import { Button, DatePicker, Flex, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { DemoTag } from '../../components/demo-tag.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { DATE_FORMAT, formatDate, formatNumber, todayIso } from '../../i18n/format.ts';
import { FilterBar } from '../../kit/list/filter-bar.tsx';
import { type ListColumn, ListView } from '../../kit/list/list-view.tsx';
import { useListState } from '../../kit/list/use-list-state.ts';
import { usePermission } from '../../kit/permissions.ts';
import { FigureFormModal } from './figure-form-modal.tsx';
import { useAreaText } from './i18n.ts';
import { useIndicators } from './key-areas-api.ts';
import { areaTitle } from './nav.ts';
import { communeSearch, useCommuneOptions } from './on-date.tsx';

const FILTERS = ['unitId', 'on'] as const;
const n = (v: number | null) => (v === null ? '—' : formatNumber(v));

/** `/key-areas/figures`: recorded figures per commune and period (the classification's inputs). */
export default function FiguresPage() {
  const { at } = useAreaText();
  const list = useListState(FILTERS);
  const figures = useIndicators(list.apiParams);
  const canWrite = usePermission(['key_area.write', 'key_area.classify']);
  const communes = useCommuneOptions(list.state.filters.on ?? todayIso());
  const [editing, setEditing] = useState<CommuneIndicator | 'new' | null>(null);
  const { filters } = list.state;

  const columns: ListColumn<CommuneIndicator>[] = [
    {
      key: 'unit',
      title: at('field.commune'),
      cardTitle: true,
      render: (_, r) => (
        <Flex vertical style={{ minWidth: 130 }}>
          <Typography.Text strong>{r.unit.name}</Typography.Text>
          {r.isDemo && (
            <span>
              <DemoTag />
            </span>
          )}
        </Flex>
      ),
    },
    {
      key: 'periodFrom',
      title: at('figures.period'),
      sortKey: 'periodFrom',
      render: (_, r) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {formatDate(r.periodFrom)} – {formatDate(r.periodTo)}
        </span>
      ),
    },
    { key: 'population', title: at('figures.population'), render: (_, r) => n(r.population) },
    { key: 'persons', title: at('figures.personsWithRecords'), render: (_, r) => n(r.personsWithRecords) },
    { key: 'arrested', title: at('figures.arrestedOffenders'), render: (_, r) => n(r.arrestedOffenders) },
    {
      key: 'route',
      title: at('figures.onKeyRoute'),
      render: (_, r) => (r.onKeyRoute === null ? '—' : r.onKeyRoute ? at('common.yes') : at('common.no')),
    },
    {
      key: 'source',
      title: at('figures.sourceNote'),
      render: (_, r) => <span style={{ overflowWrap: 'anywhere' }}>{r.sourceNote ?? '—'}</span>,
    },
  ];

  return (
    <>
      <PageHeader
        title={areaTitle('figures')}
        extra={
          canWrite && (
            <Button type="primary" onClick={() => setEditing('new')}>
              {at('figures.create')}
            </Button>
          )
        }
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
        {at('figures.intro')}
      </Typography.Paragraph>
      <FilterBar list={list} searchLabel={at('figures.search')}>
        <Select
          allowClear
          showSearch={communeSearch}
          aria-label={at('field.commune')}
          placeholder={at('common.allCommunes')}
          value={filters.unitId}
          onChange={(v) => list.update({ filters: { unitId: v } })}
          options={communes.options}
          loading={communes.loading}
        />
        <DatePicker
          aria-label={at('figures.onDate')}
          placeholder={at('figures.onDate')}
          format={DATE_FORMAT}
          inputReadOnly
          value={filters.on ? dayjs(filters.on) : null}
          onChange={(d) => list.update({ filters: { on: d?.format('YYYY-MM-DD') } })}
        />
      </FilterBar>
      <ListView<CommuneIndicator, (typeof FILTERS)[number]>
        list={list}
        query={figures}
        columns={columns}
        rowKey="id"
        label={at('figures.label')}
        emptyText={at('figures.empty')}
        actions={
          canWrite
            ? (r) => (
                <Button size="small" onClick={() => setEditing(r)}>
                  {at('figures.edit')}
                </Button>
              )
            : undefined
        }
      />
      {editing && (
        <FigureFormModal
          figure={editing === 'new' ? undefined : editing}
          unitId={filters.unitId}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
