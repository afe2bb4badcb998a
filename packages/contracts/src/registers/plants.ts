import { z } from 'zod';
import { pagedQuery } from '../list.ts';
import { isoDate, vnText } from '../text.ts';
import { geoPoint } from './hotspots.ts';
import { plantDestructionMethod, plantGrowthStage, plantSpecies, plantStatus } from './plant-enums.ts';
import { plantMessages as m } from './plant-messages.ts';
import { defineRegisterContract } from './register-contract.ts';

const plantPermissions = ['plant.read', 'plant.write', 'plant.transition', 'plant.statistics'] as const;

/**
 * Narcotic plants found and destroyed (phát hiện, triệt phá cây có chứa chất ma túy; issue 11 item 4). One
 * record is one field or patch found on a day; it is destroyed (with its biên bản) or handed over to the
 * investigation body. The grower's name is personal data: every read is audited, as in the hotspot register.
 */
export const plantContract = defineRegisterContract({
  recordType: 'plant',
  label: { vi: 'Cây có chứa chất ma túy', en: 'Narcotic plants' },
  permissions: plantPermissions,
  // The commune committee organises the search and destruction in its commune with the commune police
  // (Luật 73/2021); PC04 the province's; border guards in their border communes (poppy in remote fields).
  // Departments (agriculture) count; leadership counts province-wide.
  grants: {
    drug_police: [...plantPermissions],
    commune_police_chief: [...plantPermissions],
    commune_police: [...plantPermissions],
    commune_committee: [...plantPermissions],
    border_guard: [...plantPermissions],
    department: ['plant.statistics'],
    leadership: ['plant.statistics'],
  },
  unscoped: { leadership: ['plant.statistics'] },
  auditActions: {
    'plant.create': { vi: 'Ghi nhận phát hiện cây có chứa chất ma túy', en: 'Record narcotic plants found' },
    'plant.update': { vi: 'Sửa vụ phát hiện cây', en: 'Edit a plant detection' },
    'plant.transition': { vi: 'Triệt phá hoặc chuyển cơ quan điều tra', en: 'Destroy or hand over' },
    'plant.read': { vi: 'Xem vụ phát hiện cây', en: 'View a plant detection' },
    'plant.list': { vi: 'Xem danh sách phát hiện cây', en: 'List plant detections' },
    'plant.statistics': { vi: 'Xem số liệu phát hiện, triệt phá cây', en: 'View plant figures' },
  },
  fieldLabels: {
    species: { vi: 'Loài cây', en: 'Species' },
    speciesName: { vi: 'Tên loài cây (khác)', en: 'Species name' },
    detectedOn: { vi: 'Ngày phát hiện', en: 'Detected on' },
    place: { vi: 'Địa điểm', en: 'Place' },
    location: { vi: 'Tọa độ', en: 'Coordinates' },
    unitId: { vi: 'Xã, phường (vào ngày phát hiện)', en: 'Commune (on the detection date)' },
    areaM2: { vi: 'Diện tích (m²)', en: 'Area (m²)' },
    plantCount: { vi: 'Số cây', en: 'Number of plants' },
    growthStage: { vi: 'Giai đoạn sinh trưởng', en: 'Growth stage' },
    detectedBy: { vi: 'Đơn vị, tổ phát hiện', en: 'Detected by' },
    growerName: { vi: 'Người trồng', en: 'Grower' },
    growerPersonId: { vi: 'Hồ sơ người trồng', en: 'Grower’s person record' },
    caseId: { vi: 'Vụ án', en: 'Case' },
    notes: { vi: 'Ghi chú', en: 'Notes' },
    status: { vi: 'Trạng thái', en: 'Status' },
    statusSince: { vi: 'Từ ngày', en: 'Since' },
    on: { vi: 'Ngày', en: 'Date' },
    method: { vi: 'Biện pháp triệt phá', en: 'Method' },
    destroyedBy: { vi: 'Lực lượng triệt phá', en: 'Destroyed by' },
    witnesses: { vi: 'Người chứng kiến', en: 'Witnesses' },
    recordNumber: { vi: 'Số biên bản', en: 'Record (biên bản) number' },
    areaDestroyedM2: { vi: 'Diện tích triệt phá (m²)', en: 'Area destroyed (m²)' },
    plantsDestroyed: { vi: 'Số cây triệt phá', en: 'Plants destroyed' },
    receiver: { vi: 'Cơ quan tiếp nhận', en: 'Received by' },
    reason: { vi: 'Ghi chú', en: 'Note' },
  },
  messages: m,
});

/** Area in m² (decimal, to the hundredth when stored). */
export const plantArea = z
  .number(m['plant.areaPositive'].vi)
  .positive(m['plant.areaPositive'].vi)
  .max(100_000_000, m['plant.areaPositive'].vi);
export const plantCountValue = z
  .number(m['plant.countPositive'].vi)
  .int(m['plant.countPositive'].vi)
  .min(1, m['plant.countPositive'].vi)
  .max(100_000_000, m['plant.countPositive'].vi);

