import {
  type DrugCatalogue,
  type DrugType,
  defaultDrugCatalogue,
  type MeasureUnit,
  type UnitFamily,
} from '@pcmt/contracts';

/** The default catalogue is shared with the web (contracts `registers/drug-charges.ts`). */
export { type DrugCatalogue, defaultDrugCatalogue } from '@pcmt/contracts';

/**
 * Each unit belongs to one family and converts to the family's base unit by a whole factor (kg = 1 000 g).
 * Blocks (bánh) are their own family: a bánh of heroin weighs about 350 g but not exactly, so it is never
 * turned into grams.
 */
export const measureUnitInfo: Readonly<Record<MeasureUnit, { family: UnitFamily; toBase: number }>> = {
  g: { family: 'mass', toBase: 1 },
  kg: { family: 'mass', toBase: 1000 },
  vien: { family: 'tablets', toBase: 1 },
  banh: { family: 'blocks', toBase: 1 },
  ml: { family: 'volume', toBase: 1 },
  cay: { family: 'plants', toBase: 1 },
  m2: { family: 'area', toBase: 1 },
};
/** The unit a family's totals are given in. */
export const familyBaseUnit: Readonly<Record<UnitFamily, MeasureUnit>> = {
  mass: 'g',
  tablets: 'vien',
  blocks: 'banh',
  volume: 'ml',
  plants: 'cay',
  area: 'm2',
};
export const unitFamilyOf = (u: MeasureUnit): UnitFamily => measureUnitInfo[u].family;

export const unitAllowed = (
  type: DrugType,
  u: MeasureUnit,
  catalogue: DrugCatalogue = defaultDrugCatalogue,
) => catalogue[type].includes(u);

/** Quantities are kept to the thousandth (a milligram of a gram figure); sums run on whole thousandths. */
const SCALE = 1000;
const toMilli = (n: number) => Math.round(n * SCALE);

/** A quantity in its family's base unit (kg → g), rounded to the thousandth. */
export const inBaseUnit = (quantity: number, u: MeasureUnit): number =>
  (toMilli(quantity) * measureUnitInfo[u].toBase) / SCALE;

export type SeizureAmount = { drugType: DrugType; unit: MeasureUnit; quantity: number };
export type SeizureTotal = { drugType: DrugType; family: UnitFamily; unit: MeasureUnit; quantity: number };

/**
 * Totals per (drug type, unit family), each in the family's base unit: kilograms become grams, tablets stay
 * tablets. Two figures of different families are never added, whatever the drug. Sorted by type then family.
 */
export function seizureTotals(items: Iterable<SeizureAmount>): SeizureTotal[] {
  const sums = new Map<string, { drugType: DrugType; family: UnitFamily; milli: number }>();
  for (const s of items) {
    const info = measureUnitInfo[s.unit];
    const key = `${s.drugType}|${info.family}`;
    const cur = sums.get(key) ?? { drugType: s.drugType, family: info.family, milli: 0 };
    cur.milli += toMilli(s.quantity) * info.toBase;
    sums.set(key, cur);
  }
  return [...sums.values()]
    .sort((a, b) => a.drugType.localeCompare(b.drugType) || a.family.localeCompare(b.family))
    .map((s) => ({
      drugType: s.drugType,
      family: s.family,
      unit: familyBaseUnit[s.family],
      quantity: s.milli / SCALE,
    }));
}
