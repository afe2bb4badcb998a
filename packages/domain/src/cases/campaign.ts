import type { CampaignIndicator, CampaignPhase, DrugType, UnitFamily } from '@pcmt/contracts';
import { type SeizureAmount, type SeizureTotal, seizureTotals } from './drugs.ts';

export type Period = { from: string; to: string };

/** A date (ISO) inside a period, both ends included: the first and last days of a campaign count. */
export const insidePeriod = (p: Period, on: string): boolean => on >= p.from && on <= p.to;

export const campaignPhaseOn = (p: Period, today: string): CampaignPhase =>
  today < p.from ? 'upcoming' : today > p.to ? 'ended' : 'running';

/** A dated count of one indicator in one unit (a case opened, its suspects, an arrest, an inspection…). */
export type DatedCount = {
  on: string;
  unitId: string;
  indicator: Exclude<CampaignIndicator, 'seizure'>;
  count: number;
};
export type DatedSeizure = SeizureAmount & { on: string; unitId: string };

export type UnitResults = {
  unitId: string;
  counts: Record<Exclude<CampaignIndicator, 'seizure'>, number>;
  seizures: SeizureTotal[];
};

const zero = (): UnitResults['counts'] => ({
  cases_opened: 0,
  suspects: 0,
  arrests: 0,
  hotspots_eliminated: 0,
  businesses_inspected: 0,
  plants_destroyed: 0,
});

/**
 * A campaign's results: of the records given, those dated inside the period, summed by unit (counts by
 * indicator, seizures by drug type and unit family) and in total. Records outside the period are ignored, so
 * the caller may pass a wider set.
 */
export function campaignResults(
  period: Period,
  counts: readonly DatedCount[],
  seizures: readonly DatedSeizure[],
): { byUnit: UnitResults[]; total: Omit<UnitResults, 'unitId'> } {
  const units = new Map<string, { counts: UnitResults['counts']; seizures: SeizureAmount[] }>();
  const of = (unitId: string) => {
    let u = units.get(unitId);
    if (!u) {
      u = { counts: zero(), seizures: [] };
      units.set(unitId, u);
    }
    return u;
  };
  const total = zero();
  for (const c of counts) {
    if (!insidePeriod(period, c.on)) continue;
    of(c.unitId).counts[c.indicator] += c.count;
    total[c.indicator] += c.count;
  }
  const all: SeizureAmount[] = [];
  for (const s of seizures) {
    if (!insidePeriod(period, s.on)) continue;
    of(s.unitId).seizures.push(s);
    all.push(s);
  }
  return {
    byUnit: [...units.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([unitId, u]) => ({ unitId, counts: u.counts, seizures: seizureTotals(u.seizures) })),
    total: { counts: total, seizures: seizureTotals(all) },
  };
}

export type CampaignTarget = {
  indicator: CampaignIndicator;
  /**
   * For `seizure`: the unit family the target is in (required: a target in grams never counts tablets) and,
   * optionally, one drug type (without it, every type of that family: "X kg ma túy các loại").
   */
  drugType?: DrugType | null;
  family?: UnitFamily | null;
  target: number;
};

/** Each target beside its actual figure from the totals. */
export function compareTargets(targets: readonly CampaignTarget[], total: Omit<UnitResults, 'unitId'>) {
  return targets.map((t) => {
    const actual =
      t.indicator === 'seizure'
        ? total.seizures
            .filter((s) => s.family === t.family && (!t.drugType || s.drugType === t.drugType))
            .reduce((sum, s) => sum + Math.round(s.quantity * 1000), 0) / 1000
        : total.counts[t.indicator];
    return { ...t, actual, met: actual >= t.target };
  });
}
