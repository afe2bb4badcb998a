import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyCommune } from './classify.ts';
import { defaultRuleSets } from './rule-sets.ts';
import type { CommuneClass, CommuneIndicators, CountIndicatorName } from './types.ts';

const rank: Record<CommuneClass, number> = {
  not_classified: Number.NaN,
  drug_free: -1,
  none: 0,
  class_3: 1,
  class_2: 2,
  class_1: 3,
};

const counts: CountIndicatorName[] = [
  'personsWithRecords',
  'addicts',
  'drugUseVenueCount',
  'activeSpots',
  'activeGatherings',
  'arrestedOffenders',
  'plantCount',
  'plantAreaM2',
];

const commune = fc.record({
  population: fc.integer({ min: 1, max: 60_000 }),
  personsWithRecords: fc.integer({ min: 0, max: 400 }),
  addicts: fc.integer({ min: 0, max: 200 }),
  drugUseVenueCount: fc.integer({ min: 0, max: 4 }),
  activeSpots: fc.integer({ min: 0, max: 6 }),
  activeGatherings: fc.integer({ min: 0, max: 8 }),
  arrestedOffenders: fc.integer({ min: 0, max: 80 }),
  plantCount: fc.integer({ min: 0, max: 5000 }),
  plantAreaM2: fc.integer({ min: 0, max: 3000 }),
  onKeyRoute: fc.boolean(),
}) satisfies fc.Arbitrary<CommuneIndicators>;

describe('classification is monotone', () => {
  it('more of any figure (or being on a key route) never lowers the class', () => {
    fc.assert(
      fc.property(commune, fc.constantFrom(...counts), fc.integer({ min: 1, max: 500 }), (c, name, more) => {
        for (const rs of defaultRuleSets) {
          const before = classifyCommune(c, rs).communeClass;
          const after = classifyCommune({ ...c, [name]: (c[name] as number) + more }, rs).communeClass;
          const routed = classifyCommune({ ...c, onKeyRoute: true }, rs).communeClass;
          expect(rank[after]).toBeGreaterThanOrEqual(rank[before]);
          expect(rank[routed]).toBeGreaterThanOrEqual(rank[before]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('with every figure recorded a commune is always classified', () => {
    fc.assert(
      fc.property(commune, (c) => {
        for (const rs of defaultRuleSets)
          expect(classifyCommune(c, rs).communeClass).not.toBe('not_classified');
      }),
      { numRuns: 300 },
    );
  });
});
