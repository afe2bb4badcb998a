import { FilterOutlined } from '@ant-design/icons';
import {
  type HotspotKind,
  type HotspotStatistics,
  type HotspotStatus,
  hotspotKinds,
  hotspotStatuses,
  hotspotTrendCategories,
} from '@pcmt/contracts';
import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Flex,
  Grid,
  Row,
  Select,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useCallback, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { DATE_FORMAT, fold, formatNumber, isRealDate, todayIso } from '../../i18n/format.ts';
import { useBoundaries, useHotspotMap, useHotspotStatistics, useUnitsAt } from './hotspots-api.ts';
import { useHotspotText } from './i18n.ts';
import { HotspotMapView } from './map/hotspot-map-view.tsx';
import { hotspotTitle } from './nav.ts';
import { statusColor } from './status-colors.tsx';
import { type TrendCategory, trendColor } from './trend-colors.ts';

const COMMUNE_TYPES = new Set(['xa', 'phuong', 'thi_tran', 'dac_khu']);
const PERIODS = ['year', 'quarter', 'month'] as const;
type Period = (typeof PERIODS)[number];
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

/** The map's state in the URL (a link shows the same map): date of the units, period, filters, layers. */
function useMapState() {
  const [params, setParams] = useSearchParams();
  const today = todayIso();
  const get = (k: string) => params.get(k) ?? undefined;
  const date = (k: string, fallback: string) => {
    const v = get(k);
    return isRealDate(v) ? v : fallback;
  };
  const period = get('period');
  const state = {
    at: date('at', today),
    from: date('from', `${Number(today.slice(0, 4)) - 3}-01-01`),
    to: date('to', today),
    status: get('status'),
    kind: get('kind') as HotspotKind | undefined,
    unitId: get('unitId'),
    period: (PERIODS.includes(period as Period) ? period : 'year') as Period,
    heat: get('heat') !== '0',
    choropleth: get('choropleth') !== '0',
    focus: get('focus'),
  };
  const update = useCallback(
    (change: Record<string, string | undefined>) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(change)) {
            if (v === undefined || v === '') next.delete(k);
            else next.set(k, v);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { state, update };
}

/** `/hotspots/map`: the province's hotspots on its shipped boundaries, with density and Gi* trends. */
export default function HotspotMapPage() {
  const { ht } = useHotspotText();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const wide = screens.lg !== false;
  const phone = screens.md === false;
  const [filtersOpen, setFiltersOpen] = useState(false);
  const { state, update } = useMapState();
  const boundaries = useBoundaries(state.at);
  const units = useUnitsAt(state.at);
  const mapData = useHotspotMap({
    at: state.at,
    from: state.from,
    to: state.to,
    status: state.status,
    kind: state.kind,
  });
  const statistics = useHotspotStatistics(
    { at: state.at, from: state.from, to: state.to, period: state.period, kind: state.kind },
    // After the points: the Gi* and density computation is CPU work on the server, and the map comes first.
    state.from < state.to && mapData.isSuccess,
  );

  const communes = useMemo(
    () =>
      (units.data ?? [])
        .filter((u) => COMMUNE_TYPES.has(u.type))
        .map((u) => ({ value: u.id, label: u.name, search: fold(`${u.name} ${u.code}`) })),
    [units.data],
  );
  const points = useMemo(
    () =>
      state.unitId ? mapData.data?.points.filter((p) => p.unitId === state.unitId) : mapData.data?.points,
    [mapData.data, state.unitId],
  );
  const statuses = (state.status?.split(',') ?? []) as HotspotStatus[];
  const labels = useMemo(
    () => ({
      map: hotspotTitle('map'),
      status: (s: HotspotStatus) => ht(`status.${s}`),
      open: ht('map.open'),
      cluster: (n: number) => ht('map.clusterLabel', { count: formatNumber(n) }),
    }),
    [ht],
  );
  const unlocated = mapData.data?.unlocated ?? 0;
  const active = [state.status, state.kind, state.unitId].filter(Boolean).length;
  const listLink = `/hotspots?located=false&from=${state.from}&to=${state.to}${state.kind ? `&kind=${state.kind}` : ''}${state.status ? `&status=${state.status}` : ''}`;

  return (
    <>
      <PageHeader
        title={hotspotTitle('map')}
        extra={<Button onClick={() => navigate('/hotspots')}>{hotspotTitle('list')}</Button>}
      />
      {phone && (
        // On a phone the filters fold behind one button, so the map is on the first screen.
        <Badge count={active} size="small" style={{ marginBottom: 12 }}>
          <Button
            icon={<FilterOutlined />}
            aria-expanded={filtersOpen}
            onClick={() => setFiltersOpen((open) => !open)}
            style={{ marginBottom: 12 }}
          >
            {ht('map.filters')}
          </Button>
        </Badge>
      )}
      <Flex
        gap={12}
        wrap
        role="search"
        aria-label={ht('map.filters')}
        className="pcmt-filter-bar"
        hidden={phone && !filtersOpen}
        style={{ marginBottom: 12 }}
      >
        <DatePicker.RangePicker
          aria-label={ht('map.period')}
          placeholder={[ht('list.from'), ht('list.to')]}
          format={DATE_FORMAT}
          inputReadOnly
          allowClear={false}
          classNames={{ popup: { root: 'pcmt-range-popup' } }}
          value={[dayjs(state.from), dayjs(state.to)]}
          onChange={(r) =>
            r?.[0] && r[1] && update({ from: r[0].format('YYYY-MM-DD'), to: r[1].format('YYYY-MM-DD') })
          }
        />
        <DatePicker
          aria-label={ht('map.at')}
          prefix={<Typography.Text type="secondary">{ht('map.at')}:</Typography.Text>}
          format={DATE_FORMAT}
          inputReadOnly
          allowClear={false}
          value={dayjs(state.at)}
          onChange={(d) => d && update({ at: d.format('YYYY-MM-DD'), unitId: undefined })}
        />
        <Select<HotspotStatus[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          aria-label={ht('field.status')}
          placeholder={ht('list.allStatuses')}
          value={statuses}
          onChange={(v) => update({ status: v.length ? v.join(',') : undefined })}
          options={hotspotStatuses.map((s) => ({
            value: s,
            label: (
              <span>
                <i
                  style={{
                    display: 'inline-block',
                    width: 10,
                    height: 10,
                    borderRadius: '50%',
                    background: statusColor[s],
                    marginInlineEnd: 6,
                  }}
                />
                {ht(`status.${s}`)}
              </span>
            ),
          }))}
        />
        <Select<HotspotKind>
          allowClear
          aria-label={ht('field.kind')}
          placeholder={ht('list.allKinds')}
          value={state.kind}
          onChange={(v) => update({ kind: v })}
          options={hotspotKinds.map((k) => ({ value: k, label: ht(`kind.${k}`) }))}
        />
        <Select
          allowClear
          showSearch={{ filterOption: (input, o) => String(o?.search ?? '').includes(fold(input)) }}
          aria-label={ht('map.commune')}
          placeholder={ht('list.allCommunes')}
          value={state.unitId}
          onChange={(v) => update({ unitId: v })}
          options={communes}
        />
      </Flex>
      <Flex gap={16} wrap align="center" style={{ marginBottom: 12 }}>
        <Checkbox checked={state.heat} onChange={(e) => update({ heat: e.target.checked ? undefined : '0' })}>
          {ht('map.heat')}
        </Checkbox>
        <Checkbox
          checked={state.choropleth}
          onChange={(e) => update({ choropleth: e.target.checked ? undefined : '0' })}
        >
          {ht('map.choropleth')}
        </Checkbox>
        <Typography.Text data-testid="map-shown">
          {ht('map.shown', { count: formatNumber(points?.length ?? 0) })}
        </Typography.Text>
        <Typography.Text data-testid="map-unlocated">
          {ht('map.unlocated', { count: formatNumber(unlocated) })}
          {unlocated > 0 && (
            <>
              {' · '}
              <Link to={listLink}>{ht('map.unlocatedLink')}</Link>
            </>
          )}
        </Typography.Text>
      </Flex>
      {mapData.isError && <ErrorAlert error={mapData.error} onRetry={() => void mapData.refetch()} />}
      {boundaries.isSuccess && boundaries.data.features.length === 0 && (
        <Alert type="warning" showIcon title={ht('map.noBoundaries')} style={{ marginBottom: 12 }} />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Flex vertical gap={8}>
            <HotspotMapView
              boundaries={boundaries.data}
              points={points}
              statistics={statistics.data}
              heat={state.heat}
              choropleth={state.choropleth}
              unitId={state.unitId}
              focusId={state.focus}
              labels={labels}
              onOpen={(id) => navigate(`/hotspots/${id}`)}
              height={wide ? 'min(72vh, 680px)' : 'min(62vh, 520px)'}
            />
            <Legend choropleth={state.choropleth} />
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          <StatisticsPanel
            statistics={statistics.data}
            failed={statistics.isError}
            counts={mapData.data?.units}
            unitId={state.unitId}
            period={state.period}
            onPeriod={(p) => update({ period: p === 'year' ? undefined : p })}
            onUnit={(id) => update({ unitId: id })}
          />
        </Col>
      </Row>
    </>
  );
}

function Legend({ choropleth }: { choropleth: boolean }) {
  const { ht } = useHotspotText();
  return (
    <Flex vertical gap={6} aria-label={ht('map.legend')}>
      <div className="pcmt-map-legend" data-testid="map-legend">
        {hotspotStatuses.map((s) => (
          <span key={s}>
            <i style={{ background: statusColor[s] }} />
            {ht(`status.${s}`)}
          </span>
        ))}
      </div>
      {choropleth && (
        <div className="pcmt-map-legend">
          {hotspotTrendCategories
            .filter((c) => c !== 'insufficient_data' && c !== 'not_significant')
            .map((c) => (
              <span key={c}>
                <i className="square" style={{ background: trendColor[c] }} />
                {ht(`trend.${c}`)}
              </span>
            ))}
        </div>
      )}
    </Flex>
  );
}

type UnitCount = { unitId: string; name: string; total: number; eliminated: number; reformed: number };

function StatisticsPanel({
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
