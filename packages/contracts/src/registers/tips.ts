import { z } from 'zod';
import { pagedQuery } from '../list.ts';
import { isoDate, vnText } from '../text.ts';
import { defineRegisterContract } from './register-contract.ts';
import {
  tipCategory,
  tipChannel,
  tipDeadlineStateEnum,
  tipDismissalReason,
  tipExtensionKind,
  tipForm,
  tipLinkKind,
  tipOutcome,
  tipResumptionKind,
  tipRetentionState,
  tipSource,
  tipStatus,
  tipSuspensionGround,
  tipTransferStateEnum,
  tipUrgency,
} from './tip-enums.ts';
import { tipMessages } from './tip-messages.ts';
import { tipPlace, tipReporterDetails } from './tip-portal-schemas.ts';

// Beside this file: the shared pieces and the public portal's schemas (`tip-portal-schemas.ts`).
export * from './tip-portal-schemas.ts';

const tipPermissions = [
  'tip.read',
  'tip.intake',
  'tip.handle',
  'tip.reporter.read',
  'tip.supervise',
  'tip.statistics',
] as const;

/**
 * Crime tips (issue 10, PRODUCT.md §6): the anonymous portal's and the desk's tips, handled within the
 * deadlines of BLTTHS Điều 147. The reporter's identity and contact are sealed (`tip.reporter.read`: need to
 * know, a reason, every view audited). Public portal routes (`/public/tips…`) need no account and are listed
 * as public in the access matrix.
 */
