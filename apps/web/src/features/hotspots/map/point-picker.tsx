import { Alert, Button, Flex, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useSession } from '../../auth/session.ts';
import { type UnitBoundaries, useBoundaries } from '../hotspots-api.ts';
import { useHotspotText } from '../i18n.ts';
import { boundaryRank, createMap, defaultBoundaryStyle, initialBounds, L } from './leaflet.ts';

export type Point = { lat: number; lng: number };

/** Draws the boundaries of `data` on `map` and returns their layer. */
export function drawBoundaries(map: L.Map, data: UnitBoundaries, style = defaultBoundaryStyle): L.GeoJSON {
  const layer = L.geoJSON(undefined, {
    style: (f) => style(f?.properties ?? { id: '', level: 3, type: 'xa' }),
    interactive: false,
  });
  // The province first, communes on top.
  const ordered = [...data.features].sort(
    (a, b) => boundaryRank(a.properties.type) - boundaryRank(b.properties.type),
  );
  for (const f of ordered) layer.addData(f);
  layer.addTo(map);
  return layer;
}

const pickIcon = () =>
  L.divIcon({ className: 'pcmt-hs-pin pcmt-hs-pin-pick', html: '<span></span>', iconSize: [28, 28] });

/**
 * Picks a point by tapping the map, over the boundaries of the date `at` (tap again to move it).
 * Reusable by any register that records a place.
 */
export function PointPicker({
  at,
  value,
  onChange,
  label,
}: {
  at: string;
  value: Point | null;
  onChange: (p: Point | null) => void;
  label: string;
}) {
  const { ht } = useHotspotText();
  const boundaries = useBoundaries(at);
  const me = useSession();
  const own = useRef(new Set(me.jurisdiction.map((u) => u.id)));
  const host = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const marker = useRef<L.Marker | null>(null);
  const layer = useRef<L.GeoJSON | null>(null);
  const change = useRef(onChange);
  change.current = onChange;

  useEffect(() => {
    if (!host.current) return;
    const m = createMap(host.current, { label });
    m.setView([14.9, 108.3], 8);
    m.on('click', (e: L.LeafletMouseEvent) =>
      change.current({ lat: Number(e.latlng.lat.toFixed(6)), lng: Number(e.latlng.lng.toFixed(6)) }),
    );
    map.current = m;
    return () => {
      m.remove();
      map.current = null;
    };
  }, [label]);

  useEffect(() => {
    const m = map.current;
    if (!m || !boundaries.data) return;
    layer.current?.remove();
    layer.current = drawBoundaries(m, boundaries.data);
    const bounds = initialBounds(layer.current, own.current);
    if (bounds.isValid() && !marker.current) m.fitBounds(bounds, { padding: [8, 8], animate: false });
    if (host.current) host.current.dataset.boundaries = String(boundaries.data.features.length);
  }, [boundaries.data]);

  useEffect(() => {
    const m = map.current;
    if (!m) return;
    if (!value) {
      marker.current?.remove();
      marker.current = null;
      return;
    }
    if (marker.current) marker.current.setLatLng(value);
    else marker.current = L.marker(value, { icon: pickIcon(), keyboard: false }).addTo(m);
  }, [value]);

  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">{ht('form.pickHint')}</Typography.Text>
      {boundaries.isError && <Alert type="warning" showIcon title={ht('map.noBoundaries')} />}
      <div
        ref={host}
        className="pcmt-map"
        role="application"
        data-testid="point-picker"
        style={{ height: 'min(52vh, 360px)' }}
      />
      <Flex gap={8} align="center" wrap justify="space-between">
        <Typography.Text data-testid="point-value">
          {value
            ? ht('form.coordinates', { lat: value.lat.toFixed(5), lng: value.lng.toFixed(5) })
            : ht('form.noPoint')}
        </Typography.Text>
        {value && <Button onClick={() => onChange(null)}>{ht('form.clearPoint')}</Button>}
      </Flex>
    </Flex>
  );
}
