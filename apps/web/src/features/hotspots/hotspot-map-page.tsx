import { FilterOutlined } from '@ant-design/icons';
import {
  type HotspotKind,
  type HotspotStatus,
  hotspotStatuses,
  hotspotTrendCategories,
} from '@pcmt/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Badge, Button, Checkbox, Col, Flex, Grid, Row, Typography } from 'antd';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { fold, formatNumber } from '../../i18n/format.ts';
import {
  fetchHotspot,
  type UnitBoundaries,
  useBoundaries,
  useHotspotMap,
  useHotspotStatistics,
  useUnitsAt,
} from './hotspots-api.ts';
import { useHotspotText } from './i18n.ts';
import { pointSet, subset } from './map/cluster.ts';
import './map/map.css';
import { mapParams, mapStateOf } from './map/map-state.ts';
import { useMapView } from './map/map-view-loader.ts';
import { hotspotTitle } from './nav.ts';
import { statusColor } from './status-colors.tsx';
import { trendColor } from './trend-colors.ts';

const NO_BOUNDARIES: UnitBoundaries = { type: 'FeatureCollection', features: [] };
const COMMUNE_TYPES = new Set(['xa', 'phuong', 'thi_tran', 'dac_khu']);
// Its own chunk, asked for once the map is drawn (see the panel).
const StatisticsPanel = lazy(() => import('./map/statistics-panel.tsx'));
const MapFilters = lazy(() => import('./map/map-filters.tsx'));

function useMapState() {
  const [params, setParams] = useSearchParams();
  const state = mapStateOf(params);
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
  // The statistics panel renders once the map has been drawn: the map is what the page is opened for.
  const [drawn, setDrawn] = useState(false);
  const onDrawn = useCallback(() => setDrawn(true), []);
  const { state, update } = useMapState();
  const MapView = useMapView();
  const mapHeight = wide ? 'min(72vh, 680px)' : 'min(62vh, 520px)';
  const boundaries = useBoundaries(state.at);
  const units = useUnitsAt(state.at);
  const mapData = useHotspotMap(mapParams(state));
  const statistics = useHotspotStatistics(
    { at: state.at, from: state.from, to: state.to, period: state.period, kind: state.kind },
    // After the map is drawn: the Gi* and density computation is CPU work on the server (which may share the
    // machine's cores with the browser), and the map comes first.
    state.from < state.to && (drawn || mapData.isError),
  );

  const communes = useMemo(
    () =>
      (units.data ?? [])
        .filter((u) => COMMUNE_TYPES.has(u.type))
        .map((u) => ({ value: u.id, label: u.name, search: fold(`${u.name} ${u.code}`) })),
    [units.data],
  );
  const allPoints = useMemo(() => mapData.data && pointSet(mapData.data.points), [mapData.data]);
  const points = useMemo(() => {
    const data = mapData.data;
    if (!allPoints || !data || !state.unitId) return allPoints;
    const unit = data.units.findIndex((u) => u.unitId === state.unitId);
    const picked: number[] = [];
    data.points.unit.forEach((u, i) => {
      if (u === unit) picked.push(i);
    });
    return subset(allPoints, unit < 0 ? [] : picked);
  }, [allPoints, mapData.data, state.unitId]);
  const client = useQueryClient();
  const loadDetail = useCallback((id: string) => fetchHotspot(client, id), [client]);
  const labels = useMemo(
    () => ({
      map: hotspotTitle('map'),
      status: (s: HotspotStatus) => ht(`status.${s}`),
      kind: (k: HotspotKind) => ht(`kind.${k}`),
      open: ht('map.open'),
      loading: ht('map.pointLoading'),
      failed: ht('map.pointFailed'),
      together: (n: number) => ht('map.together', { count: formatNumber(n) }),
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
        extra={
          <Flex gap={8} wrap>
            {phone && (
              // On a phone the filters and layers fold behind one button, so the map is on the first screen.
              <Badge count={active} size="small">
                <Button
                  icon={<FilterOutlined />}
                  aria-expanded={filtersOpen}
                  onClick={() => setFiltersOpen((open) => !open)}
                >
                  {ht('map.filters')}
                </Button>
              </Badge>
            )}
            <Button onClick={() => navigate('/hotspots')}>{hotspotTitle('list')}</Button>
          </Flex>
        }
      />
      {/* Not rendered while folded: antd's flex display would override a `hidden` attribute. */}
      {(!phone || filtersOpen) && (
        <Flex
          gap={12}
          wrap
          role="search"
          aria-label={ht('map.filters')}
          className="pcmt-filter-bar"
          style={{ marginBottom: 12 }}
        >
          {/* The controls (antd's date pickers and selects) are their own chunk, asked for once the map is
              drawn (or the folded filters opened); until then, empty boxes of the same size hold the place. */}
          {drawn || filtersOpen ? (
            <Suspense fallback={<FilterSlots />}>
              <MapFilters state={state} update={update} communes={communes} />
            </Suspense>
          ) : (
            <FilterSlots />
          )}
        </Flex>
      )}
      <Flex gap={phone ? 4 : 16} wrap align="center" style={{ marginBottom: 12 }}>
        {(!phone || filtersOpen) && (
          <Flex gap={16} wrap aria-label={ht('map.layers')} style={phone ? { width: '100%' } : undefined}>
            <Checkbox
              checked={state.heat}
              onChange={(e) => update({ heat: e.target.checked ? undefined : '0' })}
            >
              {ht('map.heat')}
            </Checkbox>
            <Checkbox
              checked={state.choropleth}
              onChange={(e) => update({ choropleth: e.target.checked ? undefined : '0' })}
            >
              {ht('map.choropleth')}
            </Checkbox>
          </Flex>
        )}
        <Typography.Text data-testid="map-shown">
          {ht('map.shown', { count: formatNumber(points?.n ?? 0) })}
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
            {MapView && MapView !== 'failed' ? (
              <MapView
                boundaries={boundaries.isError ? NO_BOUNDARIES : boundaries.data}
                points={points}
                statuses={mapData.data?.statuses ?? hotspotStatuses}
                statistics={statistics.data}
                heat={state.heat}
                choropleth={state.choropleth}
                unitId={state.unitId}
                focusId={state.focus}
                labels={labels}
                loadDetail={loadDetail}
                onOpen={(id) => navigate(`/hotspots/${id}`)}
                onDrawn={onDrawn}
                height={mapHeight}
              />
            ) : (
              // Its place until Leaflet's chunk is here (the same box: nothing moves).
              <section
                className="pcmt-map"
                data-testid="hotspot-map"
                data-ready="false"
                style={{ height: mapHeight }}
              >
                {MapView === 'failed' && (
                  <Alert type="error" showIcon title={ht('map.viewFailed')} style={{ margin: 12 }} />
                )}
              </section>
            )}
            <Legend choropleth={state.choropleth} />
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          {(drawn || mapData.isError) && (
            <Suspense fallback={null}>
              <StatisticsPanel
                statistics={statistics.data}
                failed={statistics.isError}
                counts={mapData.data?.units}
                unitId={state.unitId}
                period={state.period}
                onPeriod={(p) => update({ period: p === 'year' ? undefined : p })}
                onUnit={(id) => update({ unitId: id })}
              />
            </Suspense>
          )}
        </Col>
      </Row>
    </>
  );
}

/** Where the five filter controls go, before their chunk is there (same boxes: the map does not move). */
function FilterSlots() {
  return (
    <>
      {[0, 1, 2, 3, 4].map((i) => (
        <div key={i} className="pcmt-filter-slot" aria-hidden />
      ))}
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