export const tipContract = defineRegisterContract({
  recordType: 'tip',
  label: { vi: 'Tin báo, tố giác về tội phạm', en: 'Crime tip' },
  permissions: tipPermissions,
  // Điều 145: police at every level receive tips. The commune police receive, verify first and transfer within
  // 24/48 h; their chief oversees deadlines; PC04 (the investigating agency's drug unit) handles the
  // province's; the tip desk records what arrives by phone, letter, hotline or VNeID. Leaders see figures only;
  // the administrator and oversight hold nothing here (oversight reads the audit trail).
  grants: {
    drug_police: [...tipPermissions],
    commune_police_chief: [...tipPermissions],
    commune_police: ['tip.read', 'tip.intake', 'tip.handle'],
    tip_desk: ['tip.read', 'tip.intake', 'tip.handle', 'tip.reporter.read'],
    border_guard: ['tip.read', 'tip.intake', 'tip.handle'],
    leadership: ['tip.statistics'],
  },
  unscoped: {
    drug_police: [...tipPermissions],
    tip_desk: ['tip.read', 'tip.intake', 'tip.handle', 'tip.reporter.read'],
    leadership: ['tip.statistics'],
  },
  auditActions: {
    'tip.submit': { vi: 'Tiếp nhận tin báo qua cổng trực tuyến', en: 'Receive a tip through the portal' },
    'tip.create': { vi: 'Tiếp nhận tin báo tại cơ quan', en: 'Record a tip at the desk' },
    'tip.read': { vi: 'Xem tin báo', en: 'View a tip' },
    'tip.list': { vi: 'Xem danh sách tin báo', en: 'List tips' },
    'tip.retention': {
      vi: 'Xem tin báo sắp hết, đã hết thời hạn lưu giữ',
      en: 'Review tips at the end of retention',
    },
    'tip.export': { vi: 'Xuất danh sách tin báo', en: 'Export the tip list' },
    'tip.triage': { vi: 'Phân loại tin báo', en: 'Triage a tip' },
    'tip.assign': { vi: 'Phân công giải quyết tin báo', en: 'Assign a tip' },
    'tip.transfer': { vi: 'Chuyển tin báo cho cơ quan điều tra', en: 'Transfer a tip to the investigators' },
    'tip.note': { vi: 'Ghi nhận kết quả kiểm tra, xác minh', en: 'Add a verification note' },
    'tip.link': { vi: 'Liên kết tin báo với hồ sơ', en: 'Link a tip to a record' },
    'tip.unlink': { vi: 'Gỡ liên kết tin báo với hồ sơ', en: 'Unlink a tip from a record' },
    'tip.outcome': { vi: 'Ghi nhận kết quả giải quyết', en: 'Record the outcome' },
    'tip.suspend': { vi: 'Tạm đình chỉ giải quyết tin báo', en: 'Suspend a tip' },
    'tip.resume': { vi: 'Phục hồi giải quyết tin báo', en: 'Resume a tip' },
    'tip.extend': { vi: 'Gia hạn giải quyết tin báo', en: 'Extend the verification period' },
    'tip.reply': { vi: 'Trả lời người tố giác', en: 'Reply to the reporter' },
    'tip.reply.file': { vi: 'Gửi tệp cho người tố giác', en: 'Send a file to the reporter' },
    'tip.reporter.message': { vi: 'Người tố giác gửi tin nhắn', en: 'The reporter sent a message' },
    'tip.reporter.file': { vi: 'Người tố giác gửi tệp', en: 'The reporter sent a file' },
    'tip.reporter.read': {
      vi: 'Xem danh tính, liên hệ của người tố giác',
      en: 'View the reporter’s identity and contact',
    },
    'tip.messages.read': { vi: 'Xem trao đổi với người tố giác', en: 'View the reporter conversation' },
    'tip.alerts': { vi: 'Xem cảnh báo thời hạn tin báo', en: 'View tip deadline alerts' },
    'tip.overdue': { vi: 'Xem tin báo quá hạn', en: 'View overdue tips' },
    'tip.statistics': { vi: 'Xem thống kê tin báo', en: 'View tip statistics' },
  },
  fieldLabels: {
    number: { vi: 'Số tin báo', en: 'Tip number' },
    source: { vi: 'Nguồn tin (Điều 144)', en: 'Source (Article 144)' },
    form: { vi: 'Hình thức', en: 'Form' },
    channel: { vi: 'Kênh tiếp nhận', en: 'Channel' },
    externalRef: { vi: 'Mã tham chiếu bên ngoài', en: 'External reference' },
    receivedAt: { vi: 'Thời điểm tiếp nhận', en: 'Received at' },
    receivingAgencyId: { vi: 'Cơ quan tiếp nhận', en: 'Receiving agency' },
    receivingOfficer: { vi: 'Cán bộ tiếp nhận', en: 'Receiving officer' },
    content: { vi: 'Nội dung', en: 'Content' },
    occurredOn: { vi: 'Ngày xảy ra', en: 'Occurred on' },
    occurredTime: { vi: 'Thời gian xảy ra', en: 'Time of occurrence' },
    lat: { vi: 'Vĩ độ', en: 'Latitude' },
    lng: { vi: 'Kinh độ', en: 'Longitude' },
    address: { vi: 'Địa điểm', en: 'Place' },
    placeUnknown: { vi: 'Không rõ địa điểm', en: 'Place unknown' },
    unitId: { vi: 'Xã, phường', en: 'Commune' },
    category: { vi: 'Loại hành vi', en: 'Category' },
    urgency: { vi: 'Mức độ khẩn', en: 'Urgency' },
    status: { vi: 'Trạng thái', en: 'Status' },
    statusSince: { vi: 'Từ ngày', en: 'Since' },
    agencyId: { vi: 'Cơ quan giải quyết', en: 'Handling agency' },
    officer: { vi: 'Cán bộ giải quyết', en: 'Handling officer' },
    transferDueAt: { vi: 'Hạn chuyển', en: 'Transfer due' },
    transferredAt: { vi: 'Thời điểm chuyển', en: 'Transferred at' },
    dueOn: { vi: 'Hạn giải quyết', en: 'Due on' },
    outcome: { vi: 'Kết quả giải quyết', en: 'Outcome' },
    outcomeOn: { vi: 'Ngày quyết định', en: 'Decision date' },
    decisionNumber: { vi: 'Số quyết định', en: 'Decision number' },
    ground: { vi: 'Căn cứ tạm đình chỉ', en: 'Suspension ground' },
    by: { vi: 'Người gia hạn', en: 'Extended by' },
    months: { vi: 'Số tháng gia hạn', en: 'Months' },
    on: { vi: 'Ngày', en: 'Date' },
    reason: { vi: 'Lý do', en: 'Reason' },
    note: { vi: 'Ghi chú', en: 'Note' },
    kind: { vi: 'Loại hồ sơ', en: 'Record kind' },
    targetId: { vi: 'Hồ sơ liên kết', en: 'Linked record' },
    hasReporter: { vi: 'Có thông tin người tố giác', en: 'Reporter details given' },
    placeRef: { vi: 'Nơi đặt mã QR', en: 'QR poster place' },
  },
  messages: tipMessages,
});

