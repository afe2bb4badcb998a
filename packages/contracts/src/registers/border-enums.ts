import { z } from 'zod';

/**
 * Border work of the Bộ đội Biên phòng (issue 11 item 5, DOMAIN.md d "Patrol border and gates"): what kind of
 * task a record is. Tuần tra: moving along a route or sector; kiểm soát: a control at a gate or checkpoint;
 * phục kích: an ambush or pursuit on information received.
 */
export const borderPatrolKinds = ['patrol', 'control', 'ambush'] as const;
export const borderPatrolKind = z.enum(borderPatrolKinds);
export type BorderPatrolKind = z.infer<typeof borderPatrolKind>;
export const borderPatrolKindLabel: Record<BorderPatrolKind, { vi: string; en: string }> = {
  patrol: { vi: 'Tuần tra', en: 'Patrol' },
  control: { vi: 'Kiểm soát', en: 'Control' },
  ambush: { vi: 'Phục kích, truy bắt', en: 'Ambush or pursuit' },
};

/**
 * Who the task was done jointly with: Vietnamese forces (police, customs, militia) or the foreign counterpart
 * across the border (tuần tra song phương with Laos or Cambodia). A record with any of them is a joint patrol.
 */
export const borderPartners = ['police', 'customs', 'militia', 'laos', 'cambodia'] as const;
export const borderPartner = z.enum(borderPartners);
export type BorderPartner = z.infer<typeof borderPartner>;
export const borderPartnerLabel: Record<BorderPartner, { vi: string; en: string }> = {
  police: { vi: 'Công an', en: 'Police' },
  customs: { vi: 'Hải quan', en: 'Customs' },
  militia: { vi: 'Dân quân', en: 'Militia' },
  laos: { vi: 'Lực lượng bảo vệ biên giới Lào', en: 'Lao border forces' },
  cambodia: { vi: 'Lực lượng bảo vệ biên giới Campuchia', en: 'Cambodian border forces' },
};
/** The partners across the border: a record with one of them is a bilateral (song phương) patrol. */
export const foreignBorderPartners: readonly BorderPartner[] = ['laos', 'cambodia'];

/** Planned → in progress → completed; a planned or running task may be cancelled. */
export const borderPatrolStatuses = ['planned', 'in_progress', 'completed', 'cancelled'] as const;
export const borderPatrolStatus = z.enum(borderPatrolStatuses);
export type BorderPatrolStatus = z.infer<typeof borderPatrolStatus>;
export const borderPatrolStatusLabel: Record<BorderPatrolStatus, { vi: string; en: string }> = {
  planned: { vi: 'Kế hoạch', en: 'Planned' },
  in_progress: { vi: 'Đang thực hiện', en: 'In progress' },
  completed: { vi: 'Đã hoàn thành', en: 'Completed' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
};

/** Border gates by rank (cửa khẩu quốc tế, chính, phụ; lối mở). */
export const borderGateKinds = ['international', 'main', 'auxiliary', 'opening'] as const;
export const borderGateKind = z.enum(borderGateKinds);
export type BorderGateKind = z.infer<typeof borderGateKind>;
export const borderGateKindLabel: Record<BorderGateKind, { vi: string; en: string }> = {
  international: { vi: 'Cửa khẩu quốc tế', en: 'International gate' },
  main: { vi: 'Cửa khẩu chính', en: 'Main gate' },
  auxiliary: { vi: 'Cửa khẩu phụ', en: 'Auxiliary gate' },
  opening: { vi: 'Lối mở', en: 'Border opening' },
};

/** Neighbouring countries of the province (ISO 3166-1 alpha-2). */
export const borderCountries = ['LA', 'KH'] as const;
export const borderCountry = z.enum(borderCountries);
export type BorderCountry = z.infer<typeof borderCountry>;
export const borderCountryLabel: Record<BorderCountry, { vi: string; en: string }> = {
  LA: { vi: 'Lào', en: 'Laos' },
  KH: { vi: 'Campuchia', en: 'Cambodia' },
};
