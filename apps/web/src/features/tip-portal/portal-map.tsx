// The portal's map pick: its own chunk (Leaflet and its CSS), loaded only when the reporter chooses "chọn trên
// bản đồ". Never a tile layer, whatever the build's VITE_MAP_TILE_URL: the portal must not send its visitor to
// a tile server; the province's commune boundaries (public, served by this server) are the background.
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Flex, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { todayIso } from '../../i18n/format.ts';
import type { UnitBoundaries } from '../hotspots/hotspots-api.ts';
import { BoundaryCanvas } from '../hotspots/map/boundary-canvas.ts';
import { defaultBoundaryStyle, L } from '../hotspots/map/leaflet.ts';
import { usePortalText } from './i18n.ts';
import { type Boundaries, communeAt, type PickedCommune } from './point-commune.ts';

export type Picked = { point: { lat: number; lng: number }; commune: PickedCommune | null };

/** Where the map reads today's boundaries (public, cached by the server; no cookie goes with it). */
export const boundariesPath = (at: string) => `/api/v1/units/boundaries?at=${encodeURIComponent(at)}`;

function usePortalBoundaries() {
  const at = todayIso();
  return useQuery({
    queryKey: ['portal-boundaries', at],
    queryFn: async ({ signal }) => {
      const res = await fetch(boundariesPath(at), { credentials: 'omit', signal });
      if (!res.ok) throw new Error(String(res.status));
      return (await res.json()) as Boundaries;
    },
    staleTime: Number.POSITIVE_INFINITY,
    retry: 1,
  });
}

const pin = () =>
  L.divIcon({ className: 'pcmt-hs-pin pcmt-hs-pin-pick', html: '<span></span>', iconSize: [28, 28] });

/**
 * A tap on the map sets the point (a second tap moves it); below the map, the commune the point falls in. The
 * commune list stays on the page for keyboards and screen readers (the map is a pointer's convenience).
 */
export default function PortalMap({
  value,
  onChange,
}: {
  value: Picked | null;
  onChange: (v: Picked | null) => void;
}) {
  const { pt } = usePortalText();
  const boundaries = usePortalBoundaries();
  const host = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const marker = useRef<L.Marker | null>(null);
  const latest = useRef({ onChange, data: boundaries.data, label: pt('map.label') });
  latest.current = { onChange, data: boundaries.data, label: pt('map.label') };

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const m = L.map(el, {
      zoomSnap: 0.25,
      attributionControl: false,
      preferCanvas: true,
      minZoom: 6,
      maxZoom: 18,
    });
    el.setAttribute('aria-label', latest.current.label);
    // For the journey: a place → a point on screen, as the hotspot map does (`el.pcmtMap`).
    Object.assign(el, { pcmtMap: m });
    m.setView([14.35, 108.0], 8);
    m.on('click', (e: L.LeafletMouseEvent) => {
      const { data, onChange: change } = latest.current;
      const point = { lat: Number(e.latlng.lat.toFixed(6)), lng: Number(e.latlng.lng.toFixed(6)) };
      change({ point, commune: data ? communeAt(data, point) : null });
    });
    map.current = m;
    return () => {
      m.remove();
      map.current = null;
      marker.current = null;
    };
  }, []);

  useEffect(() => {
    const m = map.current;
    if (!m || !boundaries.data) return;
    const layer = new BoundaryCanvas(boundaries.data as unknown as UnitBoundaries, defaultBoundaryStyle);
    layer.layer.addTo(m);
    const bounds = layer.boundsOf(null);
    if (bounds.isValid() && !marker.current) m.fitBounds(bounds, { padding: [4, 4], animate: false });
    if (host.current) host.current.dataset.boundaries = String(boundaries.data.features.length);
    return () => {
      layer.layer.remove();
    };
  }, [boundaries.data]);

  useEffect(() => {
    const m = map.current;
    if (!m) return;
    if (!value) {
      marker.current?.remove();
      marker.current = null;
    } else if (marker.current) marker.current.setLatLng(value.point);
    else
      marker.current = L.marker(value.point, { icon: pin(), keyboard: false, interactive: false }).addTo(m);
  }, [value]);

  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">{pt('map.hint')}</Typography.Text>
      {boundaries.isError && <Alert type="warning" showIcon title={pt('map.failed')} />}
      <div
        ref={host}
        className="pcmt-map"
        role="application"
        data-testid="portal-map"
        style={{ height: 'min(55vh, 380px)', touchAction: 'none' }}
      />
      <Flex gap={8} align="center" wrap justify="space-between" aria-live="polite">
        <Typography.Text data-testid="portal-map-commune" strong={Boolean(value?.commune)}>
          {!value
            ? pt('map.none')
            : value.commune
              ? pt('map.commune', { name: value.commune.name })
              : pt('map.outside')}
        </Typography.Text>
        {value && <Button onClick={() => onChange(null)}>{pt('map.clear')}</Button>}
      </Flex>
    </Flex>
  );
}
