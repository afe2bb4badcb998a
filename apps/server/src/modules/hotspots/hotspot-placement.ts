import type { Db } from '../../platform/db/client.ts';
import { invalid } from '../../platform/errors.ts';
import type { Actor } from '../access/actor.ts';
import type { UnitService } from '../units/unit.service.ts';
import { communeValidOn, unitWithinScope } from './hotspot.repository.ts';

const vnDate = (iso: string) => iso.split('-').reverse().join('/');

/**
 * The commune a hotspot belongs to, as of its date: from the map point when the era has commune polygons
 * (from 01/7/2025); before that the point only fixes the district, and the officer picks the commune among
 * the candidates; without a point, the commune the officer chose. The commune must be in the officer's
 * jurisdiction.
 */
export async function placeHotspot(
  db: Db,
  units: UnitService,
  actor: Actor,
  input: { location?: { lat: number; lng: number } | null | undefined; unitId?: string | null | undefined },
  on: string,
): Promise<string> {
  let unitId = input.unitId ?? null;
  if (input.location) {
    const { lat, lng } = input.location;
    const found = await units.locatePoint(lat, lng, on);
    if (!found) {
      const today = await units.locatePoint(lat, lng);
      throw today
        ? invalid('location', 'hotspot.noUnitOnDate', { date: vnDate(on) })
        : invalid('location', 'hotspot.outsideProvince');
    }
    if (found.precision === 'commune') {
      if (unitId && unitId !== found.unit.id)
        throw invalid('unitId', 'hotspot.pointInOtherUnit', { unit: found.unit.name });
      unitId = found.unit.id;
    } else {
      const names = found.candidates.map((c) => c.name).join(', ');
      if (!unitId)
        throw names
          ? invalid('unitId', 'hotspot.chooseCommuneOnDate', { date: vnDate(on), candidates: names })
          : invalid('unitId', 'hotspot.chooseCommuneIn', { district: found.unit.name });
      if (found.candidates.length > 0 && !found.candidates.some((c) => c.id === unitId))
        throw invalid('unitId', 'hotspot.notInChosenUnit', { candidates: names });
    }
  }
  if (!unitId) throw invalid('unitId', 'hotspot.placeRequired');
  if (!(await communeValidOn(db, unitId, on)))
    throw invalid('unitId', 'unit.notCommuneOnDate', { date: vnDate(on) });
  if (!(await unitWithinScope(db, actor, unitId, 'hotspot.write')))
    throw invalid('unitId', 'unit.outsideJurisdiction');
  return unitId;
}
