import { drugArticles, drugTypes, measureUnits } from '@pcmt/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { campaignResults, compareTargets, insidePeriod } from './campaign.ts';
import { bracketOf, caseSeverity, drugCharges, severityOfBracket } from './charges.ts';
import { defaultDrugCatalogue, inBaseUnit, measureUnitInfo, seizureTotals, unitAllowed } from './drugs.ts';
import { allowedCaseTransitions } from './lifecycle.ts';

describe('charges and severity (BLHS Điều 9)', () => {
  it('has every drug article with numbered brackets and a source', () => {
    expect(drugCharges.map((a) => a.article)).toEqual([...drugArticles]);
    for (const a of drugCharges) {
      expect(a.source).toMatch(/Điều|BLHS/);
      a.brackets.forEach((b, i) => {
        expect(b.clause).toBe(i + 1);
        expect(b.minYears).toBeLessThanOrEqual(b.maxYears);
      });
    }
  });
  it('derives the class from the heaviest penalty of the charged bracket', () => {
    expect(caseSeverity([{ article: '247', clause: 1 }])).toBe('less_serious'); // 6 months – 3 years
    expect(caseSeverity([{ article: '249', clause: 1 }])).toBe('serious'); // 1–5
    expect(caseSeverity([{ article: '251', clause: 1 }])).toBe('serious'); // 2–7
    expect(caseSeverity([{ article: '251', clause: 2 }])).toBe('very_serious'); // 7–15
    expect(caseSeverity([{ article: '249', clause: 3 }])).toBe('very_serious'); // 10–15
    expect(caseSeverity([{ article: '251', clause: 3 }])).toBe('especially_serious'); // 15–20
    expect(caseSeverity([{ article: '250', clause: 4 }])).toBe('especially_serious'); // 20 / life
    expect(caseSeverity([{ article: '256a', clause: 1 }])).toBe('less_serious'); // 2–3
    expect(caseSeverity([{ article: '256a', clause: 2 }])).toBe('serious'); // 3–5
    // Boundaries: exactly 3, 7 and 15 years stay in the lower class.
    expect(severityOfBracket({ clause: 1, minYears: 1, maxYears: 3 })).toBe('less_serious');
    expect(severityOfBracket({ clause: 1, minYears: 3, maxYears: 7 })).toBe('serious');
    expect(severityOfBracket({ clause: 1, minYears: 7, maxYears: 15 })).toBe('very_serious');
    expect(severityOfBracket({ clause: 1, minYears: 12, maxYears: 15, life: true })).toBe(
      'especially_serious',
    );
  });
  it('takes the gravest charge of a case and ignores unknown brackets', () => {
    expect(
      caseSeverity([
        { article: '249', clause: 1 },
        { article: '251', clause: 3 },
      ]),
    ).toBe('especially_serious');
    expect(bracketOf('247', 3)).toBeNull();
    expect(caseSeverity([{ article: '247', clause: 9 }])).toBeNull();
  });
});

describe('case lifecycle', () => {
  it('discontinued is final; prosecution proposed may come back to investigation', () => {
    expect(allowedCaseTransitions('discontinued')).toEqual([]);
    expect(allowedCaseTransitions('prosecution_proposed')).toEqual(['investigating']);
  });
});

