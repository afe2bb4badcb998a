import { z } from 'zod';
import { pagedQuery } from '../list.ts';
import { isoDate, vnText } from '../text.ts';
import { hotspotBehaviour, hotspotKind, hotspotStatus } from './hotspot-enums.ts';
import { hotspotPersonLinks } from './hotspot-person-links.ts';
import { hotspotTrendCategories } from './hotspot-values.ts';
import { defineRegisterContract } from './register-contract.ts';

export const hotspotContract = defineRegisterContract({
  recordType: 'hotspot',
  label: { vi: 'Điểm, tụ điểm', en: 'Hotspot' },
  permissions: ['hotspot.read', 'hotspot.write', 'hotspot.transition'],
  // PRODUCT.md "Who uses it": commune police keep their commune's register, PC04 the province's; border
  // guards record in their border communes; leaders and the commune committee read (maps, figures).
  grants: {
    drug_police: ['hotspot.read', 'hotspot.write', 'hotspot.transition'],
    commune_police: ['hotspot.read', 'hotspot.write', 'hotspot.transition'],
    commune_police_chief: ['hotspot.read', 'hotspot.write', 'hotspot.transition'],
    border_guard: ['hotspot.read', 'hotspot.write'],
    leadership: ['hotspot.read'],
    commune_committee: ['hotspot.read'],
  },
  auditActions: {
    'hotspot.create': { vi: 'Ghi nhận điểm, tụ điểm', en: 'Record a hotspot' },
    'hotspot.update': { vi: 'Sửa điểm, tụ điểm', en: 'Edit a hotspot' },
    'hotspot.transition': { vi: 'Chuyển trạng thái điểm, tụ điểm', en: 'Change a hotspot’s status' },
    'hotspot.read': { vi: 'Xem điểm, tụ điểm', en: 'View a hotspot' },
    'hotspot.list': { vi: 'Xem danh sách điểm, tụ điểm', en: 'List hotspots' },
    'hotspot.person': { vi: 'Liên kết hồ sơ người', en: 'Link a person record' },
  },
  fieldLabels: {
    kind: { vi: 'Loại', en: 'Kind' },
    name: { vi: 'Tên gọi', en: 'Name' },
    behaviours: { vi: 'Hành vi', en: 'Behaviours' },
    status: { vi: 'Trạng thái', en: 'Status' },
    statusSince: { vi: 'Từ ngày', en: 'Since' },
    detectedOn: { vi: 'Ngày phát hiện', en: 'Detected on' },
    unitId: { vi: 'Đơn vị hành chính', en: 'Administrative unit' },
    lat: { vi: 'Vĩ độ', en: 'Latitude' },
    lng: { vi: 'Kinh độ', en: 'Longitude' },
    address: { vi: 'Địa chỉ', en: 'Address' },
    description: { vi: 'Mô tả', en: 'Description' },
    responsibleOfficer: { vi: 'Cán bộ phụ trách', en: 'Responsible officer' },
    linkedPersons: { vi: 'Đối tượng liên quan', en: 'Linked persons' },
    linkedBusinesses: { vi: 'Cơ sở kinh doanh liên quan', en: 'Linked businesses' },
    sellers: { vi: 'Số đối tượng bán', en: 'Sellers' },
    users: { vi: 'Số người sử dụng', en: 'Users' },
    citations: { vi: 'Văn bản căn cứ', en: 'Documents cited' },
    from: { vi: 'Trạng thái cũ', en: 'From' },
    to: { vi: 'Trạng thái mới', en: 'To' },
    on: { vi: 'Ngày', en: 'Date' },
    watchUntil: { vi: 'Theo dõi đến', en: 'Watched until' },
  },
  messages: {
    'hotspot.notFound': { vi: 'Không tìm thấy điểm, tụ điểm', en: 'Hotspot not found' },
    'hotspot.placeRequired': {
      vi: 'Chọn vị trí trên bản đồ hoặc xã, phường, thị trấn',
      en: 'Pick the place on the map or choose the commune',
    },
    'hotspot.ownAgencyOnly': {
      vi: 'Chỉ ghi nhận cho cơ quan của mình; cơ quan phụ trách khác do Thường trực giao',
      en: 'Record for your own agency; another responsible agency is assigned by the standing agency (PC04)',
    },
    'hotspot.outsideProvince': {
      vi: 'Vị trí nằm ngoài địa giới tỉnh',
      en: 'The place lies outside the province',
    },
    'hotspot.noUnitOnDate': {
      vi: 'Vị trí không thuộc đơn vị hành chính nào có ranh giới vào ngày {date}',
      en: 'The place lies in no administrative unit with a boundary on {date}',
    },
    'hotspot.pointInOtherUnit': {
      vi: 'Vị trí trên bản đồ thuộc {unit}, không khớp với đơn vị đã chọn',
      en: 'The map point lies in {unit}, not in the unit chosen',
    },
    'hotspot.chooseCommuneOnDate': {
      vi: 'Chọn xã, phường, thị trấn chứa vị trí (vào ngày {date}): {candidates}',
      en: 'Choose the commune containing the place (on {date}): {candidates}',
    },
    'hotspot.chooseCommuneIn': {
      vi: 'Chọn xã, phường, thị trấn chứa vị trí (thuộc {district})',
      en: 'Choose the commune containing the place (in {district})',
    },
    'hotspot.notInChosenUnit': {
      vi: 'Vị trí không thuộc đơn vị đã chọn; chọn một trong: {candidates}',
      en: 'The place is not in the unit chosen; choose one of: {candidates}',
    },
    'hotspot.statsPeriodTooLong': {
      vi: 'Khoảng thời gian thống kê tối đa 30 năm',
      en: 'The statistics period may span at most 30 years',
    },
    // zod refinements below (`geoPoint`, `behaviours`): found again by their text, see `messageIdOfText`.
    'hotspot.behaviourRequired': { vi: 'Chọn ít nhất một hành vi', en: 'Choose at least one behaviour' },
    'hotspot.latitudeOutOfRange': {
      vi: 'Vĩ độ phải trong lãnh thổ Việt Nam (8–24)',
      en: 'The latitude must lie in Vietnam (8–24)',
    },
    'hotspot.longitudeOutOfRange': {
      vi: 'Kinh độ phải trong lãnh thổ Việt Nam (102–110)',
      en: 'The longitude must lie in Vietnam (102–110)',
    },
  },
});