// ---------------------------------------------------------------------------------------------------------
// Desk intake and handling

export const tipCreate = z.strictObject({
  channel: tipChannel,
  /** The tip's id in the channel's own system (VNeID, hotline, Zalo…): unique per channel. */
  externalRef: vnText({ max: 100 }).nullable().optional(),
  source: tipSource,
  form: tipForm,
  /** Default: now. */
  receivedAt: z.iso.datetime({ offset: true }).optional(),
  /** Default: the recording officer's agency. */
  receivingAgencyId: z.uuid().optional(),
  /** Default: the recording officer. */
  receivingOfficer: vnText({ max: 200 }).optional(),
  content: vnText({ max: 8000 }),
  occurredOn: isoDate.nullable().optional(),
  occurredTime: vnText({ max: 100 }).nullable().optional(),
  place: tipPlace,
  address: vnText({ max: 300 }).nullable().optional(),
  category: tipCategory.nullable().optional(),
  urgency: tipUrgency.optional(),
  reporter: tipReporterDetails.nullable().optional(),
});
export type TipCreate = z.infer<typeof tipCreate>;

const version = z.number().int();
export const tipTriage = z.strictObject({
  category: tipCategory,
  urgency: tipUrgency,
  place: tipPlace.optional(),
  address: vnText({ max: 300 }).nullable().optional(),
  version,
});
export type TipTriage = z.infer<typeof tipTriage>;
export const tipAssign = z.strictObject({
  agencyId: z.uuid(),
  officer: vnText({ max: 200 }).nullable().optional(),
  note: vnText({ max: 2000 }).nullable().optional(),
  version,
});
export type TipAssign = z.infer<typeof tipAssign>;
/** The commune police's transfer to the investigating agency (24 h, 48 h for remote communes). */
export const tipTransfer = z.strictObject({
  agencyId: z.uuid(),
  at: z.iso.datetime({ offset: true }).optional(),
  note: vnText({ max: 2000 }).nullable().optional(),
  version,
});
export type TipTransfer = z.infer<typeof tipTransfer>;
export const tipNoteCreate = z.strictObject({ text: vnText({ max: 8000 }) });
export const tipLinkCreate = z.strictObject({
  kind: tipLinkKind,
  targetId: z.uuid(),
  note: vnText({ max: 500 }).nullable().optional(),
});
export type TipLinkCreate = z.infer<typeof tipLinkCreate>;
export const tipOutcomeRecord = z.strictObject({
  outcome: tipOutcome,
  on: isoDate,
  decisionNumber: vnText({ max: 100 }).nullable().optional(),
  reason: vnText({ max: 4000 }),
  /** The body the tip went to (outcome `transfer`). */
  transferredTo: vnText({ max: 300 }).nullable().optional(),
  version,
});
export type TipOutcomeRecord = z.infer<typeof tipOutcomeRecord>;
export const tipSuspend = z.strictObject({
  on: isoDate,
  ground: tipSuspensionGround,
  decisionNumber: vnText({ max: 100 }).nullable().optional(),
  reason: vnText({ max: 4000 }),
  version,
});
export type TipSuspend = z.infer<typeof tipSuspend>;
export const tipResume = z.strictObject({
  by: tipResumptionKind.optional(),
  on: isoDate,
  decisionNumber: vnText({ max: 100 }).nullable().optional(),
  reason: vnText({ max: 4000 }),
  version,
});
export type TipResume = z.infer<typeof tipResume>;
export const tipExtend = z.strictObject({
  kind: tipExtensionKind,
  months: z.number().int().min(1, 'Gia hạn từ 1 đến 2 tháng').max(2, 'Gia hạn từ 1 đến 2 tháng'),
  on: isoDate,
  decisionNumber: vnText({ max: 100 }).nullable().optional(),
  reason: vnText({ max: 4000 }),
  version,
});
export type TipExtend = z.infer<typeof tipExtend>;
/** Not crime information (spam, duplicate, empty): only before assignment, with the reason. */
export const tipDismiss = z.strictObject({
  reason: tipDismissalReason,
  /** The tip this one duplicates (reason `duplicate`). */
  duplicateOfId: z.uuid().nullable().optional(),
  note: vnText({ max: 2000 }).nullable().optional(),
  version,
});
export type TipDismiss = z.infer<typeof tipDismiss>;
export const tipReply = z.strictObject({ text: vnText({ max: 4000 }) });
export const tipReporterReveal = z.strictObject({
  reason: vnText({ min: 10, max: 1000 }).refine((s) => s.length >= 10, {
    message: 'Nêu lý do xem danh tính người tố giác (ít nhất 10 ký tự)',
  }),
});

