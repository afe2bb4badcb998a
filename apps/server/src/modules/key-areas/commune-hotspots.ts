import { liveHotspotStatuses } from '@pcmt/domain';
import type { Db } from '../../platform/db/client.ts';
import type { UnitService } from '../units/unit.service.ts';
import { hotspotRowsOn } from './commune-hotspots.repository.ts';

/** Hotspot figures of one commune on a date, as classification inputs and on the commune page. */
export type CommuneHotspotCounts = {
  /** Live on the date (see `liveHotspotStatuses`), by kind. */
  spots: number;
  gatherings: number;
  /** Recorded on or before the date and not dismissed by then. */
  recorded: number;
  /** In eliminated, watching or stable on the date. */
  eliminatedNow: number;
  /** Detected in [since, on] (new hotspots). */
  detected: number;
  /** Eliminations and re-formations dated in [since, on]. */
  eliminated: number;
  reformed: number;
};
const zero = (): CommuneHotspotCounts => ({
  spots: 0,
  gatherings: 0,
  recorded: 0,
  eliminatedNow: 0,
  detected: 0,
  eliminated: 0,
  reformed: 0,
});

/**
 * Hotspot counts per commune of date `on` (see `hotspotRowsOn` for how records reach the communes of that
 * date): a record that more than one commune of `on` inherited (a split commune) goes to the one containing
 * its point, else to the first — as on the hotspot map.
 */
export async function hotspotCountsByCommune(
  db: Db,
  units: UnitService,
  q: { on: string; since: string; only?: string[] },
): Promise<Map<string, CommuneHotspotCounts>> {
  const live = [...liveHotspotStatuses];
  const rows = await hotspotRowsOn(db, q);
  const out = new Map<string, CommuneHotspotCounts>();
  for (const r of rows) {
    const c = r.candidates ?? [];
    let unitId = c[0] ?? null;
    if (c.length > 1 && r.lat !== null && r.lng !== null) {
      const found = await units.locatePoint(r.lat, r.lng, q.on);
      if (found && c.includes(found.unit.id)) unitId = found.unit.id;
    }
    if (!unitId || (q.only && !q.only.includes(unitId))) continue;
    const n = out.get(unitId) ?? zero();
    if (r.status && live.includes(r.status as (typeof live)[number])) {
      if (r.kind === 'gathering') n.gatherings += 1;
      else n.spots += 1;
    }
    if (r.status && r.status !== 'dismissed') n.recorded += 1;
    if (r.status === 'eliminated' || r.status === 'watching' || r.status === 'stable') n.eliminatedNow += 1;
    if (r.isNew) n.detected += 1;
    n.eliminated += r.eliminated;
    n.reformed += r.reformed;
    out.set(unitId, n);
  }
  return out;
}

export const countsOf = (m: Map<string, CommuneHotspotCounts>, unitId: string) => m.get(unitId) ?? zero();
