import {
  Card,
  Col,
  DatePicker,
  Empty,
  Flex,
  Row,
  Select,
  Skeleton,
  Statistic,
  Table,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { DATE_FORMAT, formatDate, formatNumber, isRealDate, todayIso } from '../../i18n/format.ts';
import { communeSearch, useCommuneOptions } from '../key-areas/on-date.tsx';
import { type TipTextKey, useTipText } from './i18n.ts';
import { tipTitle } from './nav.ts';
import { useTipStatistics } from './tips-api.ts';

type CountRow = { key: string; count: number };

function Breakdown({ title, rows, prefix }: { title: string; rows: CountRow[]; prefix: string }) {
  const { tt } = useTipText();
  const total = rows.reduce((n, r) => n + r.count, 0);
  return (
    <Card size="small" title={title} style={{ height: '100%' }}>
      {rows.length === 0 ? (
        <Empty description={tt('stats.none')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Flex vertical gap={8} role="list" aria-label={title}>
          {rows.map((r) => (
            <Flex key={r.key} vertical gap={2} role="listitem">
              <Flex justify="space-between" gap={12}>
                <span style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                  {tt(`${prefix}.${r.key}` as TipTextKey)}
                </span>
                <strong style={{ whiteSpace: 'nowrap' }}>{formatNumber(r.count)}</strong>
              </Flex>
              <div style={{ height: 6, background: '#f0f0f0', borderRadius: 3 }} aria-hidden>
                <div
                  style={{
                    width: `${total ? Math.round((r.count / total) * 100) : 0}%`,
                    height: '100%',
                    background: '#1677ff',
                    borderRadius: 3,
                  }}
                />
              </div>
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}

const rowsOf = (counts: Record<string, number>): CountRow[] =>
  Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count);

/**
 * `/tips/statistics`: tips received in a period (by date received) in the reader's jurisdiction — received,
 * resolved on time or late, overdue now, open, suspended; by source, channel, status and commune. Figures only.
 * Each commune's figure opens the inbox filtered to it.
 */
export default function TipStatisticsPage() {
  const { tt } = useTipText();
  const [params, setParams] = useSearchParams();
  const today = todayIso();
  const from = isRealDate(params.get('from')) ? params.get('from')! : undefined;
  const to = isRealDate(params.get('to')) ? params.get('to')! : undefined;
  const unitId = params.get('unitId') ?? undefined;
  const communes = useCommuneOptions(today);
  const stats = useTipStatistics({ from, to, unitId });
  const set = (next: Record<string, string | undefined>) =>
    setParams((prev) => {
      const p = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(next)) v ? p.set(k, v) : p.delete(k);
      return p;
    });
  const s = stats.data;
  const figures = s
    ? ([
        ['received', s.received, undefined],
        ['resolvedOnTime', s.resolvedOnTime, '#389e0d'],
        ['resolvedLate', s.resolvedLate, '#d46b08'],
        ['overdue', s.overdue, '#cf1322'],
        ['open', s.open, undefined],
        ['suspended', s.suspended, undefined],
      ] as const)
    : [];
  return (
    <>
      <PageHeader title={tipTitle('statistics')} />
      <Typography.Paragraph type="secondary">{tt('stats.intro')}</Typography.Paragraph>
      <Flex gap={12} wrap className="pcmt-filter-bar" style={{ marginBottom: 16 }}>
        <DatePicker.RangePicker
          format={DATE_FORMAT}
          aria-label={tt('stats.from')}
          classNames={{ popup: { root: 'pcmt-range-popup' } }}
          value={from && to ? [dayjs(from), dayjs(to)] : null}
          disabledDate={(d) => d.format('YYYY-MM-DD') > today}
          onChange={(r) => set({ from: r?.[0]?.format('YYYY-MM-DD'), to: r?.[1]?.format('YYYY-MM-DD') })}
        />
        <Select
          allowClear
          showSearch={communeSearch}
          aria-label={tt('stats.commune')}
          placeholder={tt('list.allCommunes')}
          value={unitId}
          onChange={(v) => set({ unitId: v })}
          options={communes.options}
          loading={communes.loading}
        />
      </Flex>
      {stats.isError && <ErrorAlert error={stats.error} onRetry={() => void stats.refetch()} />}
      {stats.isPending && <Skeleton active />}
      {s && (
        <Flex vertical gap={16}>
          <Typography.Text strong>
            {tt('stats.period', { from: formatDate(s.from), to: formatDate(s.to) })}
          </Typography.Text>
          <Row gutter={[12, 12]}>
            {figures.map(([key, value, color]) => (
              <Col key={key} xs={12} md={8} xl={4}>
                <Card size="small">
                  <Statistic
                    title={tt(`stats.${key}` as TipTextKey)}
                    value={value}
                    formatter={(v) => formatNumber(Number(v))}
                    styles={color ? { content: { color } } : undefined}
                  />
                </Card>
              </Col>
            ))}
          </Row>
          <Row gutter={[12, 12]}>
            <Col xs={24} lg={8}>
              <Breakdown title={tt('stats.bySource')} rows={rowsOf(s.bySource)} prefix="source" />
            </Col>
            <Col xs={24} lg={8}>
              <Breakdown title={tt('stats.byChannel')} rows={rowsOf(s.byChannel)} prefix="channel" />
            </Col>
            <Col xs={24} lg={8}>
              <Breakdown title={tt('stats.byStatus')} rows={rowsOf(s.byStatus)} prefix="status" />
            </Col>
          </Row>
          <Card size="small" title={tt('stats.byCommune')}>
            <Table
              size="small"
              rowKey="unitId"
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={s.byCommune}
              locale={{ emptyText: tt('stats.none') }}
              columns={[
                {
                  key: 'name',
                  title: tt('stats.commune'),
                  render: (_, c) => <Link to={`/tips?unitId=${c.unitId}`}>{c.name}</Link>,
                },
                {
                  key: 'received',
                  title: tt('stats.received'),
                  align: 'right',
                  render: (_, c) => formatNumber(c.received),
                },
                {
                  key: 'onTime',
                  title: tt('stats.resolvedOnTime'),
                  align: 'right',
                  render: (_, c) => formatNumber(c.resolvedOnTime),
                },
                {
                  key: 'overdue',
                  title: tt('stats.overdue'),
                  align: 'right',
                  render: (_, c) =>
                    c.overdue > 0 ? (
                      <Link
                        to={`/tips?unitId=${c.unitId}&deadlineState=overdue`}
                        style={{ color: '#cf1322' }}
                      >
                        {formatNumber(c.overdue)}
                      </Link>
                    ) : (
                      '0'
                    ),
                },
              ]}
            />
          </Card>
        </Flex>
      )}
    </>
  );
}
