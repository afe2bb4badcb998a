import type { HotspotMap, HotspotStatistics, HotspotStatus } from '@pcmt/contracts';
import { useEffect, useRef } from 'react';
import { useSession } from '../../auth/session.ts';
import type { UnitBoundaries } from '../hotspots-api.ts';
import { statusColor } from '../status-colors.tsx';
import { trendColor } from '../trend-colors.ts';
import { heatLayer } from './heat-layer.ts';
import { boundaryRank, createMap, defaultBoundaryStyle, initialBounds, L } from './leaflet.ts';
import { drawBoundaries } from './point-picker.tsx';

type MapPoint = HotspotMap['points'][number];
// Categories that say nothing stands out are left unfilled, so the coloured communes catch the eye.
const QUIET = new Set(['insufficient_data', 'not_significant']);
type Labels = {
  map: string;
  status: (s: HotspotStatus) => string;
  open: string;
  cluster: (n: number) => string;
};

const pinIcons = new Map<HotspotStatus, L.DivIcon>();
const pinIcon = (status: HotspotStatus) => {
  let icon = pinIcons.get(status);
  if (!icon) {
    icon = L.divIcon({
      className: 'pcmt-hs-pin',
      html: `<span data-status="${status}" style="background:${statusColor[status]}"></span>`,
      // 28 px: a fingertip's target, around an 18 px dot.
      iconSize: [28, 28],
    });
    pinIcons.set(status, icon);
  }
  return icon;
};

type StatusMarker = L.Marker & { options: L.MarkerOptions & { status: HotspotStatus; hotspotId: string } };

