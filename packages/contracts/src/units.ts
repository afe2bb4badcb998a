import { z } from 'zod';
import { isoDate } from './text.ts';

/** tỉnh; huyện / thành phố / thị xã (district level, abolished 01/7/2025); xã / phường / thị trấn / đặc khu. */
export const unitTypes = [
  'tinh',
  'huyen',
  'thanh_pho',
  'thi_xa',
  'xa',
  'phuong',
  'thi_tran',
  'dac_khu',
] as const;
export const unitType = z.enum(unitTypes);
export type UnitType = z.infer<typeof unitType>;

export const unitTypeLabel: Record<UnitType, string> = {
  tinh: 'Tỉnh',
  huyen: 'Huyện',
  thanh_pho: 'Thành phố',
  thi_xa: 'Thị xã',
  xa: 'Xã',
  phuong: 'Phường',
  thi_tran: 'Thị trấn',
  dac_khu: 'Đặc khu',
};

export const unit = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  type: unitType,
  level: z.number().int(),
  parentId: z.uuid().nullable(),
  validFrom: isoDate,
  validTo: isoDate.nullable(),
});
export type Unit = z.infer<typeof unit>;

export const unitsQuery = z.strictObject({ at: isoDate.optional() });
export const unitList = z.object({ data: z.array(unit) });

export const unitLink = z.object({
  unit,
  mergeType: z.string(),
  legalBasis: z.string(),
  effectiveDate: isoDate,
  note: z.string().nullable(),
});
export const unitLinkList = z.object({ data: z.array(unitLink) });
export type UnitLink = z.infer<typeof unitLink>;

export const locateQuery = z.strictObject({
  lat: z.coerce.number().min(-90).max(90),
  lng: z.coerce.number().min(-180).max(180),
  at: isoDate.optional(),
});
