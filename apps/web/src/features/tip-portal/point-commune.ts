/** The boundaries of a date as served by `/api/v1/units/boundaries` (GeoJSON, one feature per unit). */
export type Boundaries = {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    geometry: { type: string; coordinates: unknown };
    properties: { id: string; code: string; name: string; type: string; level: number };
  }[];
};
export type PickedCommune = { id: string; name: string };

const NOT_COMMUNE = new Set(['tinh', 'huyen', 'thanh_pho', 'thi_xa']);

/** Even-odd ray casting over one ring of [lng, lat] pairs. */
function inRing(lng: number, lat: number, ring: number[][]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function inGeometry(lng: number, lat: number, g: Boundaries['features'][number]['geometry']): boolean {
  const polygons =
    g.type === 'Polygon'
      ? [g.coordinates as number[][][]]
      : g.type === 'MultiPolygon'
        ? (g.coordinates as number[][][][])
        : [];
  // A polygon's holes are its later rings: inside the outer one and outside every hole.
  return polygons.some(
    ([outer, ...holes]) => outer && inRing(lng, lat, outer) && !holes.some((h) => inRing(lng, lat, h)),
  );
}

/**
 * The commune (or ward) of the date holding a tapped point, worked out in the browser from the boundaries
 * already drawn, so the point leaves the phone only with the tip itself. The server places the tip again on
 * submission (`placeTip`): this is only what the reporter is shown. Null outside every commune.
 */
export function communeAt(data: Boundaries, p: { lat: number; lng: number }): PickedCommune | null {
  for (const f of data.features) {
    if (NOT_COMMUNE.has(f.properties.type)) continue;
    if (inGeometry(p.lng, p.lat, f.geometry)) return { id: f.properties.id, name: f.properties.name };
  }
  return null;
}
