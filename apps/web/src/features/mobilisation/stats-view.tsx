import { Card, Col, DatePicker, Empty, Flex, Row, Select, Skeleton, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { DATE_FORMAT, formatNumber, isRealDate, todayIso } from '../../i18n/format.ts';
import { communeSearch, useCommuneOptions } from '../key-areas/on-date.tsx';
import { useMobilisationText } from './i18n.ts';

/** The period and commune of a figures page, kept in the URL (`from`, `to`, `unitId`). */
export function useStatsQuery() {
  const [params, setParams] = useSearchParams();
  const pick = (k: string) => {
    const v = params.get(k);
    return v && (k === 'from' || k === 'to' ? isRealDate(v) : true) ? v : undefined;
  };
  const query = { from: pick('from'), to: pick('to'), unitId: pick('unitId') };
  const set = (change: Record<string, string | undefined>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(change)) {
        if (v) next.set(k, v);
        else next.delete(k);
      }
      return next;
    });
  return { query, set };
}

export type Figure = { key: string; label: string };
type StatRow = { unit: { id: string; name: string } } & Record<string, unknown>;

/**
 * A figures page's body: the period and commune, the totals as tiles, then one card per commune (cards rather
 * than a wide table: they fit a 360 px phone without sideways scrolling). Never a name.
 */
export function StatsView({
  figures,
  data,
  pending,
  error,
  onRetry,
  from,
  to,
  extra,
}: {
  figures: readonly Figure[];
  data: { totals: Record<string, unknown>; rows: StatRow[] } | undefined;
  pending: boolean;
  error: unknown;
  onRetry: () => void;
  from: string;
  to: string;
  extra?: ReactNode;
}) {
  const { mt } = useMobilisationText();
  const { query, set } = useStatsQuery();
  const communes = useCommuneOptions(todayIso());
  const n = (v: unknown) => formatNumber(typeof v === 'number' ? v : 0);
  return (
    <Flex vertical gap={16}>
      <Flex gap={12} wrap className="pcmt-filter-bar">
        <DatePicker
          aria-label={mt('stats.from')}
          placeholder={mt('stats.from')}
          format={DATE_FORMAT}
          inputReadOnly
          value={dayjs(from)}
          onChange={(d) => set({ from: d ? d.format('YYYY-MM-DD') : undefined })}
        />
        <DatePicker
          aria-label={mt('stats.to')}
          placeholder={mt('stats.to')}
          format={DATE_FORMAT}
          inputReadOnly
          value={dayjs(to)}
          onChange={(d) => set({ to: d ? d.format('YYYY-MM-DD') : undefined })}
        />
        <Select
          allowClear
          showSearch={communeSearch}
          aria-label={mt('stats.commune')}
          placeholder={mt('persons.allCommunes')}
          value={query.unitId}
          onChange={(v) => set({ unitId: v })}
          options={communes.options}
          loading={communes.loading}
          style={{ minWidth: 200 }}
        />
      </Flex>
      <Typography.Text type="secondary">{mt('stats.note')}</Typography.Text>
      {error ? (
        <ErrorAlert error={error} onRetry={onRetry} />
      ) : pending || !data ? (
        <Skeleton active />
      ) : (
        <>
          <Card size="small" title={mt('stats.total')} data-testid="stats-totals">
            <Row gutter={[16, 16]}>
              {figures.map((f) => (
                <Col key={f.key} xs={12} md={6}>
                  <Statistic title={f.label} value={n(data.totals[f.key])} />
                </Col>
              ))}
            </Row>
          </Card>
          {extra}
          {data.rows.length === 0 ? (
            <Empty description={mt('stats.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
          ) : (
            <Row gutter={[12, 12]}>
              {data.rows.map((r) => (
                <Col key={r.unit.id} xs={24} md={12} xl={8}>
                  <Card size="small" title={r.unit.name} data-testid="stats-row">
                    <Flex vertical gap={4}>
                      {figures.map((f) => (
                        <Flex key={f.key} justify="space-between" gap={12}>
                          <span style={{ minWidth: 0, overflowWrap: 'anywhere' }}>{f.label}</span>
                          <strong style={{ whiteSpace: 'nowrap' }}>{n(r[f.key])}</strong>
                        </Flex>
                      ))}
                    </Flex>
                  </Card>
                </Col>
              ))}
            </Row>
          )}
        </>
      )}
    </Flex>
  );
}
