import { z } from 'zod';
import { pagedQuery } from '../list.ts';
import { defineMessages } from '../messages/kit.ts';
import { isoDate, vnText } from '../text.ts';
import { defineRegisterContract } from './register-contract.ts';

/** Who issues the commendation (cấp khen thưởng), from the State President down to the commune chairman. */
export const commendationLevels = [
  'president',
  'prime_minister',
  'minister_public_security',
  'province_chairman',
  'province_police_director',
  'commune_chairman',
  'other',
] as const;
export const commendationLevel = z.enum(commendationLevels);
export type CommendationLevel = z.infer<typeof commendationLevel>;
export const commendationLevelLabel: Record<CommendationLevel, { vi: string; en: string }> = {
  president: { vi: 'Chủ tịch nước', en: 'State President' },
  prime_minister: { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
  minister_public_security: { vi: 'Bộ trưởng Bộ Công an', en: 'Minister of Public Security' },
  province_chairman: { vi: 'Chủ tịch UBND tỉnh', en: 'Provincial chairman' },
  province_police_director: { vi: 'Giám đốc Công an tỉnh', en: 'Provincial police director' },
  commune_chairman: { vi: 'Chủ tịch UBND xã', en: 'Commune chairman' },
  other: { vi: 'Cấp khác', en: 'Other level' },
};

/** Form of the commendation (hình thức khen thưởng, Luật Thi đua, khen thưởng 2022). */
export const commendationForms = ['medal', 'certificate_of_merit', 'certificate', 'letter', 'other'] as const;
export const commendationForm = z.enum(commendationForms);
export type CommendationForm = z.infer<typeof commendationForm>;
export const commendationFormLabel: Record<CommendationForm, { vi: string; en: string }> = {
  medal: { vi: 'Huân chương', en: 'Order (medal)' },
  certificate_of_merit: { vi: 'Bằng khen', en: 'Certificate of merit' },
  certificate: { vi: 'Giấy khen', en: 'Certificate of commendation' },
  letter: { vi: 'Thư khen', en: 'Letter of praise' },
  other: { vi: 'Hình thức khác', en: 'Other form' },
};

export const commendationRecipientKinds = ['collective', 'individual'] as const;
export const commendationRecipientKind = z.enum(commendationRecipientKinds);
export type CommendationRecipientKind = z.infer<typeof commendationRecipientKind>;
export const commendationRecipientKindLabel: Record<CommendationRecipientKind, { vi: string; en: string }> = {
  collective: { vi: 'Tập thể', en: 'Collective' },
  individual: { vi: 'Cá nhân', en: 'Individual' },
};

/**
 * Proposed (đề nghị) → decided (có quyết định, final) or rejected (không được khen); a rejected dossier may be
 * proposed again once supplemented (bổ sung hồ sơ).
 */
export const commendationStatuses = ['proposed', 'decided', 'rejected'] as const;
export const commendationStatus = z.enum(commendationStatuses);
export type CommendationStatus = z.infer<typeof commendationStatus>;
export const commendationStatusLabel: Record<CommendationStatus, { vi: string; en: string }> = {
  proposed: { vi: 'Đề nghị khen thưởng', en: 'Proposed' },
  decided: { vi: 'Đã có quyết định', en: 'Decided' },
  rejected: { vi: 'Không được khen thưởng', en: 'Rejected' },
};

/**
 * Records another register's record can be linked as the achievement (thành tích). The server asks the
 * register itself (`recordReadable`) whether the writer may read it; these are the types the web can pick.
 */
export const achievementRecordTypes = ['case', 'project', 'campaign', 'hotspot', 'business'] as const;

export const commendationMessages = defineMessages({
  'commendation.notFound': { vi: 'Không tìm thấy hồ sơ khen thưởng', en: 'Commendation not found' },
  'commendation.achievementNotFound': {
    vi: 'Không tìm thấy thành tích được liên kết (hoặc bạn không có quyền xem)',
    en: 'The linked achievement was not found (or you may not read it)',
  },
  'commendation.collectiveNeedsAgency': {
    vi: 'Khen thưởng tập thể phải ghi tên tập thể (cơ quan, đơn vị)',
    en: 'A collective commendation needs the name of the collective (agency or unit)',
  },
  'commendation.individualNeedsName': {
    vi: 'Khen thưởng cá nhân phải ghi họ tên người được khen',
    en: 'An individual commendation needs the person’s name',
  },
  'commendation.decisionRequired': {
    vi: 'Ghi số, ngày và người ký quyết định khen thưởng',
    en: 'Give the decision’s number, date and issuer',
  },
  'commendation.decisionBeforeProposal': {
    vi: 'Ngày quyết định không được trước ngày đề nghị ({date})',
    en: 'The decision date cannot be before the proposal date ({date})',
  },
  'commendation.amountInvalid': {
    vi: 'Tiền thưởng phải là số nguyên không âm (đồng), tối đa 10 tỷ',
    en: 'The reward must be a whole number of dong, not negative, at most 10 billion',
  },
  'commendation.decideNotAllowed': {
    vi: 'Bạn không có quyền ghi quyết định khen thưởng',
    en: 'You may not record a commendation decision',
  },
  'commendation.statsPeriodTooLong': {
    vi: 'Khoảng thời gian thống kê khen thưởng tối đa 10 năm',
    en: 'The statistics period may span at most 10 years',
  },
});
const m = commendationMessages;

const permissions = [
  'commendation.read',
  'commendation.write',
  'commendation.decide',
  'commendation.statistics',
] as const;

/**
 * Commendations for collectives and individuals (issue 11 item 6, PRODUCT.md §8 "everyone commends").
 */
export const commendationContract = defineRegisterContract({
  recordType: 'commendation',
  label: { vi: 'Khen thưởng', en: 'Commendations' },
  permissions,
  // Who writes: the emulation and commendation work sits with the leadership offices (Ban Chỉ đạo, UBND tỉnh:
  // they propose to the central level and sign the province's Bằng khen), PC04 (standing office of the
  // steering committee: proposes for the police and records the Giám đốc's decisions) and the commune
  // committee (Chủ tịch UBND xã signs the commune's Giấy khen). They record decisions (`decide`). The commune
  // police chief proposes for the commune's officers and collectives but signs nothing. Commune police,
  // departments and border guards read their jurisdiction's records and count them; oversight reads.
  grants: {
    leadership: [...permissions],
    drug_police: [...permissions],
    commune_committee: [...permissions],
    commune_police_chief: ['commendation.read', 'commendation.write', 'commendation.statistics'],
    commune_police: ['commendation.read', 'commendation.statistics'],
    department: ['commendation.read', 'commendation.statistics'],
    border_guard: ['commendation.read', 'commendation.statistics'],
    oversight: ['commendation.read'],
  },
  // The provincial leadership's emulation council sees and decides for the whole province.
  unscoped: { leadership: [...permissions], oversight: ['commendation.read'] },
  auditActions: {
    'commendation.create': { vi: 'Ghi nhận đề nghị khen thưởng', en: 'Record a commendation' },
    'commendation.update': { vi: 'Sửa hồ sơ khen thưởng', en: 'Edit a commendation' },
    'commendation.transition': { vi: 'Ghi quyết định khen thưởng', en: 'Decide a commendation' },
    'commendation.read': { vi: 'Xem hồ sơ khen thưởng', en: 'View a commendation' },
    'commendation.list': { vi: 'Xem danh sách khen thưởng', en: 'List commendations' },
    'commendation.statistics': { vi: 'Xem số liệu khen thưởng', en: 'View commendation figures' },
  },
  fieldLabels: {
    recipientKind: { vi: 'Đối tượng', en: 'Recipient' },
    collectiveName: { vi: 'Tập thể', en: 'Collective' },
    personName: { vi: 'Họ tên', en: 'Name' },
    position: { vi: 'Chức vụ', en: 'Position' },
    recipientAgency: { vi: 'Cơ quan, đơn vị', en: 'Agency' },
    unitId: { vi: 'Địa bàn', en: 'Area' },
    level: { vi: 'Cấp khen thưởng', en: 'Level' },
    form: { vi: 'Hình thức', en: 'Form' },
    proposedOn: { vi: 'Ngày đề nghị', en: 'Proposed on' },
    decisionNumber: { vi: 'Số quyết định', en: 'Decision number' },
    decisionDate: { vi: 'Ngày quyết định', en: 'Decision date' },
    decisionIssuer: { vi: 'Người ký, cơ quan ban hành', en: 'Issued by' },
    reason: { vi: 'Thành tích, lý do', en: 'Reason' },
    achievement: { vi: 'Thành tích liên kết', en: 'Linked achievement' },
    amountVnd: { vi: 'Tiền thưởng (đồng)', en: 'Reward (VND)' },
    status: { vi: 'Trạng thái', en: 'Status' },
    statusSince: { vi: 'Từ ngày', en: 'Since' },
    note: { vi: 'Ghi chú', en: 'Note' },
  },
  messages: m,
});

const decisionFields = {
  decisionNumber: vnText({ max: 100 }),
  decisionDate: isoDate,
  decisionIssuer: vnText({ max: 200 }),
};
export const commendationDecision = z.strictObject(decisionFields);
export type CommendationDecision = z.infer<typeof commendationDecision>;

const amountVnd = z
  .number(m['commendation.amountInvalid'].vi)
  .int(m['commendation.amountInvalid'].vi)
  .min(0, m['commendation.amountInvalid'].vi)
  .max(10_000_000_000, m['commendation.amountInvalid'].vi);

/** The record of another register this commendation rewards (a case, a campaign, a hotspot eliminated…). */
export const achievementLink = z.strictObject({ recordType: z.enum(achievementRecordTypes), id: z.uuid() });
export type AchievementLink = z.infer<typeof achievementLink>;

const fields = {
  recipientKind: commendationRecipientKind,
  /** A collective: the agency or unit commended. */
  collectiveName: vnText({ max: 300 }).nullable().optional(),
  /** An individual: name, position, agency. */
  personName: vnText({ max: 200 }).nullable().optional(),
  position: vnText({ max: 200 }).nullable().optional(),
  recipientAgency: vnText({ max: 300 }).nullable().optional(),
  /** The area the commendation belongs to (a commune, or the province); in the writer's jurisdiction. */
  unitId: z.uuid(),
  level: commendationLevel,
  form: commendationForm,
  proposedOn: isoDate,
  reason: vnText({ max: 4000 }),
  achievement: achievementLink.nullable().optional(),
  amountVnd: amountVnd.nullable().optional(),
  note: vnText({ max: 2000 }).nullable().optional(),
};
/** With `decision`, a commendation already decided is recorded as such (needs `commendation.decide`). */
export const commendationCreate = z.strictObject({ ...fields, decision: commendationDecision.optional() });
export type CommendationCreate = z.infer<typeof commendationCreate>;
export const commendationUpdate = z.strictObject({ ...fields, version: z.number().int() });
export type CommendationUpdate = z.infer<typeof commendationUpdate>;

/**
 * A dated move with its reason (the kit's transition dialog): to `decided` it also carries the decision's
 * number and issuer, `on` being the decision date.
 */
export const commendationTransition = z.discriminatedUnion('to', [
  z.strictObject({
    to: z.literal('decided'),
    on: isoDate,
    decisionNumber: vnText({ max: 100 }),
    decisionIssuer: vnText({ max: 200 }),
    reason: vnText({ max: 2000 }),
    version: z.number().int(),
  }),
  z.strictObject({
    to: z.enum(['rejected', 'proposed']),
    on: isoDate,
    reason: vnText({ max: 2000 }),
    version: z.number().int(),
  }),
]);
export type CommendationTransition = z.infer<typeof commendationTransition>;

const ref = z.object({ id: z.uuid(), code: z.string(), name: z.string() });
export const commendation = z.object({
  id: z.uuid(),
  recipientKind: commendationRecipientKind,
  collectiveName: z.string().nullable(),
  personName: z.string().nullable(),
  position: z.string().nullable(),
  recipientAgency: z.string().nullable(),
  /** Display name: the collective, or the person. */
  recipient: z.string(),
  unit: ref,
  level: commendationLevel,
  form: commendationForm,
  proposedOn: z.string(),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  decisionIssuer: z.string().nullable(),
  reason: z.string(),
  achievement: z.object({ recordType: z.string(), id: z.uuid() }).nullable(),
  amountVnd: z.number().int().nullable(),
  note: z.string().nullable(),
  status: commendationStatus,
  statusSince: z.string(),
  allowedTransitions: z.array(commendationStatus),
  agency: ref,
  isDemo: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Commendation = z.infer<typeof commendation>;

const oneOrMany = <T extends z.ZodType>(t: T) =>
  z
    .union([t, z.array(t)])
    .transform((v) => (Array.isArray(v) ? v : [v]) as z.infer<T>[])
    .optional();

export const commendationSortKeys = ['proposedOn', 'decisionDate', 'recipient', 'updatedAt'] as const;
export const commendationListQuery = pagedQuery(commendationSortKeys).extend({
  status: oneOrMany(commendationStatus),
  level: oneOrMany(commendationLevel),
  form: oneOrMany(commendationForm),
  recipientKind: commendationRecipientKind.optional(),
  unitId: z.uuid().optional(),
  /** Proposal date (or decision date once decided) in the period. */
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type CommendationListQuery = z.infer<typeof commendationListQuery>;

export const commendationStatisticsQuery = z.strictObject({
  /** Default: 1 January of `to`'s year. */
  from: isoDate.optional(),
  /** Default: today. */
  to: isoDate.optional(),
  unitId: z.uuid().optional(),
});
export type CommendationStatisticsQuery = z.infer<typeof commendationStatisticsQuery>;

const counts = z.object({
  collective: z.number().int(),
  individual: z.number().int(),
  total: z.number().int(),
});
/** Decisions dated in the period (decided commendations), by level and by form, collectives apart. */
export const commendationStatistics = z.object({
  from: z.string(),
  to: z.string(),
  decided: counts,
  /** Proposals made in the period still waiting for a decision today, and those rejected. */
  pending: z.number().int(),
  rejected: z.number().int(),
  amountVnd: z.number().int(),
  byLevel: z.array(z.object({ level: commendationLevel, ...counts.shape })),
  byForm: z.array(z.object({ form: commendationForm, ...counts.shape })),
});
export type CommendationStatistics = z.infer<typeof commendationStatistics>;
