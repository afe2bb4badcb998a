import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AreaGeometry } from '../geo/locate.ts';
import { localProjection } from './projection.ts';
import { contiguityWeights, distanceBandWeightsLatLng } from './weights.ts';

const p = localProjection({ lat: 14, lng: 108 });
/** A square of `size` metres with its south-west corner at (x, y) metres from 14° N 108° E. */
const square = (x: number, y: number, size: number): AreaGeometry => {
  const c = [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ].map(([a, b]) => {
    const [lat, lng] = p.toLatLng(a!, b!);
    return [lng, lat];
  });
  return { type: 'Polygon', coordinates: [c] };
};

describe('contiguity weights', () => {
  it('bridges gaps within the tolerance and not beyond', () => {
    const units = [
      { id: 'a', geometry: square(0, 0, 1000) },
      { id: 'b', geometry: square(1005, 0, 1000) }, // 5 m gap
      { id: 'c', geometry: square(2025, 0, 1000) }, // 20 m gap
    ];
    const w = contiguityWeights(units, { toleranceMetres: 10, projection: p });
    expect(w.neighbours).toEqual([[1], [0], []]);
    expect(contiguityWeights(units, { toleranceMetres: 30, projection: p }).neighbours).toEqual([
      [1],
      [0, 2],
      [1],
    ]);
  });

  it('counts slightly overlapping neighbours (independently simplified borders) as touching', () => {
    const units = [
      { id: 'a', geometry: square(0, 0, 1000) },
      { id: 'b', geometry: square(960, 300, 1000) }, // overlaps a by 40 m, vertices far from a's edges
    ];
    expect(contiguityWeights(units, { rule: 'rook', toleranceMetres: 1, projection: p }).neighbours).toEqual([
      [1],
      [0],
    ]);
  });

  it('tells a shared corner (queen only) from a shared edge (rook)', () => {
    const units = [
      { id: 'a', geometry: square(0, 0, 1000) },
      { id: 'b', geometry: square(1000, 1000, 1000) },
    ];
    expect(contiguityWeights(units, { rule: 'queen', projection: p }).neighbours).toEqual([[1], [0]]);
    expect(contiguityWeights(units, { rule: 'rook', projection: p }).neighbours).toEqual([[], []]);
  });

  it('links each of the 40 shipped 2025 communes to its neighbours, symmetrically', () => {
    const url = new URL('../../../../data/admin-units/kontum_communes_2025.geojson', import.meta.url);
    const data = JSON.parse(readFileSync(url, 'utf8')) as {
      features: { geometry: AreaGeometry; properties: { code: string; name: string } }[];
    };
    const units = data.features.map((f) => ({ id: f.properties.code, geometry: f.geometry }));
    const queen = contiguityWeights(units);
    const rook = contiguityWeights(units, { rule: 'rook' });
    expect(queen.neighbours.every((n) => n.length > 0)).toBe(true); // no island commune
    queen.neighbours.forEach((nb, i) => {
      for (const j of nb) expect(queen.neighbours[j]).toContain(i);
      for (const j of rook.neighbours[i]!) expect(nb).toContain(j); // rook ⊆ queen
    });
    // Shared vertices survive the simplification: the pairs do not depend on the tolerance (0 to 200 m).
    const pairs = (w: typeof queen) => w.neighbours.reduce((a, n) => a + n.length, 0) / 2;
    expect(pairs(queen)).toBe(97);
    expect(pairs(contiguityWeights(units, { toleranceMetres: 200 }))).toBe(97);
    // Phường Kon Tum (23293) borders Phường Đăk Cấm (23284).
    const kontum = queen.ids.indexOf('23293');
    expect(queen.neighbours[kontum]!.map((j) => queen.ids[j])).toContain('23284');
  });
});

describe('distance band weights', () => {
  it('links centroids within the band, inclusive, in metres', () => {
    const pts = [
      { id: 'a', lat: 14, lng: 108 },
      { id: 'b', lat: 14 + 1000 / 111_195, lng: 108 }, // ≈ 1000 m north
      { id: 'c', lat: 14 + 2500 / 111_195, lng: 108 }, // ≈ 2500 m north
    ];
    expect(distanceBandWeightsLatLng(pts, 1600).neighbours).toEqual([[1], [0, 2], [1]]);
    expect(distanceBandWeightsLatLng(pts, 900).neighbours).toEqual([[], [], []]);
    expect(distanceBandWeightsLatLng(pts, 3000).neighbours).toEqual([
      [1, 2],
      [0, 2],
      [0, 1],
    ]);
  });
});
