import { type BBox, type Grid, gridOver } from './grid.ts';
import { EARTH_RADIUS_M, type LatLng, type LocalProjection, projectionAround } from './projection.ts';

/** A point event (a hotspot record, an arrest, a seizure…) with an optional weight (default 1). */
export type WeightedEvent = LatLng & { weight?: number };

export type DensityOptions = {
  /** Kernel radius h in metres: the quartic kernel is zero beyond it. */
  bandwidthMetres: number;
  /** Side of a grid cell in metres. Use h/5 or finer: the surface is sampled at cell centres. */
  cellSizeMetres: number;
  /** Area to cover. Default: the events' box widened by h on every side, so no event's mass is cut off. */
  bbox?: BBox;
  /** Projection for distances. Default: centred on the box. */
  projection?: LocalProjection;
};

export type DensityCell = {
  row: number;
  col: number;
  /** Cell centre, where the density was evaluated. */
  lat: number;
  lng: number;
  /** Weight per km² (events per km² when every weight is 1). */
  density: number;
};

export type DensitySurface = {
  grid: Grid;
  /** Cells with a density above zero only, row by row: what a heat layer draws. */
  cells: DensityCell[];
  /** The largest density, to scale colours (0 when there is nothing). */
  max: number;
  /** Sum of the weights used. Σ density × cell area ≈ this when the grid covers every event's disc. */
  totalWeight: number;
  /** Events left out: a non-finite coordinate, or a weight that is not a positive number. */
  skipped: number;
};

/**
 * Kernel density with the quartic (biweight) kernel, as in QGIS's and ArcGIS's heatmap tools:
 *   K(d) = 3 / (π h²) · (1 − d²/h²)²  for d < h, 0 beyond,
 * which integrates to 1 over the plane, so the surface integrates to the total weight. Density at a cell is
 * Σᵢ wᵢ · K(dᵢ) with dᵢ the projected distance from the cell centre to event i, then scaled to per km².
 * Each event only visits the cells within h of it, so the cost is events × (h / cell)².
 */
export function kernelDensity(events: readonly WeightedEvent[], opts: DensityOptions): DensitySurface {
  const h = opts.bandwidthMetres;
  if (!(h > 0) || !Number.isFinite(h))
    throw new RangeError(`bandwidth must be a positive number of metres: ${h}`);
  const used = events.filter(
    (e) =>
      Number.isFinite(e.lat) &&
      Number.isFinite(e.lng) &&
      (e.weight === undefined || (e.weight > 0 && Number.isFinite(e.weight))),
  );
  const skipped = events.length - used.length;
  const bbox = opts.bbox ?? paddedBox(used, h);
  const projection =
    opts.projection ??
    projectionAround([
      { lat: bbox.minLat, lng: bbox.minLng },
      { lat: bbox.maxLat, lng: bbox.maxLng },
    ]);
  const grid = gridOver(bbox, opts.cellSizeMetres, projection);
  const { rows, cols, x0, y0, cellSizeMetres: s } = grid;
  const values = new Float64Array(rows * cols);
  const h2 = h * h;
  const norm = 3 / (Math.PI * h2);
  let totalWeight = 0;

  for (const e of used) {
    const w = e.weight ?? 1;
    totalWeight += w;
    const [x, y] = projection.toXY(e.lat, e.lng);
    // Cells whose centre may lie within h: centre of (row, col) is (x0 + (col + ½)s, y0 + (row + ½)s).
    const c0 = Math.max(0, Math.ceil((x - h - x0) / s - 0.5));
    const c1 = Math.min(cols - 1, Math.floor((x + h - x0) / s - 0.5));
    const r0 = Math.max(0, Math.ceil((y - h - y0) / s - 0.5));
    const r1 = Math.min(rows - 1, Math.floor((y + h - y0) / s - 0.5));
    for (let r = r0; r <= r1; r++) {
      const dy = y0 + (r + 0.5) * s - y;
      for (let c = c0; c <= c1; c++) {
        const dx = x0 + (c + 0.5) * s - x;
        const u = 1 - (dx * dx + dy * dy) / h2;
        if (u > 0) values[r * cols + c]! += w * norm * u * u;
      }
    }
  }

  const cells: DensityCell[] = [];
  let max = 0;
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const perM2 = values[r * cols + c]!;
      if (perM2 <= 0) continue;
      const density = perM2 * 1e6;
      const [lat, lng] = projection.toLatLng(x0 + (c + 0.5) * s, y0 + (r + 0.5) * s);
      cells.push({ row: r, col: c, lat, lng, density });
      if (density > max) max = density;
    }
  return { grid, cells, max, totalWeight, skipped };
}

/** The events' box widened by `metres` on every side (a tiny box round 0,0 when there are no events). */
function paddedBox(events: readonly LatLng[], metres: number): BBox {
  if (events.length === 0) return { minLat: 0, minLng: 0, maxLat: 0, maxLng: 0 };
  let [minLat, minLng, maxLat, maxLng] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const e of events) {
    minLat = Math.min(minLat, e.lat);
    maxLat = Math.max(maxLat, e.lat);
    minLng = Math.min(minLng, e.lng);
    maxLng = Math.max(maxLng, e.lng);
  }
  const dLat = (metres / EARTH_RADIUS_M) * (180 / Math.PI);
  // Widen longitude at the box's most poleward latitude, where a degree is shortest.
  const cos = Math.cos((Math.max(Math.abs(minLat), Math.abs(maxLat)) * Math.PI) / 180);
  const dLng = dLat / Math.max(cos, 1e-6);
  return { minLat: minLat - dLat, minLng: minLng - dLng, maxLat: maxLat + dLat, maxLng: maxLng + dLng };
}
