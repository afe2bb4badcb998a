import { useEffect, useState } from 'react';

type Module = typeof import('./hotspot-map-view.tsx');
let loaded: Module | undefined;
let loading: Promise<Module> | undefined;

/**
 * Downloads the map view (Leaflet, ~150 kB) once: at boot by the route's prefetch when the address is the
 * map's, else when the page first renders. It is not in the page's own chunk graph, so the page module is
 * ready early and the page never suspends on it.
 */
export function loadMapView(): Promise<Module> {
  loading ??= import('./hotspot-map-view.tsx').then((m) => {
    loaded = m;
    return m;
  });
  return loading;
}

/**
 * The map view once its chunk is here (undefined until then, or `'failed'`). Not React.lazy: a lazy
 * component's spinner would make React hold the page's content until 300 ms after it appeared.
 */
export function useMapView(): Module['HotspotMapView'] | 'failed' | undefined {
  const [view, setView] = useState<Module['HotspotMapView'] | 'failed' | undefined>(
    () => loaded?.HotspotMapView,
  );
  useEffect(() => {
    if (view) return;
    let live = true;
    loadMapView().then(
      (m) => live && setView(() => m.HotspotMapView),
      () => live && setView('failed'),
    );
    return () => {
      live = false;
    };
  }, [view]);
  return view;
}
