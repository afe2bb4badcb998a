import type { TipPlace } from '@pcmt/contracts';
import type { Db } from '../../platform/db/client.ts';
import { invalid } from '../../platform/errors.ts';
import type { UnitService } from '../units/unit.service.ts';
import { communeOn, homeUnitOf } from './tip-places.repository.ts';

const vnDate = (iso: string) => iso.split('-').reverse().join('/');

export type Placed = { unitId: string; lat: number | null; lng: number | null; placeUnknown: boolean };

/**
 * The unit a tip belongs to, as of the day it was received: the commune holding the map point (the district
 * before 01/7/2025, when there are no commune polygons), the commune chosen, or — place unknown ("không rõ") —
 * the receiving agency's own unit. Refusals name the field (`place.point`, `place.unitId`).
 */
export async function placeTip(
  db: Db,
  units: UnitService,
  place: TipPlace,
  on: string,
  receivingAgencyId: string,
): Promise<Placed> {
  if (place.kind === 'point') {
    const found = await units.locatePoint(place.point.lat, place.point.lng, on);
    if (!found) throw invalid('place.point', 'tip.outsideProvince');
    return { unitId: found.unit.id, lat: place.point.lat, lng: place.point.lng, placeUnknown: false };
  }
  if (place.kind === 'unit') {
    if (!(await communeOn(db, place.unitId, on)))
      throw invalid('place.unitId', 'tip.unitNotCommune', { date: vnDate(on) });
    return { unitId: place.unitId, lat: null, lng: null, placeUnknown: false };
  }
  return { unitId: await homeUnitOf(db, receivingAgencyId, on), lat: null, lng: null, placeUnknown: true };
}
