/**
 * Web Mercator (EPSG:3857, Leaflet's default CRS) in pixels of a 256-pixel world at zoom 0: a place's pixel at
 * zoom z is these × 2^z. Computed once per point or vertex, so redrawing is a multiply and a subtract.
 */
const MAX_LAT = 85.0511287798;

export const mercatorX = (lng: number): number => ((lng + 180) / 360) * 256;

export function mercatorY(lat: number): number {
  const sin = Math.sin((Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180);
  return (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * 256;
}