// ---------------------------------------------------------------------------------------------------------
// Records

const ref = z.object({ id: z.uuid(), code: z.string(), name: z.string() });
export const tipDeadlineSummary = z.object({
  /** Commune police only: the 24 h / 48 h transfer limit, when it was met, and where it stands. */
  transferDueAt: z.string().nullable(),
  transferredAt: z.string().nullable(),
  transferState: tipTransferStateEnum.nullable(),
  /** 20 days from receipt (Điều 147 k1), counted by Điều 134 with the holidays. */
  baseDueOn: z.string(),
  /** The last day of the period now applying (extensions, resumption). */
  dueOn: z.string(),
  extensions: z.array(
    z.object({
      kind: tipExtensionKind,
      months: z.number().int(),
      on: z.string(),
      decisionNumber: z.string().nullable(),
    }),
  ),
  suspensions: z.array(
    z.object({
      on: z.string(),
      ground: tipSuspensionGround,
      reason: z.string(),
      resumedOn: z.string().nullable(),
      resumedBy: tipResumptionKind.nullable(),
    }),
  ),
  state: tipDeadlineStateEnum,
  /** Whole days left until the end of `dueOn` (0 on the day, negative when overdue); null once closed or suspended. */
  daysLeft: z.number().int().nullable(),
  /** Điều 145: the notice to the procuracy is due this day (shown, not enforced). */
  notifyProcuracyBy: z.string(),
});
export type TipDeadlineSummary = z.infer<typeof tipDeadlineSummary>;

