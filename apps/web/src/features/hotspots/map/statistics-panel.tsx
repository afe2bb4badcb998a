import type { HotspotStatistics } from '@pcmt/contracts';
import { Alert, Card, Flex, Select, Table, Tabs, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { formatNumber } from '../../../i18n/format.ts';
import { useHotspotText } from '../i18n.ts';
import { type TrendCategory, trendColor } from '../trend-colors.ts';
import type { Period } from './map-state.ts';

/**
 * The map page's statistics: Gi* trend per area over the periods, and the register's figures per unit. Its
 * own chunk (antd's Table and Tabs), loaded once the map is drawn: the map is what the page is opened for.
 */
const zFormat = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
// Hottest first in the statistics panel.
const severity: Record<TrendCategory, number> = {
  persistent: 0,
  intensifying: 1,
  emerging: 2,
  new: 3,
  sporadic: 4,
  cooling: 5,
  not_significant: 6,
  insufficient_data: 7,
};

type UnitCount = { unitId: string; name: string; total: number; eliminated: number; reformed: number };

export default function StatisticsPanel({
  statistics,
  failed,
  counts,
  unitId,
  period,
  onPeriod,
  onUnit,
}: {
  statistics: HotspotStatistics | undefined;
  failed: boolean;
  counts: UnitCount[] | undefined;
  unitId: string | undefined;
  period: Period;
  onPeriod: (p: Period) => void;
  onUnit: (id: string | undefined) => void;
}) {
  const { ht } = useHotspotText();
  type Row = HotspotStatistics['units'][number] & { lastZ: number | null; formed: number };
  const all: Row[] = useMemo(
    () =>
      (statistics?.units ?? []).map((u) => ({
        ...u,
        lastZ: u.z.at(-1) ?? null,
        formed: u.counts.reduce((a, b) => a + b, 0),
      })),
    [statistics],
  );
  // Areas where nothing formed and nothing stands out are summed up in one line, not listed.
  const rows: Row[] = useMemo(
    () =>
      all
        .filter(
          (u) => u.formed > 0 || (u.category !== 'insufficient_data' && u.category !== 'not_significant'),
        )
        .sort(
          (a, b) =>
            severity[a.category] - severity[b.category] ||
            (b.lastZ ?? Number.NEGATIVE_INFINITY) - (a.lastZ ?? Number.NEGATIVE_INFINITY),
        ),
    [all],
  );
  const countRows = useMemo(
    () => (counts ?? []).filter((c) => c.total > 0 || c.eliminated > 0 || c.reformed > 0),
    [counts],
  );
  const lastPeriod = statistics?.periods.at(-1) ?? '';
  const select = (id: string) => onUnit(id === unitId ? undefined : id);

  const trends = (
    <Flex vertical gap={8}>
      <Select<Period>
        aria-label={ht('map.statisticsPeriod')}
        value={period}
        onChange={onPeriod}
        options={[
          { value: 'year', label: ht('map.byYear') },
          { value: 'quarter', label: ht('map.byQuarter') },
          { value: 'month', label: ht('map.byMonth') },
        ]}
      />
      {failed && <Alert type="warning" showIcon title={ht('map.statsFailed')} />}
      {statistics && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {ht(statistics.level === 'commune' ? 'map.statsLevelCommune' : 'map.statsLevelDistrict', {
            count: formatNumber(statistics.units.length),
            period: lastPeriod,
          })}
        </Typography.Text>
      )}
      {statistics && statistics.unplaced > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {ht('map.unplaced', { count: formatNumber(statistics.unplaced) })}
        </Typography.Text>
      )}
      {statistics && all.length > rows.length && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {ht('map.quiet', { count: formatNumber(all.length - rows.length) })}
        </Typography.Text>
      )}
      <Table<Row>
        size="small"
        rowKey="unitId"
        dataSource={rows}
        loading={!statistics && !failed}
        pagination={rows.length > 12 ? { pageSize: 12, size: 'small', showSizeChanger: false } : false}
        locale={{ emptyText: ht('map.noStats') }}
        onRow={(r) => ({ onClick: () => select(r.unitId), style: { cursor: 'pointer' } })}
        rowClassName={(r) => (r.unitId === unitId ? 'ant-table-row-selected' : '')}
        columns={[
          { key: 'name', title: ht('map.unit'), dataIndex: 'name' },
          {
            key: 'category',
            title: ht('map.trend'),
            render: (_, r) => (
              <Tag
                color={trendColor[r.category]}
                style={{
                  marginInlineEnd: 0,
                  whiteSpace: 'normal',
                  color:
                    r.category === 'insufficient_data' ||
                    r.category === 'not_significant' ||
                    r.category === 'new'
                      ? '#141414'
                      : '#fff',
                }}
              >
                {ht(`trend.${r.category}`)}
              </Tag>
            ),
          },
          {
            key: 'z',
            title: ht('map.lastZ'),
            align: 'right',
            render: (_, r) => (r.lastZ === null ? '—' : zFormat.format(r.lastZ)),
          },
          {
            key: 'formed',
            title: ht('map.counts'),
            align: 'right',
            render: (_, r) => formatNumber(r.formed),
          },
        ]}
      />
    </Flex>
  );

  const figures = (
    <Table<UnitCount>
      size="small"
      rowKey="unitId"
      dataSource={countRows}
      pagination={countRows.length > 12 ? { pageSize: 12, size: 'small', showSizeChanger: false } : false}
      locale={{ emptyText: ht('map.noStats') }}
      onRow={(r) => ({ onClick: () => select(r.unitId), style: { cursor: 'pointer' } })}
      rowClassName={(r) => (r.unitId === unitId ? 'ant-table-row-selected' : '')}
      columns={[
        { key: 'name', title: ht('map.unit'), dataIndex: 'name' },
        { key: 'total', title: ht('map.total'), align: 'right', render: (_, r) => formatNumber(r.total) },
        {
          key: 'eliminated',
          title: ht('map.eliminated'),
          align: 'right',
          render: (_, r) => formatNumber(r.eliminated),
        },
        {
          key: 'reformed',
          title: ht('map.reformed'),
          align: 'right',
          render: (_, r) => formatNumber(r.reformed),
        },
      ]}
    />
  );

  return (
    <Card size="small" title={ht('map.statistics')} data-testid="map-statistics">
      <Tabs
        size="small"
        items={[
          { key: 'trend', label: ht('map.trend'), children: trends },
          { key: 'figures', label: ht('map.counts'), children: figures },
        ]}
      />
    </Card>
  );
}
