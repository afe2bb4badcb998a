import { type Agency, type AgencyKind, agencyKinds, type agencySortKeys } from '@pcmt/contracts';
import { Button, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DemoTag } from '../../components/demo-tag.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { FilterBar } from '../../kit/list/filter-bar.tsx';
import { type ListColumn, ListView } from '../../kit/list/list-view.tsx';
import { useListState } from '../../kit/list/use-list-state.ts';
import { usePermission } from '../../kit/permissions.ts';
import { useAgencies } from './admin-api.ts';
import { AgencyFormModal } from './agency-form-modal.tsx';
import { AgencyUnitsCell } from './agency-units-cell.tsx';

const FILTERS = ['kind'] as const;
const sort = (key: (typeof agencySortKeys)[number]) => key;

export default function AgenciesPage() {
  const { t } = useTranslation();
  const list = useListState(FILTERS);
  const agencies = useAgencies(list.apiParams);
  const canManage = usePermission('agency.manage');
  // undefined: closed; null: creating; an agency: editing it.
  const [editing, setEditing] = useState<Agency | null | undefined>(undefined);

  const columns: ListColumn<Agency>[] = [
    {
      key: 'name',
      title: t('agencies.name'),
      dataIndex: 'name',
      sortKey: sort('name'),
      cardTitle: true,
      render: (name: string, a) => (
        <span style={{ whiteSpace: 'normal' }}>
          {name}
          {a.isDemo && <DemoTag />}
        </span>
      ),
    },
    {
      key: 'code',
      title: t('agencies.code'),
      dataIndex: 'code',
      sortKey: sort('code'),
      render: (code: string) => <span style={{ whiteSpace: 'nowrap' }}>{code}</span>,
    },
    {
      key: 'kind',
      title: t('agencies.kind'),
      dataIndex: 'kind',
      sortKey: sort('kind'),
      render: (k: AgencyKind) => t(`agencyKind.${k}`),
    },
    {
      key: 'units',
      title: t('agencies.units'),
      render: (_, a) => <AgencyUnitsCell unitIds={a.unitIds} units={a.units} />,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('nav.agencies')}
        extra={
          canManage && (
            <Button type="primary" onClick={() => setEditing(null)}>
              {t('agencies.create')}
            </Button>
          )
        }
      />
      <FilterBar list={list} searchLabel={t('agencies.search')}>
        <Select<AgencyKind>
          allowClear
          aria-label={t('agencies.kind')}
          placeholder={t('agencies.allKinds')}
          value={list.state.filters.kind as AgencyKind | undefined}
          onChange={(v) => list.update({ filters: { kind: v } })}
          options={agencyKinds.map((k) => ({ value: k, label: t(`agencyKind.${k}`) }))}
        />
      </FilterBar>
      <ListView<Agency, (typeof FILTERS)[number]>
        list={list}
        query={agencies}
        columns={columns}
        rowKey="id"
        label={t('nav.agencies')}
        emptyText={t('agencies.empty')}
        actions={
          canManage
            ? (a) => (
                <Button
                  type="link"
                  onClick={() => setEditing(a)}
                  aria-label={t('agencies.edit', { name: a.name })}
                >
                  {t('common.edit')}
                </Button>
              )
            : undefined
        }
      />
      {editing !== undefined && (
        <AgencyFormModal
          key={editing?.id ?? 'new'}
          agency={editing}
          latest={editing ? agencies.data?.data.find((a) => a.id === editing.id) : undefined}
          onClosed={() => setEditing(undefined)}
        />
      )}
    </>
  );
}
