import { type PersonTransfer, type TransferStatus, transferStatuses } from '@pcmt/contracts';
import { Checkbox, Flex, Segmented, Select, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { formatDate, formatDateTime } from '../../i18n/format.ts';
import type { ListColumn } from '../../kit/list/list-view.tsx';
import { RecordTable } from '../../kit/list/record-table.tsx';
import { useTransfers } from './links-api.ts';
import { usePersonLinksText } from './links-i18n.ts';
import { personTitle } from './nav.ts';

const statusColor: Record<TransferStatus, string> = {
  pending: 'gold',
  acknowledged: 'green',
  superseded: 'default',
};

/**
 * `/persons/transfers`: records handed over into the jurisdiction (to acknowledge within the notice period,
 * 24 hours) or out of it, in the URL (`?direction=&status=&overdue=`). An overdue notice is red, first to see.
 * The old commune sees no name: the record is no longer its to read.
 */
export default function PersonTransfersPage() {
  const { lt } = usePersonLinksText();
  const [params, setParams] = useSearchParams();
  const direction = params.get('direction') === 'outgoing' ? 'outgoing' : 'incoming';
  const status = transferStatuses.find((s) => s === params.get('status'));
  const overdue = params.get('overdue') === 'true' ? 'true' : undefined;
  const transfers = useTransfers({ direction, status, overdue });
  const set = (key: string, value: string | undefined) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });

  const columns: ListColumn<PersonTransfer>[] = [
    {
      key: 'person',
      title: lt('transfers.person'),
      cardTitle: true,
      render: (_, t) => (
        <Flex gap={6} wrap align="center" style={{ overflowWrap: 'anywhere' }}>
          {t.fullName ? (
            <Link to={`/persons/${t.personId}`}>{t.fullName}</Link>
          ) : (
            <Typography.Text type="secondary">{lt('transfers.hidden')}</Typography.Text>
          )}
          {t.overdue && (
            <Tag color="red" style={{ marginInlineEnd: 0 }}>
              {lt('transfer.overdue')}
            </Tag>
          )}
        </Flex>
      ),
    },
    {
      key: 'route',
      title: lt('transfers.route'),
      render: (_, t) => (
        <span style={{ overflowWrap: 'anywhere' }}>
          {t.fromUnit.name} → {t.toUnit.name}
        </span>
      ),
    },
    { key: 'movedOn', title: lt('transfers.movedOn'), render: (_, t) => formatDate(t.movedOn) },
    {
      key: 'due',
      title: lt('transfers.due'),
      render: (_, t) => (
        <Typography.Text type={t.overdue ? 'danger' : undefined} strong={t.overdue}>
          {formatDateTime(t.dueAt, { seconds: false })}
        </Typography.Text>
      ),
    },
    {
      key: 'status',
      title: lt('transfers.status'),
      render: (_, t) => (
        <Flex vertical gap={2}>
          <span>
            <Tag color={statusColor[t.status]} style={{ marginInlineEnd: 0 }}>
              {lt(`transferStatus.${t.status}`)}
            </Tag>
          </span>
          {t.acknowledgedBy && t.acknowledgedAt && (
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {lt('transfers.acknowledgedBy', {
                name: t.acknowledgedBy.displayName,
                at: formatDateTime(t.acknowledgedAt, { seconds: false }),
              })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
  ];
  // Overdue first, then the latest move.
  const rows = (transfers.data?.data ?? []).toSorted(
    (a, b) => Number(b.overdue) - Number(a.overdue) || b.notifiedAt.localeCompare(a.notifiedAt),
  );

  return (
    <>
      <PageHeader title={personTitle('transfers')} />
      <Typography.Paragraph type="secondary">{lt('transfers.intro')}</Typography.Paragraph>
      <Flex gap={12} wrap align="center" className="pcmt-filter-bar" style={{ marginBottom: 16 }}>
        <Segmented
          value={direction}
          onChange={(v) => set('direction', v === 'outgoing' ? 'outgoing' : undefined)}
          options={[
            { value: 'incoming', label: lt('transfers.incoming') },
            { value: 'outgoing', label: lt('transfers.outgoing') },
          ]}
        />
        <Select<TransferStatus>
          allowClear
          aria-label={lt('transfers.status')}
          placeholder={lt('transfers.allStatuses')}
          value={status}
          onChange={(v) => set('status', v)}
          options={transferStatuses.map((s) => ({ value: s, label: lt(`transferStatus.${s}`) }))}
        />
        <Checkbox
          checked={overdue === 'true'}
          onChange={(e) => set('overdue', e.target.checked ? 'true' : undefined)}
        >
          {lt('transfers.overdueOnly')}
        </Checkbox>
      </Flex>
      {transfers.isError && <ErrorAlert error={transfers.error} onRetry={() => void transfers.refetch()} />}
      <RecordTable
        rows={rows}
        columns={columns}
        rowKey="id"
        loading={transfers.isPending}
        emptyText={lt('transfers.empty')}
        label={lt('transfers.label')}
        actions={(t) =>
          t.fullName ? <Link to={`/persons/${t.personId}`}>{lt('transfers.open')}</Link> : null
        }
      />
    </>
  );
}
