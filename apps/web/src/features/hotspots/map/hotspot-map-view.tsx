import type { HotspotStatistics, HotspotStatus } from '@pcmt/contracts';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useSession } from '../../auth/session.ts';
import type { UnitBoundaries } from '../hotspots-api.ts';
import { trendColor } from '../trend-colors.ts';
import { BoundaryCanvas } from './boundary-canvas.ts';
import { type Group, groupsAt, type PointSet } from './cluster.ts';
import { heatLayer } from './heat-layer.ts';
import { type BoundaryStyle, boundaryRank, createMap, defaultBoundaryStyle, L } from './leaflet.ts';
import {
  groupIcon,
  type Labels,
  type Latest,
  listPopup,
  type PointDetail,
  pinIcon,
  pointPopup,
} from './map-markers.ts';

export type { PointDetail } from './map-markers.ts';

// Categories that say nothing stands out are left unfilled, so the coloured communes catch the eye.
const QUIET = new Set(['insufficient_data', 'not_significant']);
/** Points closer than this on screen are drawn as one group (pixels). */
const RADIUS = 50;
/** A group of points at one place (same building) is listed in a popup instead of zoomed into. */
const LIST_AT_MOST = 20;

/**
 * The Leaflet map of the hotspot page: boundaries of the date (optionally coloured by trend category), the
 * hotspots grouped and coloured by status (`cluster.ts`; only what is on screen becomes DOM markers), the
 * kernel density as a heat layer. A point's name and kind are read when its popup opens (`loadDetail`).
 * `data-ready` on the container turns true once the current points are grouped and painted (the benchmark
 * and the journeys wait for it).
 */
