import { z } from 'zod';
import { pagedQuery } from '../list.ts';
import { defineMessages } from '../messages/kit.ts';
import { isoDate, vnText } from '../text.ts';
import { defineRegisterContract } from './register-contract.ts';

/** What the grassroots police received (hỗ trợ kinh phí, phương tiện, trang thiết bị, test nhanh…). */
export const supportKinds = ['funds', 'vehicle', 'equipment', 'rapid_test', 'other'] as const;
export const supportKind = z.enum(supportKinds);
export type SupportKind = z.infer<typeof supportKind>;
export const supportKindLabel: Record<SupportKind, { vi: string; en: string }> = {
  funds: { vi: 'Kinh phí', en: 'Funds' },
  vehicle: { vi: 'Phương tiện', en: 'Vehicles' },
  equipment: { vi: 'Trang thiết bị', en: 'Equipment' },
  rapid_test: { vi: 'Test nhanh ma túy', en: 'Rapid drug tests' },
  other: { vi: 'Hỗ trợ khác', en: 'Other support' },
};

/** Where the support comes from. */
export const supportSources = ['province_budget', 'commune_budget', 'socialised', 'central'] as const;
export const supportSource = z.enum(supportSources);
export type SupportSource = z.infer<typeof supportSource>;
export const supportSourceLabel: Record<SupportSource, { vi: string; en: string }> = {
  province_budget: { vi: 'Ngân sách tỉnh', en: 'Provincial budget' },
  commune_budget: { vi: 'Ngân sách xã', en: 'Commune budget' },
  socialised: { vi: 'Xã hội hóa', en: 'Private contributions' },
  central: { vi: 'Trung ương', en: 'Central government' },
};

export const supportMessages = defineMessages({
  'support.notFound': { vi: 'Không tìm thấy khoản hỗ trợ', en: 'Support record not found' },
  'support.valueInvalid': {
    vi: 'Giá trị phải là số nguyên không âm (đồng), tối đa 1 000 tỷ',
    en: 'The value must be a whole number of dong, not negative, at most 1 000 billion',
  },
  'support.quantityInvalid': {
    vi: 'Số lượng phải lớn hơn 0',
    en: 'The quantity must be greater than 0',
  },
  'support.quantityNeedsUnit': {
    vi: 'Ghi đơn vị tính của số lượng (chiếc, bộ, hộp…)',
    en: 'Give the unit of the quantity (pieces, sets, boxes…)',
  },
  'support.fundsNeedValue': {
    vi: 'Hỗ trợ kinh phí phải ghi số tiền',
    en: 'Funds support needs its amount',
  },
  'support.statsPeriodTooLong': {
    vi: 'Khoảng thời gian thống kê hỗ trợ Công an xã tối đa 10 năm',
    en: 'The statistics period may span at most 10 years',
  },
});
const m = supportMessages;

const permissions = ['support.read', 'support.write', 'support.statistics'] as const;

