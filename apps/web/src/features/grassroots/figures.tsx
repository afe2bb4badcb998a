import { Card, Col, DatePicker, Empty, Flex, Row, Select, Skeleton, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { DATE_FORMAT, formatNumber, todayIso } from '../../i18n/format.ts';
import { useStatsQuery } from '../mobilisation/stats-view.tsx';
import { useGrassrootsText } from './i18n.ts';
import { useUnitChoices } from './unit-choices.ts';

/** The period (default 1 January to today) and area of a figures page, from the URL. */
export function usePeriod() {
  const { query, set } = useStatsQuery();
  const to = query.to ?? todayIso();
  const from = query.from ?? `${to.slice(0, 4)}-01-01`;
  return { query, set, from, to };
}

/** One labelled figure per line: fits a 360 px phone without sideways scrolling. */
export function FigureList({
  title,
  rows,
  testId,
}: {
  title: ReactNode;
  rows: [string, ReactNode][];
  testId?: string;
}) {
  return (
    <Card size="small" title={title} data-testid={testId}>
      <Flex vertical gap={4}>
        {rows.map(([label, value]) => (
          <Flex key={label} justify="space-between" gap={12}>
            <span style={{ minWidth: 0, overflowWrap: 'anywhere' }}>{label}</span>
            <strong style={{ whiteSpace: 'nowrap' }}>{value}</strong>
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}

/** A figures page: period and area in the URL, totals as tiles, then the breakdown cards. Never a name. */
export function FiguresPage({
  totals,
  pending,
  error,
  onRetry,
  note,
  children,
}: {
  totals: [string, number][] | undefined;
  pending: boolean;
  error: unknown;
  onRetry: () => void;
  note?: string;
  children?: ReactNode;
}) {
  const { gt } = useGrassrootsText();
  const { query, set, from, to } = usePeriod();
  const units = useUnitChoices();
  return (
    <Flex vertical gap={16}>
      <Flex gap={12} wrap className="pcmt-filter-bar">
        <DatePicker
          aria-label={gt('common.from')}
          placeholder={gt('common.from')}
          format={DATE_FORMAT}
          inputReadOnly
          value={dayjs(from)}
          onChange={(d) => set({ from: d ? d.format('YYYY-MM-DD') : undefined })}
        />
        <DatePicker
          aria-label={gt('common.to')}
          placeholder={gt('common.to')}
          format={DATE_FORMAT}
          inputReadOnly
          value={dayjs(to)}
          onChange={(d) => set({ to: d ? d.format('YYYY-MM-DD') : undefined })}
        />
        <Select
          allowClear
          showSearch={units.search}
          aria-label={gt('field.unit')}
          placeholder={gt('common.allCommunes')}
          value={query.unitId}
          onChange={(v) => set({ unitId: v })}
          options={units.all}
          loading={units.loading}
          style={{ minWidth: 200 }}
        />
      </Flex>
      {note && <Typography.Text type="secondary">{note}</Typography.Text>}
      {error ? (
        <ErrorAlert error={error} onRetry={onRetry} />
      ) : pending || !totals ? (
        <Skeleton active />
      ) : (
        <>
          <Card size="small" title={gt('common.total')} data-testid="stats-totals">
            <Row gutter={[16, 16]}>
              {totals.map(([label, value]) => (
                <Col key={label} xs={12} md={6}>
                  <Statistic title={label} value={formatNumber(value)} />
                </Col>
              ))}
            </Row>
          </Card>
          {totals.every(([, v]) => v === 0) ? (
            <Empty description={gt('common.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
          ) : (
            <Row gutter={[12, 12]}>{children}</Row>
          )}
        </>
      )}
    </Flex>
  );
}

/** A breakdown card's column: one a row on phones, two or three on wider screens. */
export const cell = { xs: 24, md: 12, xl: 8 };
