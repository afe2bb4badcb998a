import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';

/** GeoJSON geometry shapes we ship for unit boundaries. */
export type AreaGeometry =
  | { type: 'Polygon'; coordinates: number[][][] }
  | { type: 'MultiPolygon'; coordinates: number[][][][] };

export type LocatableArea<T> = { geometry: AreaGeometry; value: T; level: number };

/**
 * The deepest area (highest level number) whose polygon contains the point. Polygons of one level do not
 * overlap, so at most one area per level matches; a point on a shared edge goes to the first listed.
 */
export function locatePoint<T>(areas: readonly LocatableArea<T>[], lat: number, lng: number): T | null {
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) return null;
  const point: [number, number] = [lng, lat];
  let best: LocatableArea<T> | null = null;
  for (const area of areas) {
    if (best && area.level <= best.level) continue;
    if (booleanPointInPolygon(point, area.geometry)) best = area;
  }
  return best ? best.value : null;
}