/** A cluster as a ring of its statuses' colours (a conic gradient, no image), with the count in the middle. */
function clusterIcon(cluster: L.MarkerCluster, label: (n: number) => string): L.DivIcon {
  const markers = cluster.getAllChildMarkers() as StatusMarker[];
  const counts = new Map<HotspotStatus, number>();
  for (const m of markers) counts.set(m.options.status, (counts.get(m.options.status) ?? 0) + 1);
  const n = markers.length;
  let at = 0;
  const stops: string[] = [];
  for (const [status, c] of [...counts].sort((a, b) => b[1] - a[1])) {
    const end = at + (c / n) * 360;
    stops.push(`${statusColor[status]} ${at.toFixed(1)}deg ${end.toFixed(1)}deg`);
    at = end;
  }
  const size = n < 10 ? 36 : n < 100 ? 42 : n < 1000 ? 50 : 58;
  return L.divIcon({
    className: 'pcmt-hs-cluster',
    html: `<div role="img" aria-label="${label(n)}" style="background:conic-gradient(${stops.join(',')})"><span>${n.toLocaleString('vi-VN')}</span></div>`,
    iconSize: [size, size],
  });
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The Leaflet map of the hotspot page: boundaries of the date (optionally coloured by trend category), the
 * hotspots clustered and coloured by status, the kernel density as a heat layer. `data-ready` on the container
 * turns true once the current points are clustered and drawn (the benchmark and the journeys wait for it).
 */
export function HotspotMapView({
  boundaries,
  points,
  statistics,
  heat,
  choropleth,
  unitId,
  focusId,
  labels,
  onOpen,
  height,
}: {
  boundaries: UnitBoundaries | undefined;
  points: MapPoint[] | undefined;
  statistics: HotspotStatistics | undefined;
  heat: boolean;
  choropleth: boolean;
  unitId: string | undefined;
  focusId: string | undefined;
  labels: Labels;
  onOpen: (id: string) => void;
  height: string;
}) {
  const host = useRef<HTMLElement>(null);
  const me = useSession();
  const own = useRef(new Set(me.jurisdiction.map((u) => u.id)));
  const map = useRef<L.Map | null>(null);
  const boundaryLayer = useRef<L.GeoJSON | null>(null);
  const clusters = useRef<L.MarkerClusterGroup | null>(null);
  const heatRef = useRef<L.Layer | null>(null);
  const fitted = useRef(false);
  const open = useRef(onOpen);
  open.current = onOpen;
  const text = useRef(labels);
  text.current = labels;

  useEffect(() => {
    if (!host.current) return;
    const m = createMap(host.current, { label: text.current.map });
    m.setView([14.9, 108.3], 8);
    m.createPane('heat').style.zIndex = '350';
    const group = L.markerClusterGroup({
      showCoverageOnHover: false,
      spiderfyOnMaxZoom: true,
      maxClusterRadius: 50,
      iconCreateFunction: (c) => clusterIcon(c, (n) => text.current.cluster(n)),
    });
    group.addTo(m);
    map.current = m;
    clusters.current = group;
    return () => {
      m.remove();
      map.current = null;
      clusters.current = null;
      boundaryLayer.current = null;
      heatRef.current = null;
      fitted.current = false;
    };
  }, []);

  // Boundaries, coloured by the trend of their unit when asked.
  useEffect(() => {
    const m = map.current;
    if (!m || !boundaries) return;
    boundaryLayer.current?.remove();
    const rank = statistics?.level === 'district' ? 1 : 2;
    const trend = new Map((statistics?.units ?? []).map((u) => [u.unitId, u.category]));
    boundaryLayer.current = drawBoundaries(m, boundaries, (p) => {
      const base = defaultBoundaryStyle(p);
      const category = trend.get(p.id);
      if (!choropleth || boundaryRank(p.type) !== rank || !category || QUIET.has(category)) return base;
      return {
        ...base,
        color: '#8c9bb0',
        weight: 0.8,
        fill: true,
        fillColor: trendColor[category],
        fillOpacity: 0.45,
      };
    });
    boundaryLayer.current.bringToBack();
    if (host.current) host.current.dataset.boundaries = String(boundaries.features.length);
    if (!fitted.current) {
      const bounds = initialBounds(boundaryLayer.current, own.current);
      if (bounds.isValid()) m.fitBounds(bounds, { padding: [8, 8] });
      fitted.current = true;
    }
  }, [boundaries, statistics, choropleth]);

  // Zoom to the commune chosen.
  useEffect(() => {
    const m = map.current;
    if (!m || !boundaries || !unitId) return;
    const feature = boundaries.features.find((f) => f.properties.id === unitId);
    if (!feature) return;
    const bounds = L.geoJSON(feature).getBounds();
    if (bounds.isValid()) m.fitBounds(bounds, { padding: [12, 12] });
  }, [boundaries, unitId]);

  // The hotspots, clustered.
  useEffect(() => {
    const group = clusters.current;
    const el = host.current;
    if (!group || !el || !points) return;
    el.dataset.ready = 'false';
    group.clearLayers();
    const markers = points.map((p) => {
      const marker = L.marker([p.lat, p.lng], {
        icon: pinIcon(p.status),
        title: `${p.name} — ${text.current.status(p.status)}`,
        alt: p.name,
        keyboard: true,
        status: p.status,
        hotspotId: p.id,
      } as L.MarkerOptions);
      marker.bindPopup(() => {
        const box = document.createElement('div');
        box.dataset.testid = 'map-popup';
        box.innerHTML =
          `<strong>${escapeHtml(p.name)}</strong><br/>` +
          `<span style="display:inline-block;margin:6px 0;padding:0 7px;border-radius:4px;color:#fff;background:${statusColor[p.status]}">${escapeHtml(text.current.status(p.status))}</span><br/>`;
        const link = document.createElement('a');
        link.href = `/hotspots/${p.id}`;
        link.textContent = text.current.open;
        link.style.display = 'inline-block';
        link.style.padding = '6px 0';
        link.addEventListener('click', (e) => {
          e.preventDefault();
          open.current(p.id);
        });
        box.append(link);
        return box;
      });
      return marker;
    });
    group.addLayers(markers);
    el.dataset.points = String(points.length);
    // Ready once the browser has painted the clusters.
    const frame = requestAnimationFrame(() => {
      el.dataset.clusters = String(el.querySelectorAll('.pcmt-hs-cluster, .pcmt-hs-pin').length);
      el.dataset.ready = 'true';
    });
    return () => cancelAnimationFrame(frame);
  }, [points]);

  // A record asked for from its page: zoom until its marker shows, open its popup.
  useEffect(() => {
    const group = clusters.current;
    if (!group || !points || !focusId) return;
    const marker = group.getLayers().find((l) => (l as StatusMarker).options.hotspotId === focusId) as
      | StatusMarker
      | undefined;
    if (marker) group.zoomToShowLayer(marker, () => marker.openPopup());
  }, [points, focusId]);

  // The kernel density surface as a heat layer (the server computed it; no heat plugin needed).
  useEffect(() => {
    const m = map.current;
    if (!m) return;
    heatRef.current?.remove();
    heatRef.current = null;
    const density = statistics?.density;
    if (!heat || !density || density.max <= 0) return;
    heatRef.current = heatLayer(density.cells, density.max, density.cellMetres).addTo(m);
  }, [statistics, heat]);

  return (
    <section
      ref={host}
      className="pcmt-map"
      data-testid="hotspot-map"
      data-ready="false"
      style={{ height }}
    />
  );
}
