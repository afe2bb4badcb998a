import { z } from 'zod';
import { isoDate, vnText } from '../text.ts';
import { drugStatus, measureType, personStatus, sex } from './person-enums.ts';

/**
 * The parts of the person register added after the record itself (issue 9 §4–6): transfers to another
 * commune's agency with their notice, the export file, and the links a person's page shows (rings, hotspots).
 * Their messages, audit actions and labels join the person contract (`persons.ts`).
 */

const named = z.object({ id: z.uuid(), code: z.string(), name: z.string() });
const officer = z.object({ id: z.uuid(), username: z.string(), displayName: z.string() });

export const transferStatuses = ['pending', 'acknowledged', 'superseded'] as const;
export const transferStatus = z.enum(transferStatuses);
export type TransferStatus = z.infer<typeof transferStatus>;
export const transferStatusLabel: Record<TransferStatus, { vi: string; en: string }> = {
  pending: { vi: 'Chờ tiếp nhận', en: 'Awaiting acknowledgement' },
  acknowledged: { vi: 'Đã tiếp nhận', en: 'Acknowledged' },
  superseded: { vi: 'Đã chuyển tiếp nơi khác', en: 'Moved on again' },
};

/**
 * A record handed over to the commune police of the new commune of residence: the notice (sent with the move,
 * due `noticeHours` later under the rule set of the move date), and its acknowledgement. `overdue`: pending past
 * its due time; `flaggedTo`: the heads of the receiving agency it is flagged to then.
 */
export const personTransfer = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  /** The person's name, for whoever may read the record now (the receiving side); null for the old commune. */
  fullName: z.string().nullable(),
  fromUnit: named,
  toUnit: named,
  fromAgency: named,
  toAgency: named,
  movedOn: z.string(),
  notifiedAt: z.string(),
  dueAt: z.string(),
  noticeHours: z.number().int(),
  ruleSetId: z.string(),
  note: z.string().nullable(),
  status: transferStatus,
  acknowledgedAt: z.string().nullable(),
  acknowledgedBy: officer.nullable(),
  overdue: z.boolean(),
  flaggedTo: z.array(officer),
  version: z.number().int(),
});
export type PersonTransfer = z.infer<typeof personTransfer>;

export const personTransferListQuery = z.strictObject({
  /** Notices received by the actor's jurisdiction (default) or sent from it. */
  direction: z.enum(['incoming', 'outgoing']).default('incoming'),
  status: transferStatus.optional(),
  /** Only pending notices past their due time. */
  overdue: z.enum(['true']).optional(),
  /** Only the notices flagged to the caller (a head of the receiving agency). */
  flaggedToMe: z.enum(['true']).optional(),
});
export type PersonTransferListQuery = z.infer<typeof personTransferListQuery>;

export const transferAcknowledge = z.strictObject({
  note: vnText({ max: 1000 }).nullable().optional(),
  /** The transfer's version (409 when someone acknowledged it meanwhile). */
  version: z.number().int(),
});
export type TransferAcknowledge = z.infer<typeof transferAcknowledge>;

/** The rings a person belongs to, and the hotspots the person is linked to (on the person's page). */
export const personRingLink = z.object({
  ringId: z.uuid(),
  name: z.string(),
  kind: z.enum(['network', 'group']),
  role: z.string().nullable(),
  fromOn: z.string().nullable(),
  toOn: z.string().nullable(),
});
export const personHotspotLink = z.object({
  hotspotId: z.uuid(),
  name: z.string(),
  status: z.string(),
  unit: named,
  role: z.string().nullable(),
  linkedOn: z.string(),
});
export type PersonRingLink = z.infer<typeof personRingLink>;
export type PersonHotspotLink = z.infer<typeof personHotspotLink>;

/** The export of the person list (the list's filters, no paging): a reason is required and audited. */
export const PERSON_EXPORT_MAX_ROWS = 20_000;
export const personExportRequest = z.strictObject({
  reason: vnText({ max: 500 }).pipe(z.string().min(10, 'Nêu lý do xuất dữ liệu cá nhân (ít nhất 10 ký tự)')),
  q: z.string().trim().max(100).optional(),
  cccd: z
    .string()
    .regex(/^\d{12}$/, 'Số CCCD gồm 12 chữ số')
    .optional(),
  unitId: z.uuid().optional(),
  drugStatus: z.array(drugStatus).max(3).optional(),
  status: personStatus.optional(),
  sex: sex.optional(),
  birthYear: z.number().int().min(1900).max(2100).optional(),
  /** As the list: a measure of these types in force; persons with an alert today. */
  measureType: z.array(measureType).max(12).optional(),
  alertsDue: z.boolean().optional(),
});
export type PersonExportRequest = z.infer<typeof personExportRequest>;

