import type { HotspotStatus } from '@pcmt/contracts';

/**
 * The one transition table of the hotspot lifecycle. A transition not listed here is refused (409 naming
 * the allowed ones). Re-formation (tái hoạt động) reopens the same record: it is counted against the unit as
 * a re-formed hotspot, and the place is fought and eliminated again from there.
 */
export const hotspotTransitions: Readonly<Record<HotspotStatus, readonly HotspotStatus[]>> = {
  detected: ['verifying', 'active', 'dismissed'],
  verifying: ['active', 'dismissed'],
  active: ['fighting', 'eliminated'],
  fighting: ['eliminated', 'active'],
  eliminated: ['watching', 'reactivated'],
  watching: ['stable', 'reactivated'],
  stable: ['reactivated'],
  reactivated: ['fighting', 'eliminated'],
  dismissed: [],
};

export const allowedHotspotTransitions = (from: HotspotStatus): readonly HotspotStatus[] =>
  hotspotTransitions[from];

export const canTransitionHotspot = (from: HotspotStatus, to: HotspotStatus): boolean =>
  hotspotTransitions[from].includes(to);

/** Statuses in which the place counts as an existing hotspot (for indicators and the map's "active" layer). */
export const liveHotspotStatuses: readonly HotspotStatus[] = [
  'detected',
  'verifying',
  'active',
  'fighting',
  'reactivated',
];

/** A transition into `reactivated` is a re-formation: it counts once per occurrence, on its date. */
export const isReformation = (to: HotspotStatus): boolean => to === 'reactivated';

/** A transition into `eliminated` counts as an elimination on its date (again after a re-formation). */
export const isElimination = (to: HotspotStatus): boolean => to === 'eliminated';

/**
 * Hotspot configuration: the watch period after elimination (PRODUCT.md: configurable, default 12 months)
 * and the unconfirmed thresholds that separate a tụ điểm from a điểm (DOMAIN.md b4: "e.g. ≥ 2–3 sellers or
 * ≥ 5 users, repeated", C04 guidance not retrieved — configuration, not a constant).
 */
export type HotspotRules = {
  watchMonths: number;
  gatheringMinSellers: number;
  gatheringMinUsers: number;
};
export const defaultHotspotRules: HotspotRules = {
  watchMonths: 12,
  gatheringMinSellers: 3,
  gatheringMinUsers: 5,
};

/** The day a watch period started on `startedOn` (ISO date) ends: the same day `watchMonths` later. */
export function watchEndsOn(startedOn: string, rules: HotspotRules = defaultHotspotRules): string {
  const [y, m, d] = startedOn.split('-').map(Number) as [number, number, number];
  const monthIndex = m - 1 + rules.watchMonths;
  const year = y + Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  // Clamp to the month's length (31/1 + 1 month → 28 or 29/2).
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The kind the facts suggest: many sellers or users gathering repeatedly make a tụ điểm. */
export function suggestHotspotKind(
  facts: { sellers?: number | null; users?: number | null },
  rules: HotspotRules = defaultHotspotRules,
): 'spot' | 'gathering' {
  const sellers = facts.sellers ?? 0;
  const users = facts.users ?? 0;
  return sellers >= rules.gatheringMinSellers || users >= rules.gatheringMinUsers ? 'gathering' : 'spot';
}
