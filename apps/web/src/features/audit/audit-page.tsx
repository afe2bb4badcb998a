import { type AuditEvent, auditActionLabel, auditRecordTypeLabel } from '@pcmt/contracts';
import { Button, Card, Flex, Grid, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { formatDateTime, formatNumber } from '../../i18n/format.ts';
import { type AuditFilters, useAuditEvents } from './audit-api.ts';
import { AuditChange } from './audit-change.tsx';
import { AuditEventCards } from './audit-event-cards.tsx';
import { AuditFiltersForm } from './audit-filters.tsx';
import { formatValue } from './audit-values.ts';
import { AuditVerifyButton, AuditVerifyResultAlert, useAuditVerify } from './audit-verify.tsx';

const TEXT_KEYS = ['actor', 'action', 'recordType', 'recordId', 'from', 'to'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Filters from the URL; a hand-edited date that is not a real day is dropped rather than sent. */
function readFilters(params: URLSearchParams): AuditFilters {
  const f: AuditFilters = {};
  for (const k of TEXT_KEYS) {
    const v = params.get(k);
    if (!v) continue;
    if ((k === 'from' || k === 'to') && (!ISO_DATE.test(v) || Number.isNaN(Date.parse(v)))) continue;
    f[k] = v;
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
  const vi = i18n.language !== 'en';
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const events = useAuditEvents(filters);
  const { names } = events;
  const verify = useAuditVerify();
  const rows = useMemo(() => events.data?.pages.flatMap((p) => p.data) ?? [], [events.data]);
  const label = (labels: Record<string, string>, code: string) => (vi ? (labels[code] ?? code) : code);
  const phone = Grid.useBreakpoint().sm === false;
  // The system itself (start-up, seeding) has no account: it is named, not shown as "system".
  const actorOf = (e: AuditEvent) =>
    e.actorUserId ? (
      (names[e.actorUserId] ?? e.actorUsername)
    ) : (
      <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>
    );
  const recordOf = (e: AuditEvent) => (
    <span>
      {label(auditRecordTypeLabel, e.recordType)}
      {e.recordId && e.recordType !== 'session' && (
        <Typography.Text type="secondary">: {formatValue(e.recordId, names, t)}</Typography.Text>
      )}
    </span>
  );
  const detail = (e: AuditEvent) => (
    <AuditChange
      event={e}
      names={names}
      onHistory={
        e.recordId && e.recordType !== 'session' && filters.recordId !== e.recordId
          ? () => setParams(writeFilters({ recordId: e.recordId ?? undefined, recordType: e.recordType }))
          : undefined
      }
    />
  );

  const columns: TableColumnsType<AuditEvent> = [
    {
      title: t('audit.time'),
      dataIndex: 'occurredAt',
      render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(v)}</span>,
    },
    {
      title: t('audit.actor'),
      key: 'actor',
      render: (_, e) => actorOf(e),
    },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      render: (v: string) => <Tag style={{ whiteSpace: 'normal' }}>{label(auditActionLabel, v)}</Tag>,
    },
    {
      title: t('audit.record'),
      key: 'record',
      render: (_, e) => recordOf(e),
    },
    {
      title: t('audit.ip'),
      dataIndex: 'ip',
      responsive: ['lg'],
      render: (v: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{v}</span>,
    },
  ];

  const recordName = filters.recordId ? formatValue(filters.recordId, names, t) : null;

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
        {(filters.before || recordName) && (
          <Flex gap={8} align="center" wrap>
            {filters.before && (
              <Tag
                closable
                onClose={() => setParams(writeFilters({ ...filters, before: undefined }))}
                color="purple"
              >
                {t('audit.startingAt', { id: filters.before - 1 })}
              </Tag>
            )}
            {recordName && (
              <Tag
                closable
                onClose={() => setParams(writeFilters({ ...filters, recordId: undefined }))}
                color="blue"
              >
                {t('audit.recordFilter', { name: recordName })}
              </Tag>
            )}
          </Flex>
        )}
        {events.isError && (
          <ErrorAlert
            error={events.error}
            onRetry={() => void (events.isFetchNextPageError ? events.fetchNextPage() : events.refetch())}
          />
        )}
        {phone ? (
          <AuditEventCards
            events={rows}
            actorOf={actorOf}
            actionOf={(e) => label(auditActionLabel, e.action)}
            recordOf={recordOf}
            detail={detail}
            empty={
              events.isPending
                ? t('common.loading')
                : events.isError
                  ? t('common.loadFailed')
                  : t('audit.empty')
            }
          />
        ) : (
          <Table<AuditEvent>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={rows}
            loading={events.isPending}
            pagination={false}
            expandable={{ expandRowByClick: true, expandedRowRender: detail }}
            locale={{ emptyText: events.isError ? t('common.loadFailed') : t('audit.empty') }}
            scroll={{ x: 'max-content' }}
          />
        )}
        {events.isSuccess && (
          <Flex align="center" justify="center" gap={16} wrap style={{ paddingBottom: 24 }}>
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