export function HotspotMapView({
  boundaries,
  points,
  statuses,
  statistics,
  heat,
  choropleth,
  unitId,
  focusId,
  labels,
  loadDetail,
  onOpen,
  onDrawn,
  height,
}: {
  boundaries: UnitBoundaries | undefined;
  points: PointSet | undefined;
  /** The status each `points.status` index stands for. */
  statuses: readonly HotspotStatus[];
  statistics: HotspotStatistics | undefined;
  heat: boolean;
  choropleth: boolean;
  unitId: string | undefined;
  focusId: string | undefined;
  labels: Labels;
  loadDetail: (id: string) => Promise<PointDetail>;
  onOpen: (id: string) => void;
  /** After the points have been painted (each time they change). */
  onDrawn?: () => void;
  height: string;
}) {
  const host = useRef<HTMLElement>(null);
  const me = useSession();
  const own = useRef(new Set(me.jurisdiction.map((u) => u.id)));
  const map = useRef<L.Map | null>(null);
  const boundaryLayer = useRef<BoundaryCanvas | null>(null);
  const heatRef = useRef<L.Layer | null>(null);
  const fitted = useRef(false);
  // The view the page chose (fit the boundaries, or the record asked for), applied again when the map's box
  // changes size until the user moves the map: the layout around it may still settle after the first render
  // (on a phone the shell first renders with its side menu, then folds it).
  const autoView = useRef<(() => void) | null>(null);
  // Latest props for Leaflet's handlers, which outlive renders.
  const latest = useRef({ labels, onOpen, loadDetail, statuses, onDrawn });
  latest.current = { labels, onOpen, loadDetail, statuses, onDrawn };
  // What is drawn: the point set, its groups at `zoom`, and the markers on screen by key.
  const drawn = useRef<{
    set: PointSet | null;
    zoom: number;
    groups: Group[];
    markers: Map<string, L.Marker>;
    layer: L.LayerGroup | null;
    focus: string | null;
  }>({ set: null, zoom: Number.NaN, groups: [], markers: new Map(), layer: null, focus: null });

  // Layout effects (map, boundaries, points): with the data already there at the first render, the map is
  // created and drawn before the browser's first paint of the page, not in a second pass after it.
  useLayoutEffect(() => {
    if (!host.current) return;
    // No view yet: the first one is the boundaries' (or the focused record's), so the map is laid out and
    // drawn once, not first at a default place and again when the boundaries arrive.
    const m = createMap(host.current, { label: latest.current.labels.map });
    m.createPane('heat').style.zIndex = '350';
    const layer = L.layerGroup().addTo(m);
    const state = drawn.current;
    state.layer = layer;
    map.current = m;
    const redraw = () => draw(m, state, latest.current);
    // `moveend` also ends every zoom.
    m.on('moveend resize', redraw);
    // Leaflet measures its box once; a box resized by the page's layout (not the window) is measured again.
    const box = host.current;
    const resized = new ResizeObserver(() => {
      if (!isLoaded(m)) return;
      const before = m.getSize();
      m.invalidateSize();
      if (!m.getSize().equals(before)) autoView.current?.();
    });
    resized.observe(box);
    // A hand on the map: the view is the user's from now on.
    const mine = () => {
      autoView.current = null;
    };
    for (const type of ['pointerdown', 'wheel', 'keydown'])
      box.addEventListener(type, mine, { passive: true });
    return () => {
      resized.disconnect();
      for (const type of ['pointerdown', 'wheel', 'keydown']) box.removeEventListener(type, mine);
      m.off('moveend resize', redraw);
      m.remove();
      map.current = null;
      boundaryLayer.current = null;
      heatRef.current = null;
      fitted.current = false;
      Object.assign(state, { set: null, zoom: Number.NaN, groups: [], markers: new Map(), layer: null });
    };
  }, []);

  // Boundaries, coloured by the trend of their unit when asked (restyled without projecting them again).
  useLayoutEffect(() => {
    const m = map.current;
    if (!m || !boundaries) return;
    const rank = statistics?.level === 'district' ? 1 : 2;
    const trend = new Map((statistics?.units ?? []).map((u) => [u.unitId, u.category]));
    const style: BoundaryStyle = (p) => {
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
    };
    let layer = boundaryLayer.current;
    if (layer?.data === boundaries) layer.setStyle(style);
    else {
      layer?.layer.remove();
      layer = new BoundaryCanvas(boundaries, style);
      layer.layer.addTo(m);
      boundaryLayer.current = layer;
    }
    if (host.current) host.current.dataset.boundaries = String(boundaries.features.length);
    // A record asked for from its page keeps the view on it.
    if (!fitted.current && !drawn.current.focus) {
      // The user's own units when the boundaries of the date contain them (a commune officer sees their
      // commune), else everything drawn.
      const bounds = layer.boundsOf(own.current);
      autoView.current = () =>
        bounds.isValid()
          ? m.fitBounds(bounds, { padding: [8, 8], animate: false })
          : // No boundaries for the date (or they failed): the province's rough place.
            m.setView([14.9, 108.3], 8);
      autoView.current();
    }
    fitted.current = true;
  }, [boundaries, statistics, choropleth]);

  // Zoom to the commune chosen.
  useEffect(() => {
    const m = map.current;
    if (!m || !boundaries || !unitId) return;
    const bounds = boundaryLayer.current?.unitBounds(unitId);
    if (!bounds?.isValid()) return;
    autoView.current = () => m.fitBounds(bounds, { padding: [12, 12] });
    autoView.current();
  }, [boundaries, unitId]);

  // The hotspots, grouped at the current zoom.
  useLayoutEffect(() => {
    const m = map.current;
    const el = host.current;
    if (!m || !el || !points) return;
    el.dataset.ready = 'false';
    const state = drawn.current;
    state.set = points;
    state.zoom = Number.NaN;
    let frame = 0;
    let painted: ReturnType<typeof setTimeout> | undefined;
    // Once the map has its first view (the boundaries', usually already there).
    m.whenReady(() => {
      if (state.set !== points) return;
      draw(m, state, latest.current);
      el.dataset.points = String(points.n);
      // Ready once the browser has painted the groups: the task after the next frame.
      frame = requestAnimationFrame(() => {
        painted = setTimeout(() => {
          el.dataset.clusters = String(el.querySelectorAll('.pcmt-hs-cluster, .pcmt-hs-pin').length);
          el.dataset.ready = 'true';
          latest.current.onDrawn?.();
        }, 0);
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(painted);
    };
  }, [points]);

  // A record asked for from its page: zoom until it stands alone, open its popup. A layout effect, like the
  // map's: the first paint is already at the record, and if React ever re-creates the map (a Suspense boundary
  // above hiding and showing it again runs layout effects again) the popup opens again with it.
  useLayoutEffect(() => {
    const m = map.current;
    if (!m || !points || !focusId) return;
    const i = points.id.indexOf(focusId);
    if (i < 0) return;
    let zoom = Math.max(isLoaded(m) ? Math.ceil(m.getZoom()) : 0, 12);
    const max = m.getMaxZoom();
    const alone = (z: number) =>
      groupsAt(points, z, RADIUS, latest.current.statuses.length).some(
        (g) => g.members.length === 1 && g.members[0] === i,
      );
    while (zoom < max && !alone(zoom)) zoom += 1;
    drawn.current.focus = focusId;
    fitted.current = true;
    const open = () => drawn.current.markers.get(`p${focusId}`)?.openPopup();
    const view = () => {
      m.setView([points.lat[i]!, points.lng[i]!], zoom, { animate: false });
      open();
    };
    autoView.current = view;
    view();
    // Until the user touches the map, the record's popup stays open: a redraw after a resize or a move (the
    // page's layout settling on a busy phone) may replace its marker, which closes the popup with it.
    const keepOpen = () => {
      const marker = drawn.current.markers.get(`p${focusId}`);
      if (autoView.current === view && marker && !marker.isPopupOpen()) open();
    };
    m.on('moveend resize', keepOpen);
    return () => {
      m.off('moveend resize', keepOpen);
    };
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

type Drawn = {
  set: PointSet | null;
  zoom: number;
  groups: Group[];
  markers: Map<string, L.Marker>;
  layer: L.LayerGroup | null;
};

/**
 * Puts on the map the groups that lie on screen (with a margin, so a short pan shows no gap): regroups when
 * the zoom changed, keeps the markers still on screen, removes the others.
 */
function draw(m: L.Map, state: Drawn, latest: Latest): void {
  const { set, layer } = state;
  if (!layer || !isLoaded(m)) return;
  if (!set) {
    layer.clearLayers();
    state.markers.clear();
    return;
  }
  const zoom = m.getZoom();
  if (zoom !== state.zoom) {
    state.groups = groupsAt(set, zoom, RADIUS, latest.statuses.length);
    state.zoom = zoom;
  }
  const view = m.getBounds().pad(0.25);
  const keep = new Map<string, L.Marker>();
  for (const g of state.groups) {
    if (!view.contains([g.lat, g.lng])) continue;
    const first = g.members[0]!;
    const key = g.members.length === 1 ? `p${set.id[first]}` : `g${zoom}:${first}:${g.members.length}`;
    const marker = state.markers.get(key) ?? makeMarker(m, set, g, latest);
    keep.set(key, marker);
  }
  for (const [key, marker] of state.markers) if (!keep.has(key)) layer.removeLayer(marker);
  for (const [key, marker] of keep) if (!state.markers.has(key)) layer.addLayer(marker);
  state.markers = keep;
}

/** Whether the map has a view yet (Leaflet says so only through `whenReady`). */
const isLoaded = (m: L.Map) => (m as L.Map & { _loaded?: boolean })._loaded === true;

function makeMarker(m: L.Map, set: PointSet, g: Group, latest: Latest): L.Marker {
  const { labels, statuses } = latest;
  if (g.members.length === 1) {
    const i = g.members[0]!;
    const status = statuses[set.status[i]!]!;
    const marker = L.marker([set.lat[i]!, set.lng[i]!], {
      icon: pinIcon(status),
      title: labels.status(status),
      alt: labels.status(status),
      keyboard: true,
    });
    // Built once per marker: reopening shows it at once, and `update` (re-placing the popup once the name
    // has arrived and made it taller) does not build and read it again.
    let box: HTMLElement | undefined;
    marker.bindPopup(() => {
      box ??= pointPopup(set.id[i]!, status, latest, () => marker.getPopup()?.update());
      return box;
    });
    return marker;
  }
  const label = labels.cluster(g.members.length);
  const marker = L.marker([g.lat, g.lng], {
    icon: groupIcon(g, statuses, label),
    title: label,
    keyboard: true,
  });
  marker.on('click', () => {
    const bounds = L.latLngBounds(g.bounds[0], g.bounds[1]);
    const max = m.getMaxZoom();
    const zoom = m.getZoom();
    // One place (or as close as the map goes): list the records instead of zooming.
    const target = Math.min(max, m.getBoundsZoom(bounds.pad(0.2)));
    if (zoom >= max || target <= zoom) {
      if (zoom < max && g.members.length > LIST_AT_MOST) m.setView([g.lat, g.lng], Math.min(max, zoom + 2));
      else {
        const popup = L.popup({ offset: [0, -8] });
        popup
          .setLatLng([g.lat, g.lng])
          .setContent(listPopup(set, g, latest, () => popup.update()))
          .openOn(m);
      }
      return;
    }
    m.fitBounds(bounds, { padding: [40, 40], maxZoom: max });
  });
  return marker;
}
