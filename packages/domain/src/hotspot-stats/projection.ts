/**
 * Local equirectangular projection: x = R·cos φ₀·(λ − λ₀), y = R·(φ − φ₀), in metres around an origin.
 *
 * Why this one: it is affine (a square cell in metres is a lat/lng rectangle, so grid cells back-project
 * exactly), needs no library, and at province scale it is close to equal-area. Its north–south scale is exact;
 * its east–west scale is cos φ / cos φ₀, so areas are off by that factor: about 0.47 % per degree of latitude
 * away from the origin at 15° N. Tỉnh Quảng Ngãi spans about ±1.2° around its centre: under 0.6 %. Do not use
 * it for a whole country (Việt Nam spans 15° of latitude): project per province instead.
 */
export const EARTH_RADIUS_M = 6_371_008.8; // IUGG mean radius

export type LatLng = { lat: number; lng: number };

export type LocalProjection = {
  readonly origin: LatLng;
  toXY(lat: number, lng: number): [x: number, y: number];
  toLatLng(x: number, y: number): [lat: number, lng: number];
};

const RAD = Math.PI / 180;

export function localProjection(origin: LatLng): LocalProjection {
  const kx = EARTH_RADIUS_M * Math.cos(origin.lat * RAD) * RAD; // metres per degree of longitude at φ₀
  const ky = EARTH_RADIUS_M * RAD; // metres per degree of latitude
  return {
    origin,
    toXY: (lat, lng) => [(lng - origin.lng) * kx, (lat - origin.lat) * ky],
    toLatLng: (x, y) => [origin.lat + y / ky, origin.lng + x / kx],
  };
}

/** A projection centred on the middle of the points' bounding box (so distortion is split both ways). */
export function projectionAround(points: Iterable<LatLng>): LocalProjection {
  let [minLat, minLng, maxLat, maxLng] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    if (!Number.isFinite(p.lat) || !Number.isFinite(p.lng)) continue;
    minLat = Math.min(minLat, p.lat);
    maxLat = Math.max(maxLat, p.lat);
    minLng = Math.min(minLng, p.lng);
    maxLng = Math.max(maxLng, p.lng);
  }
  if (minLat > maxLat) return localProjection({ lat: 0, lng: 0 });
  return localProjection({ lat: (minLat + maxLat) / 2, lng: (minLng + maxLng) / 2 });
}
