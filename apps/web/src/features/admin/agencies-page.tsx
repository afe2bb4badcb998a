import { type Agency, type AgencyKind, agencyKinds } from '@pcmt/contracts';
import { Button, Flex, Input, Select, Table, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DemoTag } from '../../components/demo-tag.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { fold, formatNumber } from '../../i18n/format.ts';
import { useAgencies } from './admin-api.ts';
import { AgencyFormModal } from './agency-form-modal.tsx';
import { AgencyUnitsCell } from './agency-units-cell.tsx';

export default function AgenciesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('nav.agencies'));
  const agencies = useAgencies();
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<AgencyKind | undefined>();
  // undefined: closed; null: creating; an agency: editing it.
  const [editing, setEditing] = useState<Agency | null | undefined>(undefined);

  const rows = useMemo(() => {
    const needle = fold(search);
    return (agencies.data ?? []).filter(
      (a) => (!kind || a.kind === kind) && (!needle || fold(`${a.code} ${a.name}`).includes(needle)),
    );
  }, [agencies.data, search, kind]);

  const columns: TableColumnsType<Agency> = [
    {
      title: t('agencies.code'),
      dataIndex: 'code',
      width: 140,
      sorter: (a, b) => a.code.localeCompare(b.code, 'vi', { numeric: true }),
    },
    {
      title: t('agencies.name'),
      dataIndex: 'name',
      sorter: (a, b) => a.name.localeCompare(b.name, 'vi'),
      defaultSortOrder: 'ascend',
      render: (name: string, a) => (
        <>
          {name}
          {a.isDemo && <DemoTag />}
        </>
      ),
    },
    { title: t('agencies.kind'), dataIndex: 'kind', render: (k: AgencyKind) => t(`agencyKind.${k}`) },
    {
      title: t('agencies.units'),
      key: 'units',
      render: (_, a) => <AgencyUnitsCell unitIds={a.unitIds} units={a.units} />,
    },
    {
      title: <span className="sr-only">{t('common.actions')}</span>,
      key: 'actions',
      width: 90,
      render: (_, a) => (
        <Button type="link" onClick={() => setEditing(a)} aria-label={t('agencies.edit', { name: a.name })}>
          {t('common.edit')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('nav.agencies')}
        extra={
          <Button type="primary" onClick={() => setEditing(null)}>
            {t('agencies.create')}
          </Button>
        }
      />
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          aria-label={t('agencies.search')}
          placeholder={t('agencies.search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          style={{ width: 300 }}
        />
        <Select<AgencyKind>
          allowClear
          aria-label={t('agencies.kind')}
          placeholder={t('agencies.allKinds')}
          value={kind}
          onChange={setKind}
          options={agencyKinds.map((k) => ({ value: k, label: t(`agencyKind.${k}`) }))}
          style={{ width: 300 }}
        />
      </Flex>
      {agencies.isError && <ErrorAlert error={agencies.error} onRetry={() => void agencies.refetch()} />}
      <Table<Agency>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={agencies.isPending}
        pagination={{
          defaultPageSize: 20,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { formatted: formatNumber(total) }),
        }}
        locale={{
          emptyText: agencies.isError
            ? t('common.loadFailed')
            : search || kind
              ? t('common.noMatch')
              : t('agencies.empty'),
        }}
        scroll={{ x: 900 }}
      />
      {editing !== undefined && (
        <AgencyFormModal
          key={editing?.id ?? 'new'}
          agency={editing}
          latest={editing ? agencies.data?.find((a) => a.id === editing.id) : undefined}
          onClosed={() => setEditing(undefined)}
        />
      )}
    </>
  );
}