/** A point on the map (WGS 84). Vietnam lies within these bounds; anything else is a typing error. */
export const geoPoint = z.strictObject({
  lat: z
    .number()
    .min(8, 'Vĩ độ phải trong lãnh thổ Việt Nam (8–24)')
    .max(24, 'Vĩ độ phải trong lãnh thổ Việt Nam (8–24)'),
  lng: z
    .number()
    .min(102, 'Kinh độ phải trong lãnh thổ Việt Nam (102–110)')
    .max(110, 'Kinh độ phải trong lãnh thổ Việt Nam (102–110)'),
});

/** A document cited as the basis of a record or a transition (free text until the documents register). */
export const citation = vnText({ max: 300 });

const hotspotFields = {
  kind: hotspotKind.optional(),
  name: vnText({ max: 200 }),
  behaviours: z.array(hotspotBehaviour).min(1, 'Chọn ít nhất một hành vi').max(5),
  detectedOn: isoDate,
  location: geoPoint.nullable().optional(),
  /** The commune, when there is no point or the point's commune is ambiguous (before 01/7/2025). */
  unitId: z.uuid().nullable().optional(),
  address: vnText({ max: 300 }).nullable().optional(),
  description: vnText({ max: 4000 }).nullable().optional(),
  responsibleOfficer: vnText({ max: 200 }).nullable().optional(),
  linkedPersons: vnText({ max: 2000 }).nullable().optional(),
  linkedBusinesses: vnText({ max: 2000 }).nullable().optional(),
  sellers: z.number().int().min(0).max(10_000).nullable().optional(),
  users: z.number().int().min(0).max(10_000).nullable().optional(),
  citations: z.array(citation).max(20).optional(),
  /** The responsible agency; default: the recording officer's. */
  agencyId: z.uuid().optional(),
};

export const hotspotCreate = z.strictObject(hotspotFields);
export type HotspotCreate = z.infer<typeof hotspotCreate>;
export const hotspotUpdate = z.strictObject({ ...hotspotFields, version: z.number().int() });
export type HotspotUpdate = z.infer<typeof hotspotUpdate>;

export const hotspotTransition = z.strictObject({
  to: hotspotStatus,
  on: isoDate,
  reason: vnText({ max: 2000 }),
  citation: citation.nullable().optional(),
  version: z.number().int(),
});
export type HotspotTransition = z.infer<typeof hotspotTransition>;

export const hotspot = z.object({
  id: z.uuid(),
  kind: hotspotKind,
  suggestedKind: hotspotKind,
  name: z.string(),
  behaviours: z.array(hotspotBehaviour),
  status: hotspotStatus,
  statusSince: z.string(),
  detectedOn: z.string(),
  watchUntil: z.string().nullable(),
  location: z.object({ lat: z.number(), lng: z.number() }).nullable(),
  unit: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  address: z.string().nullable(),
  description: z.string().nullable(),
  responsibleOfficer: z.string().nullable(),
  linkedPersons: z.string().nullable(),
  linkedBusinesses: z.string().nullable(),
  sellers: z.number().nullable(),
  users: z.number().nullable(),
  citations: z.array(z.string()),
  agency: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  reformations: z.number().int(),
  allowedTransitions: z.array(hotspotStatus),
  isDemo: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** On a read: the person records linked to the hotspot (masked as person lists are; the free text stays). */
  personLinks: hotspotPersonLinks.optional(),
});
export type Hotspot = z.infer<typeof hotspot>;

