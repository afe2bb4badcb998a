import { useEffect, useRef } from 'react';
import { useSession } from '../auth/session.ts';
import type { UnitBoundaries } from '../hotspots/hotspots-api.ts';
import { boundaryRank, createMap, defaultBoundaryStyle, initialBounds, L } from '../hotspots/map/leaflet.ts';
import { type ClassKey, classColor } from './class-colors.tsx';

export type CommuneShade = { classKey: ClassKey; label: string; designated: boolean };

/**
 * The choropleth of the province view: the boundaries of the date (the hotspot map's Leaflet set-up, no
 * tiles), each commune filled with its class's colour; a designated key area gets a thicker dark outline.
 * A tap opens a popup naming the commune and its class, with a link to the commune's page. `data-ready`
 * turns true once the communes are drawn (journeys wait for it), `data-shaded` counts the filled ones.
 */
export function ProvinceMap({
  boundaries,
  shades,
  label,
  openLabel,
  onOpen,
  height,
}: {
  boundaries: UnitBoundaries;
  shades: ReadonlyMap<string, CommuneShade>;
  label: string;
  openLabel: string;
  onOpen: (unitId: string) => void;
  height: string;
}) {
  const host = useRef<HTMLElement>(null);
  const map = useRef<L.Map | null>(null);
  const layer = useRef<L.GeoJSON | null>(null);
  const fitted = useRef(false);
  const me = useSession();
  const own = useRef(new Set(me.jurisdiction.map((u) => u.id)));
  // Latest props for Leaflet's handlers, which outlive renders.
  const latest = useRef({ onOpen, openLabel, label });
  latest.current = { onOpen, openLabel, label };

  useEffect(() => {
    if (!host.current) return;
    const m = createMap(host.current, { label: latest.current.label });
    m.setView([14.9, 108.3], 8);
    map.current = m;
    return () => {
      m.remove();
      map.current = null;
      layer.current = null;
      fitted.current = false;
    };
  }, []);

  useEffect(() => {
    host.current?.setAttribute('aria-label', label);
  }, [label]);

  useEffect(() => {
    const m = map.current;
    const el = host.current;
    if (!m || !el) return;
    el.dataset.ready = 'false';
    layer.current?.remove();
    const geo = L.geoJSON(undefined, {
      style: (f) => {
        const p = (f?.properties ?? { id: '', level: 3, type: 'xa' }) as {
          id: string;
          level: number;
          type: string;
        };
        const shade = shades.get(p.id);
        if (!shade) return { ...defaultBoundaryStyle(p), interactive: false };
        return {
          color: shade.designated ? '#141414' : '#5c6b80',
          weight: shade.designated ? 2.2 : 0.8,
          fill: true,
          fillColor: classColor[shade.classKey].fill,
          fillOpacity: shade.classKey === 'unclassified' ? 0.5 : 0.75,
        };
      },
      onEachFeature: (f, l) => {
        const p = f.properties as { id: string; name: string };
        const shade = shades.get(p.id);
        if (!shade) return;
        l.bindTooltip(`${p.name} — ${shade.label}`, { sticky: true });
        l.on('click', () => {
          const box = document.createElement('div');
          box.dataset.testid = 'area-popup';
          const name = document.createElement('strong');
          name.textContent = p.name;
          const cls = document.createElement('div');
          cls.textContent = shade.label;
          cls.style.margin = '4px 0 8px';
          const link = document.createElement('a');
          link.href = '#';
          link.textContent = latest.current.openLabel;
          link.addEventListener('click', (e) => {
            e.preventDefault();
            latest.current.onOpen(p.id);
          });
          box.append(name, cls, link);
          L.popup()
            .setLatLng((l as L.Polygon).getBounds().getCenter())
            .setContent(box)
            .openOn(m);
        });
      },
    });
    // The province first, communes on top; districts (older dates) stay outlines.
    const ordered = [...boundaries.features].sort(
      (a, b) => boundaryRank(a.properties.type) - boundaryRank(b.properties.type),
    );
    for (const f of ordered) geo.addData(f);
    geo.addTo(m);
    layer.current = geo;
    if (!fitted.current) {
      const bounds = initialBounds(geo, own.current);
      if (bounds.isValid()) m.fitBounds(bounds, { padding: [8, 8], animate: false });
      fitted.current = true;
    }
    el.dataset.shaded = String(boundaries.features.filter((f) => shades.has(f.properties.id)).length);
    const frame = requestAnimationFrame(() => {
      el.dataset.ready = 'true';
    });
    return () => cancelAnimationFrame(frame);
  }, [boundaries, shades]);

  return (
    <section ref={host} className="pcmt-map" data-testid="area-map" data-ready="false" style={{ height }} />
  );
}
