import type { AreaGeometry } from '../geo/locate.ts';
import { type LatLng, type LocalProjection, projectionAround } from './projection.ts';

/** A bounding box in degrees. */
export type BBox = { minLat: number; minLng: number; maxLat: number; maxLng: number };

/**
 * A regular grid of square cells, `cellSizeMetres` on a side in the local projection. Cell (row 0, col 0) is the
 * south-west corner. Because the projection is affine, each cell is also an exact lat/lng rectangle.
 */
export type Grid = {
  projection: LocalProjection;
  cellSizeMetres: number;
  rows: number;
  cols: number;
  /** Projected coordinates (metres) of the grid's south-west corner. */
  x0: number;
  y0: number;
};

export type GridCell = {
  /** `r{row}c{col}`: stable for one grid, used as the areal unit id in Gi*. */
  id: string;
  row: number;
  col: number;
  centre: LatLng;
  polygon: AreaGeometry & { type: 'Polygon' };
};

/** A safety bound: a grid is built in memory, and the map draws it. 250 000 cells ≈ 500 × 500. */
export const MAX_GRID_CELLS = 250_000;

export function gridOver(
  bbox: BBox,
  cellSizeMetres: number,
  projection: LocalProjection = projectionAround([
    { lat: bbox.minLat, lng: bbox.minLng },
    { lat: bbox.maxLat, lng: bbox.maxLng },
  ]),
): Grid {
  if (!(cellSizeMetres > 0) || !Number.isFinite(cellSizeMetres))
    throw new RangeError(`cell size must be a positive number of metres: ${cellSizeMetres}`);
  if (!(bbox.maxLat >= bbox.minLat && bbox.maxLng >= bbox.minLng))
    throw new RangeError('bounding box is empty or not numeric');
  const [x0, y0] = projection.toXY(bbox.minLat, bbox.minLng);
  const [x1, y1] = projection.toXY(bbox.maxLat, bbox.maxLng);
  // The 1e-9 keeps a round-trip error through degrees (5000.0000001 m) from adding a sliver column.
  const cols = Math.max(1, Math.ceil((x1 - x0) / cellSizeMetres - 1e-9));
  const rows = Math.max(1, Math.ceil((y1 - y0) / cellSizeMetres - 1e-9));
  if (rows * cols > MAX_GRID_CELLS)
    throw new RangeError(`grid of ${rows} × ${cols} cells exceeds ${MAX_GRID_CELLS}: use larger cells`);
  return { projection, cellSizeMetres, rows, cols, x0, y0 };
}

/** The cell holding a point, or null outside the grid. A point on an inner edge goes to the cell north/east. */
export function cellAt(grid: Grid, lat: number, lng: number): { row: number; col: number } | null {
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) return null;
  const [x, y] = grid.projection.toXY(lat, lng);
  const col = Math.floor((x - grid.x0) / grid.cellSizeMetres);
  const row = Math.floor((y - grid.y0) / grid.cellSizeMetres);
  // The outer north/east edge belongs to the last cell, so a grid built over a bbox holds all its points.
  const c = col === grid.cols && x - grid.x0 <= grid.cols * grid.cellSizeMetres + 1e-6 ? col - 1 : col;
  const r = row === grid.rows && y - grid.y0 <= grid.rows * grid.cellSizeMetres + 1e-6 ? row - 1 : row;
  return r >= 0 && r < grid.rows && c >= 0 && c < grid.cols ? { row: r, col: c } : null;
}

export const cellId = (row: number, col: number): string => `r${row}c${col}`;

export function gridCell(grid: Grid, row: number, col: number): GridCell {
  const s = grid.cellSizeMetres;
  const [xa, ya] = [grid.x0 + col * s, grid.y0 + row * s];
  const [lat0, lng0] = grid.projection.toLatLng(xa, ya);
  const [lat1, lng1] = grid.projection.toLatLng(xa + s, ya + s);
  const [clat, clng] = grid.projection.toLatLng(xa + s / 2, ya + s / 2);
  return {
    id: cellId(row, col),
    row,
    col,
    centre: { lat: clat, lng: clng },
    polygon: {
      type: 'Polygon',
      coordinates: [
        [
          [lng0, lat0],
          [lng1, lat0],
          [lng1, lat1],
          [lng0, lat1],
          [lng0, lat0],
        ],
      ],
    },
  };
}

/** Every cell, row by row from the south-west. Index in the list = row · cols + col. */
export function gridCells(grid: Grid): GridCell[] {
  const cells: GridCell[] = [];
  for (let row = 0; row < grid.rows; row++)
    for (let col = 0; col < grid.cols; col++) cells.push(gridCell(grid, row, col));
  return cells;
}