export const hotspotSortKeys = ['detectedOn', 'name', 'status', 'statusSince', 'updatedAt'] as const;
export const hotspotListQuery = pagedQuery(hotspotSortKeys).extend({
  status: z
    .union([hotspotStatus, z.array(hotspotStatus)])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .optional(),
  kind: hotspotKind.optional(),
  unitId: z.uuid().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** `false`: only records without a map point (the map's "not located" count). */
  located: z.enum(['true', 'false']).optional(),
  /** The responsible agency (a scorecard's row per agency opens its hotspots). */
  agencyId: z.uuid().optional(),
  /**
   * Hotspots that moved into this status by a lifecycle event dated in `movedFrom`…`movedTo` (eliminated or
   * re-formed in a period: what a scorecard counts), whatever their status now.
   */
  moved: z.enum(['eliminated', 'reactivated']).optional(),
  movedFrom: isoDate.optional(),
  movedTo: isoDate.optional(),
});
export type HotspotListQuery = z.infer<typeof hotspotListQuery>;

/** The map of hotspots (and their counts) in the units of the date `at`, for records of a period. */
export const hotspotMapQuery = z.strictObject({
  at: isoDate.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  status: z
    .union([hotspotStatus, z.array(hotspotStatus)])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .optional(),
  kind: hotspotKind.optional(),
  /** Only what falls in this unit of the date `at`. */
  unitId: z.uuid().optional(),
});
export type HotspotMapQuery = z.infer<typeof hotspotMapQuery>;

/**
 * The map's points as parallel arrays (entry `i` of each array is one record): thousands of points cost about
 * 65 bytes each instead of ~180 as objects, and parse into flat arrays. Only what the map draws: the record's
 * name, kind and the rest are read on demand (`GET /hotspots/:id`) when a point is opened.
 */
export const hotspotMapPoints = z.object({
  id: z.array(z.uuid()),
  /** WGS 84, rounded to 6 decimals (≈ 0.1 m; the point picker records 6). */
  lat: z.array(z.number()),
  lng: z.array(z.number()),
  /** Index into `statuses` of the answer. */
  status: z.array(z.number().int().min(0)),
  /** Index into `units` of the answer: the unit of the date `at` the record falls in; -1 when none. */
  unit: z.array(z.number().int().min(-1)),
});
export type HotspotMapPoints = z.infer<typeof hotspotMapPoints>;

export const hotspotMap = z.object({
  at: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** The status codes the points' `status` indexes (the order of `hotspotStatuses`). */
  statuses: z.array(hotspotStatus),
  points: hotspotMapPoints,
  /** Per unit of the date `at`: records by current status, and eliminations / re-formations dated in the period. */
  units: z.array(
    z.object({
      unitId: z.uuid(),
      code: z.string(),
      name: z.string(),
      total: z.number().int(),
      byStatus: z.record(z.string(), z.number().int()),
      eliminated: z.number().int(),
      reformed: z.number().int(),
    }),
  ),
  /** Records of the period without a map point (they still count in their unit). */
  unlocated: z.number().int(),
});
export type HotspotMap = z.infer<typeof hotspotMap>;

/** Hotspot statistics: Gi* per unit and period with the trend category, and a kernel density surface. */
export const hotspotStatisticsQuery = z.strictObject({
  at: isoDate.optional(),
  /** Default: 1 January three years back (four yearly periods with the current one). */
  from: isoDate.optional(),
  /** Default: today. */
  to: isoDate.optional(),
  period: z.enum(['year', 'quarter', 'month']).default('year'),
  kind: hotspotKind.optional(),
  bandwidthMetres: z.coerce.number().int().min(200).max(20_000).default(2_000),
  cellMetres: z.coerce.number().int().min(100).max(5_000).default(500),
});
export type HotspotStatisticsQuery = z.infer<typeof hotspotStatisticsQuery>;

export const hotspotStatistics = z.object({
  at: z.string(),
  periods: z.array(z.string()),
  /** The unit level the statistics ran on: communes from 01/7/2025, districts before (no older commune polygons). */
  level: z.enum(['commune', 'district']),
  units: z.array(
    z.object({
      unitId: z.uuid(),
      code: z.string(),
      name: z.string(),
      /** Hotspots formed (recorded or re-formed) in each period. */
      counts: z.array(z.number()),
      z: z.array(z.number().nullable()),
      p: z.array(z.number().nullable()),
      category: z.enum(hotspotTrendCategories),
    }),
  ),
  density: z.object({
    bandwidthMetres: z.number(),
    cellMetres: z.number(),
    max: z.number(),
    cells: z.array(z.object({ lat: z.number(), lng: z.number(), density: z.number() })),
  }),
  /** Formations without a map point (left out of the statistics, still counted in the register). */
  unplaced: z.number().int(),
});
export type HotspotStatistics = z.infer<typeof hotspotStatistics>;
