import { type AuditEvent, auditActionLabel } from '@pcmt/contracts';
import { Button, Card, Flex, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { formatDateTime, formatNumber } from '../../i18n/format.ts';
import { type AuditFilters, useAuditEvents } from './audit-api.ts';
import { AuditChange } from './audit-change.tsx';
import { AuditFiltersForm } from './audit-filters.tsx';
import { AuditVerifyButton, AuditVerifyResultAlert, useAuditVerify } from './audit-verify.tsx';

const TEXT_KEYS = ['actor', 'action', 'recordType', 'recordId', 'from', 'to'] as const;

function readFilters(params: URLSearchParams): AuditFilters {
  const f: AuditFilters = {};
  for (const k of TEXT_KEYS) {
    const v = params.get(k);
    if (v) f[k] = v;
  }
  const before = Number(params.get('before'));
  if (Number.isInteger(before) && before > 0) f.before = before;
  return f;
}

function writeFilters(f: AuditFilters): URLSearchParams {
  const p = new URLSearchParams();
  for (const k of TEXT_KEYS) if (f[k]) p.set(k, f[k]);
  if (f.before) p.set('before', String(f.before));
  return p;
}

export default function AuditPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('nav.audit'));
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const events = useAuditEvents(filters);
  const verify = useAuditVerify();
  const rows = useMemo(() => events.data?.pages.flatMap((p) => p.data) ?? [], [events.data]);

  const columns: TableColumnsType<AuditEvent> = [
    {
      title: t('audit.time'),
      dataIndex: 'occurredAt',
      width: 170,
      render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(v)}</span>,
    },
    {
      title: t('audit.actor'),
      dataIndex: 'actorUsername',
      render: (v: string | null) =>
        v ?? <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>,
    },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      render: (v: string) => (
        <Tooltip title={v}>
          <Tag>{i18n.language === 'vi' ? (auditActionLabel[v] ?? v) : v}</Tag>
        </Tooltip>
      ),
    },
    {
      title: t('audit.record'),
      key: 'record',
      render: (_, e) => (
        <span>
          {e.recordType}
          {e.recordId && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {' '}
              #{e.recordId}
            </Typography.Text>
          )}
        </span>
      ),
    },
    {
      title: t('audit.requestId'),
      dataIndex: 'requestId',
      render: (v: string | null) =>
        v ? (
          <Typography.Text copyable style={{ fontFamily: 'monospace', fontSize: 12 }}>
            {v}
          </Typography.Text>
        ) : null,
    },
    { title: 'ID', dataIndex: 'id', width: 90, align: 'right' },
  ];

  return (
    <>
      <PageHeader title={t('nav.audit')} extra={<AuditVerifyButton verify={verify} />} />
      <Flex vertical gap={16}>
        <Card size="small">
          <AuditFiltersForm value={filters} onChange={(f) => setParams(writeFilters(f))} />
        </Card>
        <AuditVerifyResultAlert
          verify={verify}
          onShowRow={(id) => setParams(writeFilters({ before: id + 1 }))}
        />
        {filters.before && (
          <Flex gap={8} align="center">
            <Tag
              closable
              onClose={() => setParams(writeFilters({ ...filters, before: undefined }))}
              color="purple"
            >
              {t('audit.startingAt', { id: filters.before - 1 })}
            </Tag>
          </Flex>
        )}
        {events.isError && (
          <ErrorAlert
            error={events.error}
            onRetry={() => void (events.isFetchNextPageError ? events.fetchNextPage() : events.refetch())}
          />
        )}
        <Table<AuditEvent>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={rows}
          loading={events.isPending}
          pagination={false}
          expandable={{ expandedRowRender: (e) => <AuditChange event={e} /> }}
          locale={{ emptyText: events.isError ? t('common.loadFailed') : t('audit.empty') }}
          scroll={{ x: 900 }}
        />
        {events.isSuccess && (
          <Flex align="center" justify="center" gap={16} style={{ paddingBottom: 24 }}>
            <Typography.Text type="secondary" aria-live="polite">
              {events.hasNextPage
                ? t('audit.shown', { formatted: formatNumber(rows.length) })
                : t('audit.shownAll', { formatted: formatNumber(rows.length) })}
            </Typography.Text>
            {events.hasNextPage && (
              <Button onClick={() => void events.fetchNextPage()} loading={events.isFetchingNextPage}>
                {t('audit.loadMore')}
              </Button>
            )}
          </Flex>
        )}
      </Flex>
    </>
  );
}
