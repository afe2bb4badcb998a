import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../access/actor.ts';
import type { UnitService } from '../units/unit.service.ts';
import { communeValidOn, unitWithinScope } from './hotspot.repository.ts';

const field = (path: string, message: string) =>
  new AppError('validation_failed', message, { details: [{ path, message }] });

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
      throw field(
        'location',
        today
          ? `Vị trí không thuộc đơn vị hành chính nào có ranh giới vào ngày ${vnDate(on)}`
          : 'Vị trí nằm ngoài địa giới tỉnh',
      );
    }
    if (found.precision === 'commune') {
      if (unitId && unitId !== found.unit.id)
        throw field('unitId', `Vị trí trên bản đồ thuộc ${found.unit.name}, không khớp với đơn vị đã chọn`);
      unitId = found.unit.id;
    } else {
      const names = found.candidates.map((c) => c.name).join(', ');
      if (!unitId)
        throw field(
          'unitId',
          names
            ? `Chọn xã, phường, thị trấn chứa vị trí (vào ngày ${vnDate(on)}): ${names}`
            : `Chọn xã, phường, thị trấn chứa vị trí (thuộc ${found.unit.name})`,
        );
      if (found.candidates.length > 0 && !found.candidates.some((c) => c.id === unitId))
        throw field('unitId', `Vị trí không thuộc đơn vị đã chọn; chọn một trong: ${names}`);
    }
  }
  if (!unitId) throw field('unitId', 'Chọn vị trí trên bản đồ hoặc xã, phường, thị trấn');
  if (!(await communeValidOn(db, unitId, on)))
    throw field(
      'unitId',
      `Đơn vị đã chọn không phải xã, phường, thị trấn còn hiệu lực vào ngày ${vnDate(on)}`,
    );
  if (!(await unitWithinScope(db, actor, unitId, 'hotspot.write')))
    throw field('unitId', 'Đơn vị hành chính nằm ngoài địa bàn phụ trách của cơ quan bạn');
  return unitId;
}
