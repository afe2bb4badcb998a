import {
  type BusinessLine,
  type BusinessStatistics,
  businessLines,
  businessRiskLevels,
} from '@pcmt/contracts';
import { Card, Col, DatePicker, Empty, Flex, Row, Select, Skeleton, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { DATE_FORMAT, formatDate, formatNumber, isRealDate, todayIso } from '../../i18n/format.ts';
import type { ListColumn } from '../../kit/list/list-view.tsx';
import { RecordTable } from '../../kit/list/record-table.tsx';
import { communeSearch, useCommuneOptions } from '../key-areas/on-date.tsx';
import { useBusinessStatistics } from './businesses-api.ts';
import { type BusinessTextKey, useBusinessText } from './i18n.ts';
import { businessTitle } from './nav.ts';
import { formatVnd, RiskDot, riskColor } from './tags.tsx';

type StatRow = BusinessStatistics['rows'][number];
type Bar = { key: string; label: ReactNode; count: number; note?: string; color?: string };

/** One breakdown as label–figure rows with a bar: long Vietnamese labels wrap, figures never break. */
function Breakdown({ title, bars, testId }: { title: string; bars: Bar[]; testId: string }) {
  const { bt } = useBusinessText();
  const max = Math.max(1, ...bars.map((b) => b.count));
  return (
    <Card size="small" title={title} style={{ height: '100%' }} data-testid={testId}>
      {bars.length === 0 ? (
        <Empty description={bt('stats.none')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Flex vertical gap={8} role="list" aria-label={title}>
          {bars.map((r) => (
            <Flex key={r.key} vertical gap={2} role="listitem">
              <Flex justify="space-between" gap={12}>
                <span
                  style={{
                    minWidth: 0,
                    overflowWrap: 'anywhere',
                    display: 'inline-flex',
                    alignItems: 'center',
                  }}
                >
                  {r.label}
                </span>
                <span style={{ whiteSpace: 'nowrap' }}>
                  <strong>{formatNumber(r.count)}</strong>
                  {r.note && <Typography.Text type="secondary"> · {r.note}</Typography.Text>}
                </span>
              </Flex>
              <div style={{ height: 6, background: '#f0f0f0', borderRadius: 3 }} aria-hidden>
                <div
                  style={{
                    width: `${Math.round((r.count / max) * 100)}%`,
                    height: '100%',
                    background: r.color ?? '#1677ff',
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

/** Sums the rows (line × commune) by one of their keys. */
function sumBy(rows: readonly StatRow[], keyOf: (r: StatRow) => string) {
  const out = new Map<string, { first: StatRow; inspections: number; withViolations: number }>();
  for (const r of rows) {
    const k = keyOf(r);
    const a = out.get(k) ?? { first: r, inspections: 0, withViolations: 0 };
    a.inspections += r.inspections;
    a.withViolations += r.withViolations;
    out.set(k, a);
  }
  return [...out.entries()].sort((a, b) => b[1].inspections - a[1].inspections);
}

const FIGURES = [
  'inspections',
  'businessesInspected',
  'withViolations',
  'withDrugs',
  'customersTested',
  'customersPositive',
  'fines',
  'fineTotalVnd',
  'suspensions',
  'revocations',
] as const;

/**
 * `/businesses/statistics`: counts for leadership and departments, never a name — inspections of a period by
 * line and commune, and trading businesses by their risk level today. Period, commune and line in the URL.
 */
export default function BusinessStatisticsPage() {
  const { bt } = useBusinessText();
  const [params, setParams] = useSearchParams();
  const pick = (k: string) => {
    const v = params.get(k);
    return v && (k === 'from' || k === 'to' ? isRealDate(v) : true) ? v : undefined;
  };
  const query = { from: pick('from'), to: pick('to'), unitId: pick('unitId'), line: pick('line') };
  const stats = useBusinessStatistics(query);
  const communes = useCommuneOptions(todayIso());
  const set = (change: Record<string, string | undefined>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(change)) {
        if (v) next.set(k, v);
        else next.delete(k);
      }
      return next;
    });
  const d = stats.data;
  const from = query.from ?? d?.from;
  const to = query.to ?? d?.to;

  const columns: ListColumn<StatRow & { key: string }>[] = [
    { key: 'line', title: bt('field.line'), cardTitle: true, render: (_, r) => bt(`line.${r.line}`) },
    { key: 'unit', title: bt('field.unit'), render: (_, r) => r.unit.name },
    { key: 'inspections', title: bt('stats.inspections'), render: (_, r) => formatNumber(r.inspections) },
    {
      key: 'withViolations',
      title: bt('stats.withViolations'),
      render: (_, r) => formatNumber(r.withViolations),
    },
    { key: 'withDrugs', title: bt('stats.withDrugs'), render: (_, r) => formatNumber(r.withDrugs) },
    {
      key: 'fineTotalVnd',
      title: bt('stats.fineTotalVnd'),
      render: (_, r) => <span style={{ whiteSpace: 'nowrap' }}>{formatVnd(r.fineTotalVnd)}</span>,
    },
  ];

  return (
    <>
      <PageHeader title={businessTitle('statistics')} />
      <Typography.Paragraph type="secondary">{bt('stats.intro')}</Typography.Paragraph>
      <Flex gap={12} wrap className="pcmt-filter-bar" style={{ marginBottom: 16 }}>
        <DatePicker.RangePicker
          aria-label={bt('stats.period')}
          placeholder={[bt('stats.from'), bt('stats.to')]}
          format={DATE_FORMAT}
          inputReadOnly
          allowClear={false}
          classNames={{ popup: { root: 'pcmt-range-popup' } }}
          value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
          disabledDate={(day) => day.format('YYYY-MM-DD') > todayIso()}
          onChange={(range) =>
            set({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })
          }
        />
        <Select
          allowClear
          showSearch={communeSearch}
          aria-label={bt('field.unit')}
          placeholder={bt('list.allCommunes')}
          value={query.unitId}
          options={communes.options}
          loading={communes.loading}
          onChange={(v?: string) => set({ unitId: v })}
        />
        <Select<BusinessLine>
          allowClear
          aria-label={bt('field.line')}
          placeholder={bt('list.allLines')}
          value={query.line as BusinessLine | undefined}
          options={businessLines.map((l) => ({ value: l, label: bt(`line.${l}`) }))}
          onChange={(v) => set({ line: v })}
        />
      </Flex>
      {stats.isPending ? (
        <Skeleton active />
      ) : stats.isError ? (
        <ErrorAlert error={stats.error} onRetry={() => void stats.refetch()} />
      ) : d ? (
        <Flex vertical gap={16}>
          <Typography.Text strong>
            {bt('stats.periodShown', { from: formatDate(d.from), to: formatDate(d.to) })}
          </Typography.Text>
          <Row gutter={[12, 12]} data-testid="business-totals">
            {FIGURES.map((f) => (
              <Col key={f} xs={12} md={8} xl={6}>
                <Card size="small" style={{ height: '100%' }}>
                  <Statistic
                    title={bt(`stats.${f}` as BusinessTextKey)}
                    value={f === 'fineTotalVnd' ? formatVnd(d.totals[f]) : formatNumber(d.totals[f])}
                    styles={{ content: { fontSize: 22, overflowWrap: 'anywhere' } }}
                  />
                </Card>
              </Col>
            ))}
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <Breakdown
                title={bt('stats.byRisk')}
                testId="business-by-risk"
                bars={businessRiskLevels.toReversed().map((r) => ({
                  key: r,
                  label: (
                    <>
                      <RiskDot risk={r} />
                      {bt(`risk.${r}`)}
                    </>
                  ),
                  count: d.byRisk[r] ?? 0,
                  color: riskColor[r],
                }))}
              />
            </Col>
            <Col xs={24} lg={12}>
              <Breakdown
                title={bt('stats.byLine')}
                testId="business-by-line"
                bars={sumBy(d.rows, (r) => r.line).map(([k, a]) => ({
                  key: k,
                  label: bt(`line.${a.first.line}`),
                  count: a.inspections,
                  note: bt('stats.violationsOf', { count: formatNumber(a.withViolations) }),
                }))}
              />
            </Col>
            <Col xs={24} lg={12}>
              <Breakdown
                title={bt('stats.byUnit')}
                testId="business-by-unit"
                bars={sumBy(d.rows, (r) => r.unit.id).map(([k, a]) => ({
                  key: k,
                  label: a.first.unit.name,
                  count: a.inspections,
                  note: bt('stats.violationsOf', { count: formatNumber(a.withViolations) }),
                }))}
              />
            </Col>
          </Row>
          <Card size="small" title={bt('stats.rows')}>
            <RecordTable
              rows={d.rows.map((r) => ({ ...r, key: `${r.line}:${r.unit.id}` }))}
              columns={columns}
              rowKey="key"
              loading={false}
              emptyText={bt('stats.none')}
              label={bt('stats.rows')}
            />
          </Card>
        </Flex>
      ) : null}
    </>
  );
}