describe('unit-safe seizure totals', () => {
  it('converts kilograms to grams and never adds grams to tablets', () => {
    const totals = seizureTotals([
      { drugType: 'mdma', unit: 'vien', quantity: 120 },
      { drugType: 'mdma', unit: 'g', quantity: 2.5 },
      { drugType: 'mdma', unit: 'kg', quantity: 0.1 },
      { drugType: 'heroin', unit: 'banh', quantity: 2 },
      { drugType: 'heroin', unit: 'g', quantity: 0.35 },
    ]);
    expect(totals).toEqual([
      { drugType: 'heroin', family: 'blocks', unit: 'banh', quantity: 2 },
      { drugType: 'heroin', family: 'mass', unit: 'g', quantity: 0.35 },
      { drugType: 'mdma', family: 'mass', unit: 'g', quantity: 102.5 },
      { drugType: 'mdma', family: 'tablets', unit: 'vien', quantity: 120 },
    ]);
    expect(inBaseUnit(1.234, 'kg')).toBe(1234);
    expect(inBaseUnit(0.0005, 'g')).toBe(0.001); // kept to the thousandth
  });
  it('property: each (type, family) total is the sum of that pair only, in base units', () => {
    const item = fc.record({
      drugType: fc.constantFrom(...drugTypes),
      unit: fc.constantFrom(...measureUnits),
      quantity: fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 1000),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), (items) => {
        const totals = seizureTotals(items);
        const keys = totals.map((t) => `${t.drugType}|${t.family}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (const t of totals) {
          const mine = items.filter(
            (i) => i.drugType === t.drugType && measureUnitInfo[i.unit].family === t.family,
          );
          const milli = mine.reduce(
            (s, i) => s + Math.round(i.quantity * 1000) * measureUnitInfo[i.unit].toBase,
            0,
          );
          expect(Math.round(t.quantity * 1000)).toBe(milli);
          expect(measureUnitInfo[t.unit]).toMatchObject({ family: t.family, toBase: 1 });
        }
        expect(totals.length).toBe(
          new Set(items.map((i) => `${i.drugType}|${measureUnitInfo[i.unit].family}`)).size,
        );
      }),
    );
  });
  it('the catalogue says which units a type may use', () => {
    expect(unitAllowed('meth_crystal', 'vien')).toBe(false);
    expect(unitAllowed('tablets', 'vien')).toBe(true);
    expect(unitAllowed('cannabis', 'm2', { ...defaultDrugCatalogue, cannabis: ['g'] })).toBe(false);
  });
});

describe('campaign results', () => {
  const period = { from: '2026-03-01', to: '2026-03-31' };
  it('counts records dated inside the period, both ends included, by unit', () => {
    expect(insidePeriod(period, '2026-03-01')).toBe(true);
    expect(insidePeriod(period, '2026-03-31')).toBe(true);
    expect(insidePeriod(period, '2026-02-28')).toBe(false);
    const r = campaignResults(
      period,
      [
        { on: '2026-03-01', unitId: 'a', indicator: 'cases_opened', count: 1 },
        { on: '2026-03-31', unitId: 'b', indicator: 'cases_opened', count: 1 },
        { on: '2026-04-01', unitId: 'a', indicator: 'cases_opened', count: 1 },
        { on: '2026-03-10', unitId: 'a', indicator: 'arrests', count: 2 },
      ],
      [
        { on: '2026-03-05', unitId: 'a', drugType: 'heroin', unit: 'kg', quantity: 1 },
        { on: '2026-03-06', unitId: 'a', drugType: 'heroin', unit: 'g', quantity: 5 },
        { on: '2026-02-28', unitId: 'b', drugType: 'heroin', unit: 'g', quantity: 7 },
        { on: '2026-03-31', unitId: 'b', drugType: 'tablets', unit: 'vien', quantity: 300 },
      ],
    );
    expect(r.total.counts).toMatchObject({ cases_opened: 2, arrests: 2 });
    expect(r.byUnit.map((u) => [u.unitId, u.counts.cases_opened])).toEqual([
      ['a', 1],
      ['b', 1],
    ]);
    expect(r.total.seizures).toEqual([
      { drugType: 'heroin', family: 'mass', unit: 'g', quantity: 1005 },
      { drugType: 'tablets', family: 'tablets', unit: 'vien', quantity: 300 },
    ]);
    const compared = compareTargets(
      [
        { indicator: 'cases_opened', target: 3 },
        { indicator: 'seizure', family: 'mass', target: 1000 },
        { indicator: 'seizure', family: 'tablets', drugType: 'tablets', target: 500 },
      ],
      r.total,
    );
    expect(compared.map((c) => [c.actual, c.met])).toEqual([
      [2, false],
      [1005, true],
      [300, false],
    ]);
  });
});
