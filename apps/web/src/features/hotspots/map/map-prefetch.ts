import { askEarly } from '../early.ts';
import { boundariesPath, hotspotMapPath } from '../hotspot-paths.ts';
import { mapParams, mapStateOf } from './map-state.ts';
import { loadMapView } from './map-view-loader.ts';

/**
 * What the map draws first — the boundaries of the date, the points and the map view's code — asked for at
 * boot when the address is the map's (the kit's `preloadPageAt`, in parallel with the session check and the
 * code), not once the page has rendered. Small on purpose: it is in the first download.
 */
export function prefetchHotspotMap(search: URLSearchParams): void {
  // Leaflet and the map view: their own chunk, downloaded beside the page's.
  loadMapView().catch(() => undefined);
  const state = mapStateOf(search);
  // In the next task: after the session check (`/auth/me`, asked in the same boot task), which the layout
  // waits for, so that the server answers it first; the points are needed only once the layout has rendered.
  setTimeout(() => {
    askEarly(boundariesPath(state.at));
    askEarly(hotspotMapPath(mapParams(state)));
  }, 0);
}