const plantFields = {
  species: plantSpecies,
  /** Required with `other`: the plant's name as the officers know it. */
  speciesName: vnText({ max: 120 }).nullable().optional(),
  detectedOn: isoDate,
  place: vnText({ max: 300 }),
  location: geoPoint.nullable().optional(),
  /** The commune of the place on `detectedOn` (before 01/7/2025, an old commune). */
  unitId: z.uuid(),
  areaM2: plantArea.nullable().optional(),
  plantCount: plantCountValue.nullable().optional(),
  growthStage: plantGrowthStage.nullable().optional(),
  detectedBy: vnText({ max: 200 }),
  growerName: vnText({ max: 200 }).nullable().optional(),
  /** A person record in the officer's person-register jurisdiction (optional). */
  growerPersonId: z.uuid().nullable().optional(),
  /** A case of the case register in the officer's jurisdiction (optional). */
  caseId: z.uuid().nullable().optional(),
  notes: vnText({ max: 2000 }).nullable().optional(),
};

export const plantCreate = z.strictObject(plantFields);
export type PlantCreate = z.infer<typeof plantCreate>;
export const plantUpdate = z.strictObject({ ...plantFields, version: z.number().int() });
export type PlantUpdate = z.infer<typeof plantUpdate>;

/** Destroy (with the biên bản's facts) or hand over to the investigation body; each with its date. */
export const plantTransition = z.discriminatedUnion('to', [
  z.strictObject({
    to: z.literal('destroyed'),
    on: isoDate,
    method: plantDestructionMethod,
    destroyedBy: vnText({ max: 300 }),
    witnesses: vnText({ max: 500 }).nullable().optional(),
    recordNumber: vnText({ max: 60 }).nullable().optional(),
    /** Default: the whole area and count found. */
    areaDestroyedM2: plantArea.nullable().optional(),
    plantsDestroyed: plantCountValue.nullable().optional(),
    reason: vnText({ max: 2000 }),
    version: z.number().int(),
  }),
  z.strictObject({
    to: z.literal('handed_over'),
    on: isoDate,
    receiver: vnText({ max: 300 }),
    caseId: z.uuid().nullable().optional(),
    reason: vnText({ max: 2000 }),
    version: z.number().int(),
  }),
]);
export type PlantTransition = z.infer<typeof plantTransition>;

const ref = z.object({ id: z.uuid(), code: z.string(), name: z.string() });

export const plant = z.object({
  id: z.uuid(),
  species: plantSpecies,
  speciesName: z.string().nullable(),
  detectedOn: z.string(),
  place: z.string(),
  location: z.object({ lat: z.number(), lng: z.number() }).nullable(),
  unit: ref,
  areaM2: z.number().nullable(),
  plantCount: z.number().int().nullable(),
  growthStage: plantGrowthStage.nullable(),
  detectedBy: z.string(),
  growerName: z.string().nullable(),
  growerPersonId: z.uuid().nullable(),
  /** The linked person the reader may see (person register scope), else null. */
  grower: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  caseId: z.uuid().nullable(),
  /** The linked case the reader may see (case register scope), else null. */
  case: z.object({ id: z.uuid(), number: z.string() }).nullable(),
  status: plantStatus,
  statusSince: z.string(),
  allowedTransitions: z.array(plantStatus),
  destruction: z
    .object({
      on: z.string(),
      method: plantDestructionMethod,
      destroyedBy: z.string(),
      witnesses: z.string().nullable(),
      recordNumber: z.string().nullable(),
      areaM2: z.number().nullable(),
      plantCount: z.number().int().nullable(),
    })
    .nullable(),
  handover: z.object({ on: z.string(), receiver: z.string() }).nullable(),
  notes: z.string().nullable(),
  agency: ref,
  isDemo: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Plant = z.infer<typeof plant>;

const oneOrMany = <T extends z.ZodType>(t: T) =>
  z
    .union([t, z.array(t)])
    .transform((v) => (Array.isArray(v) ? v : [v]) as z.infer<T>[])
    .optional();

export const plantSortKeys = [
  'detectedOn',
  'species',
  'status',
  'areaM2',
  'plantCount',
  'updatedAt',
] as const;
export const plantListQuery = pagedQuery(plantSortKeys).extend({
  species: oneOrMany(plantSpecies),
  status: oneOrMany(plantStatus),
  unitId: z.uuid().optional(),
  /** Detection date from / to (inclusive). */
  from: isoDate.optional(),
  to: isoDate.optional(),
  caseId: z.uuid().optional(),
});
export type PlantListQuery = z.infer<typeof plantListQuery>;

/** Counts for the report indicators: detections and destructions of a period by species and commune. */
export const plantStatisticsQuery = z.strictObject({
  /** Default: 1 January of `to`'s year. */
  from: isoDate.optional(),
  /** Default: today. */
  to: isoDate.optional(),
  unitId: z.uuid().optional(),
  species: plantSpecies.optional(),
});
export type PlantStatisticsQuery = z.infer<typeof plantStatisticsQuery>;

const figures = {
  /** Records detected in the period (by detection date). */
  detections: z.number().int(),
  areaDetectedM2: z.number(),
  plantsDetected: z.number().int(),
  /** Records destroyed in the period (by destruction date), with what was destroyed. */
  destructions: z.number().int(),
  areaDestroyedM2: z.number(),
  plantsDestroyed: z.number().int(),
  /** Records handed over to investigation in the period (by hand-over date). */
  handedOver: z.number().int(),
};
export const plantStatistics = z.object({
  from: z.string(),
  to: z.string(),
  totals: z.object(figures),
  rows: z.array(z.object({ species: plantSpecies, unit: ref, ...figures })),
});
export type PlantStatistics = z.infer<typeof plantStatistics>;
