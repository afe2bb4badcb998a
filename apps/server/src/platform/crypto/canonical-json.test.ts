import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';

const shuffleKeys = (v: unknown, seed: number): unknown => {
  if (Array.isArray(v)) return v.map((x) => shuffleKeys(x, seed));
  if (v && typeof v === 'object') {
    const entries = Object.entries(v);
    entries.sort(
      (a, b) => ((a[0].length * 31 + seed) % 7) - ((b[0].length * 31 + seed) % 7) || (a[0] < b[0] ? 1 : -1),
    );
    return Object.fromEntries(entries.map(([k, x]) => [k, shuffleKeys(x, seed)]));
  }
  return v;
};

describe('canonicalJson (what the audit chain hashes)', () => {
  it('gives the same bytes whatever the key order, and parses back to the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer(), (value, seed) => {
        const a = canonicalJson(value);
        expect(canonicalJson(shuffleKeys(value, seed))).toBe(a);
        expect(JSON.parse(a)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});