/** A hotspot linked to the person (on the person: scoped both ways, the person's version guards it). */
export const personHotspotLinkCreate = z.strictObject({
  hotspotId: z.uuid(),
  role: vnText({ max: 100 }).nullable().optional(),
  linkedOn: isoDate.optional(),
  /** The person's version (409 when the record changed meanwhile). */
  version: z.number().int(),
});
export type PersonHotspotLinkCreate = z.infer<typeof personHotspotLinkCreate>;
export const personHotspotUnlink = z.strictObject({ hotspotId: z.uuid(), version: z.number().int() });
export type PersonHotspotUnlink = z.infer<typeof personHotspotUnlink>;

export const personLinkAuditActions = {
  'person.transfer': { vi: 'Chuyển hồ sơ sang địa bàn khác', en: 'Hand the record over to another commune' },
  'person.transfer.acknowledge': { vi: 'Tiếp nhận hồ sơ chuyển đến', en: 'Acknowledge a record handed over' },
  'person.transfers': { vi: 'Xem danh sách hồ sơ chuyển đi, chuyển đến', en: 'View records handed over' },
  'person.export': { vi: 'Xuất danh sách người ra tệp', en: 'Export the person list to a file' },
  'person.ring': { vi: 'Liên kết với đường dây, ổ nhóm', en: 'Link to a ring' },
  'person.hotspot': { vi: 'Liên kết với điểm, tụ điểm', en: 'Link to a hotspot' },
} as const;

export const personLinkFieldLabels = {
  transferId: { vi: 'Phiếu chuyển hồ sơ', en: 'Transfer' },
  fromUnitId: { vi: 'Chuyển từ', en: 'From' },
  toUnitId: { vi: 'Chuyển đến', en: 'To' },
  fromAgencyId: { vi: 'Cơ quan chuyển', en: 'Handed over by' },
  toAgencyId: { vi: 'Cơ quan nhận', en: 'Received by' },
  movedOn: { vi: 'Ngày chuyển', en: 'Moved on' },
  dueAt: { vi: 'Hạn tiếp nhận', en: 'Due' },
  ringId: { vi: 'Đường dây, ổ nhóm', en: 'Ring' },
  hotspotId: { vi: 'Điểm, tụ điểm', en: 'Hotspot' },
  role: { vi: 'Vai trò', en: 'Role' },
  linked: { vi: 'Liên kết', en: 'Linked' },
  reason: { vi: 'Lý do', en: 'Reason' },
  rows: { vi: 'Số dòng', en: 'Rows' },
} as const;

export const personLinkMessages = {
  'person.noReceivingAgency': {
    vi: 'Chưa có Công an xã, phường phụ trách {unit} để nhận hồ sơ; đề nghị quản trị viên gán địa bàn cho cơ quan',
    en: 'No commune police agency covers {unit} to receive the record; ask the administrator to assign it',
  },
  'person.noPendingTransfer': {
    vi: 'Hồ sơ không có thông báo chuyển đến nào đang chờ tiếp nhận',
    en: 'This record has no transfer notice awaiting acknowledgement',
  },
  'person.exportReason': {
    vi: 'Nêu lý do xuất dữ liệu cá nhân (ít nhất 10 ký tự)',
    en: 'Give the reason for exporting personal data (at least 10 characters)',
  },
  'person.exportTooMany': {
    vi: 'Danh sách có hơn {max} người; thu hẹp bộ lọc (xã, phường, tình trạng…) trước khi xuất',
    en: 'The list has more than {max} persons; narrow the filters (commune, status…) before exporting',
  },
  'person.hotspotNotFound': {
    vi: 'Không tìm thấy điểm, tụ điểm trong địa bàn được giao',
    en: 'Hotspot not found in your jurisdiction',
  },
  'person.hotspotAlreadyLinked': {
    vi: 'Người này đã được liên kết với điểm, tụ điểm này',
    en: 'This person is already linked to this hotspot',
  },
  'person.hotspotNotLinked': {
    vi: 'Người này không có liên kết với điểm, tụ điểm này',
    en: 'This person is not linked to this hotspot',
  },
} as const;
