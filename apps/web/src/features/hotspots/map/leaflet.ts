// Leaflet, bundled with its CSS (no CDN): only the map pages' chunk loads it. Points are grouped by
// `cluster.ts`, not by leaflet.markercluster (which built a marker tree over all zooms before the first paint).
import 'leaflet/dist/leaflet.css';
import './map.css';
import L from 'leaflet';

export { L };

/**
 * An optional tile layer (e.g. a provincial GIS server), from the build's `VITE_MAP_TILE_URL`. Off by default:
 * the app runs without internet, on the boundaries it ships.
 */
export const TILE_URL: string | undefined = import.meta.env.VITE_MAP_TILE_URL || undefined;

/** A map with no tiles: the administrative boundaries are the background. */
export function createMap(element: HTMLElement, opts: { label: string }): L.Map {
  const map = L.map(element, {
    zoomSnap: 0.25,
    attributionControl: Boolean(TILE_URL),
    // Boundaries on one canvas: thousands of polygon rings stay cheap (no SVG element each).
    preferCanvas: true,
    minZoom: 6,
    maxZoom: 18,
  });
  element.setAttribute('aria-label', opts.label);
  // For journeys and the benchmark: turn a place into a point on screen (`el.pcmtMap.latLngToContainerPoint`).
  Object.assign(element, { pcmtMap: map });
  if (TILE_URL) L.tileLayer(TILE_URL, { maxZoom: 18 }).addTo(map);
  return map;
}

export type BoundaryStyle = (properties: { id: string; level: number; type: string }) => L.PathOptions;

const DISTRICT_TYPES = new Set(['huyen', 'thanh_pho', 'thi_xa']);
/** Province, district (before 01/7/2025) or commune, by type: levels differ between the two eras. */
export const boundaryRank = (type: string): number =>
  type === 'tinh' ? 0 : DISTRICT_TYPES.has(type) ? 1 : 2;

export const defaultBoundaryStyle: BoundaryStyle = (p) =>
  p.type === 'tinh'
    ? { color: '#0f2c4c', weight: 2.5, fill: true, fillColor: '#fbfcfe', fillOpacity: 1 }
    : DISTRICT_TYPES.has(p.type)
      ? { color: '#4f6fb0', weight: 1.6, fill: false }
      : { color: '#8c9bb0', weight: 0.8, fill: false };

/**
 * Where to look first: the user's own units when the boundaries of the date contain them (a commune officer
 * sees their commune), else everything drawn.
 */
export function initialBounds(layer: L.GeoJSON, jurisdiction: ReadonlySet<string>): L.LatLngBounds {
  const own = L.latLngBounds([]);
  layer.eachLayer((l) => {
    const props = (l as L.Polygon & { feature?: { properties?: { id: string; type: string } } }).feature
      ?.properties;
    if (props && jurisdiction.has(props.id) && props.type !== 'tinh')
      own.extend((l as L.Polygon).getBounds());
  });
  return own.isValid() ? own : layer.getBounds();
}