export const tipLink = z.object({
  id: z.uuid(),
  kind: tipLinkKind,
  targetId: z.uuid(),
  /** The linked record's name when the reader may see it, else null. */
  label: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type TipLink = z.infer<typeof tipLink>;

export const tip = z.object({
  id: z.uuid(),
  number: z.string(),
  source: tipSource,
  form: tipForm,
  channel: tipChannel,
  externalRef: z.string().nullable(),
  receivedAt: z.string(),
  receivedOn: z.string(),
  receivingAgency: ref,
  receivingOfficer: z.string().nullable(),
  /** As given (may hold any characters, `<script>` included): render as text. */
  content: z.string(),
  occurredOn: z.string().nullable(),
  occurredTime: z.string().nullable(),
  location: z.object({ lat: z.number(), lng: z.number() }).nullable(),
  placeUnknown: z.boolean(),
  address: z.string().nullable(),
  placeRef: z.string().nullable(),
  /** The commune of the date received (the province when the place is unknown). */
  unit: ref,
  category: tipCategory.nullable(),
  urgency: tipUrgency,
  status: tipStatus,
  statusSince: z.string(),
  agency: ref,
  officer: z.string().nullable(),
  deadlines: tipDeadlineSummary,
  outcome: tipOutcome.nullable(),
  /** The decision or dismissal date (the tip is closed from then). */
  outcomeOn: z.string().nullable(),
  dismissalReason: tipDismissalReason.nullable(),
  transferredTo: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  /** Masked: whether identity/contact were given and their masks. The clear values: POST …/reporter. */
  reporter: z.object({
    provided: z.boolean(),
    name: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
  }),
  links: z.array(tipLink),
  /** Reporter messages newer than the last officer reply. */
  unansweredMessages: z.number().int(),
  /** Closed tips: kept until `endsOn`, warned before, never deleted silently. */
  retention: z.object({ state: tipRetentionState, endsOn: z.string().nullable() }),
  allowedActions: z.array(
    z.enum([
      'triage',
      'assign',
      'transfer',
      'verify',
      'note',
      'link',
      'outcome',
      'suspend',
      'resume',
      'extend',
      'dismiss',
      'reply',
    ]),
  ),
  isDemo: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Tip = z.infer<typeof tip>;

export const tipSortKeys = ['receivedAt', 'dueOn', 'status', 'urgency', 'updatedAt'] as const;
const many = <T extends z.ZodType>(item: T) =>
  z
    .union([item, z.array(item)])
    .transform((v) => (Array.isArray(v) ? v : [v]) as z.infer<T>[])
    .optional();
export const tipListQuery = pagedQuery(tipSortKeys).extend({
  status: many(tipStatus),
  deadlineState: many(tipDeadlineStateEnum),
  source: tipSource.optional(),
  channel: tipChannel.optional(),
  unitId: z.uuid().optional(),
  urgency: tipUrgency.optional(),
  category: tipCategory.optional(),
  agencyId: z.uuid().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** Tips with reporter messages waiting for a reply. */
  unanswered: z.enum(['true', 'false']).optional(),
});
export type TipListQuery = z.infer<typeof tipListQuery>;

export const tipNote = z.object({
  id: z.uuid(),
  text: z.string(),
  author: z.string(),
  createdAt: z.string(),
});
export const tipMessage = z.object({
  id: z.uuid(),
  from: z.enum(['reporter', 'officer']),
  text: z.string(),
  /** The officer who replied (never shown to the reporter); null for the reporter. */
  author: z.string().nullable(),
  at: z.string(),
});
export type TipMessage = z.infer<typeof tipMessage>;

export const tipReporterRevealed = z.object({
  name: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
  idNumber: z.string().nullable(),
  note: z.string().nullable(),
});
export type TipReporterRevealed = z.infer<typeof tipReporterRevealed>;

export const tipAlertsQuery = z.strictObject({
  /** Alert this many days ahead (default 3). */
  withinDays: z.coerce.number().int().min(0).max(60).default(3),
});
export const tipAlert = z.object({
  tipId: z.uuid(),
  number: z.string(),
  kind: z.enum(['transfer', 'verification']),
  dueAt: z.string(),
  overdue: z.boolean(),
  unit: ref,
  agency: ref,
});
export type TipAlert = z.infer<typeof tipAlert>;

export const tipStatisticsQuery = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
  unitId: z.uuid().optional(),
});
export type TipStatisticsQuery = z.infer<typeof tipStatisticsQuery>;
const counts = z.record(z.string(), z.number().int());
export const tipStatistics = z.object({
  from: z.string(),
  to: z.string(),
  received: z.number().int(),
  /** Concluded (khởi tố, không khởi tố, chuyển) among those received in the period. */
  resolved: z.number().int(),
  resolvedOnTime: z.number().int(),
  resolvedLate: z.number().int(),
  /** Still open and past their deadline today. */
  overdue: z.number().int(),
  open: z.number().int(),
  suspended: z.number().int(),
  bySource: counts,
  byChannel: counts,
  byStatus: counts,
  byCommune: z.array(
    z.object({
      unitId: z.uuid(),
      code: z.string(),
      name: z.string(),
      received: z.number().int(),
      resolvedOnTime: z.number().int(),
      overdue: z.number().int(),
    }),
  ),
});
export type TipStatistics = z.infer<typeof tipStatistics>;