/** Resource and equipment support to grassroots (commune) police (issue 11 item 6, PRODUCT.md §8). */
export const supportContract = defineRegisterContract({
  recordType: 'support',
  label: { vi: 'Hỗ trợ kinh phí, trang thiết bị cho Công an xã', en: 'Support to commune police' },
  permissions,
  // Who writes: the provincial police (PC04 keeps the province's allocation to commune police) and the commune
  // committee (the commune budget and local contributions go through it), each for its jurisdiction. The
  // commune police chief and officers read what their unit received (they sign for it) and count it;
  // departments (finance) and the leadership count province-wide; oversight reads.
  grants: {
    drug_police: [...permissions],
    commune_committee: [...permissions],
    commune_police_chief: ['support.read', 'support.statistics'],
    commune_police: ['support.read'],
    department: ['support.read', 'support.statistics'],
    leadership: ['support.read', 'support.statistics'],
    oversight: ['support.read'],
  },
  unscoped: { leadership: ['support.read', 'support.statistics'], oversight: ['support.read'] },
  auditActions: {
    'support.create': { vi: 'Ghi nhận khoản hỗ trợ', en: 'Record support' },
    'support.update': { vi: 'Sửa khoản hỗ trợ', en: 'Edit support' },
    'support.read': { vi: 'Xem khoản hỗ trợ', en: 'View support' },
    'support.list': { vi: 'Xem danh sách hỗ trợ', en: 'List support' },
    'support.statistics': { vi: 'Xem số liệu hỗ trợ', en: 'View support figures' },
  },
  fieldLabels: {
    unitId: { vi: 'Công an xã nhận', en: 'Receiving commune police' },
    on: { vi: 'Ngày hỗ trợ', en: 'Date' },
    kind: { vi: 'Loại hỗ trợ', en: 'Kind' },
    description: { vi: 'Nội dung', en: 'Description' },
    quantity: { vi: 'Số lượng', en: 'Quantity' },
    quantityUnit: { vi: 'Đơn vị tính', en: 'Unit' },
    valueVnd: { vi: 'Giá trị (đồng)', en: 'Value (VND)' },
    source: { vi: 'Nguồn', en: 'Source' },
    decisionRef: { vi: 'Quyết định, văn bản', en: 'Decision' },
  },
  messages: m,
});

const fields = {
  /** The receiving commune (its police): a commune valid on `on`, in the writer's jurisdiction. */
  unitId: z.uuid(),
  on: isoDate,
  kind: supportKind,
  description: vnText({ max: 2000 }),
  quantity: z
    .number(m['support.quantityInvalid'].vi)
    .positive(m['support.quantityInvalid'].vi)
    .max(10_000_000)
    .nullable()
    .optional(),
  quantityUnit: vnText({ max: 40 }).nullable().optional(),
  valueVnd: z
    .number(m['support.valueInvalid'].vi)
    .int(m['support.valueInvalid'].vi)
    .min(0, m['support.valueInvalid'].vi)
    .max(1_000_000_000_000, m['support.valueInvalid'].vi)
    .nullable()
    .optional(),
  source: supportSource,
  decisionRef: vnText({ max: 200 }).nullable().optional(),
};
export const supportCreate = z.strictObject(fields);
export type SupportCreate = z.infer<typeof supportCreate>;
export const supportUpdate = z.strictObject({ ...fields, version: z.number().int() });
export type SupportUpdate = z.infer<typeof supportUpdate>;

const ref = z.object({ id: z.uuid(), code: z.string(), name: z.string() });
export const support = z.object({
  id: z.uuid(),
  unit: ref,
  on: z.string(),
  kind: supportKind,
  description: z.string(),
  quantity: z.number().nullable(),
  quantityUnit: z.string().nullable(),
  valueVnd: z.number().int().nullable(),
  source: supportSource,
  decisionRef: z.string().nullable(),
  agency: ref,
  isDemo: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Support = z.infer<typeof support>;

const oneOrMany = <T extends z.ZodType>(t: T) =>
  z
    .union([t, z.array(t)])
    .transform((v) => (Array.isArray(v) ? v : [v]) as z.infer<T>[])
    .optional();

export const supportSortKeys = ['on', 'valueVnd', 'updatedAt'] as const;
export const supportListQuery = pagedQuery(supportSortKeys).extend({
  kind: oneOrMany(supportKind),
  source: oneOrMany(supportSource),
  unitId: z.uuid().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type SupportListQuery = z.infer<typeof supportListQuery>;

export const supportStatisticsQuery = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
  unitId: z.uuid().optional(),
});
export type SupportStatisticsQuery = z.infer<typeof supportStatisticsQuery>;

const figures = { count: z.number().int(), valueVnd: z.number().int() };
/** Support dated in the period: by kind, by source, and by receiving commune with its total value. */
export const supportStatistics = z.object({
  from: z.string(),
  to: z.string(),
  totals: z.object(figures),
  byKind: z.array(z.object({ kind: supportKind, ...figures })),
  bySource: z.array(z.object({ source: supportSource, ...figures })),
  byUnit: z.array(z.object({ unit: ref, ...figures })),
});
export type SupportStatistics = z.infer<typeof supportStatistics>;
