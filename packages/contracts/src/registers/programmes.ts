import { z } from 'zod';
import { pagedQuery } from '../list.ts';
import { isoDate, vnText } from '../text.ts';
import { citation } from './hotspots.ts';
import { baselineSource, committeeMemberKind, committeeRole, programmeStatus } from './programme-enums.ts';
import { defineRegisterContract } from './register-contract.ts';

/**
 * Transformation programmes (chương trình chuyển hóa địa bàn), issue 8 and PRODUCT.md §3: a commune's plan
 * with its decision, period, baseline, steering committee, monthly reports, plan items that become tasks,
 * evaluation against a checklist, and the watch against relapse (tái phức tạp).
 */
export const programmeContract = defineRegisterContract({
  recordType: 'programme',
  label: { vi: 'Chương trình chuyển hóa địa bàn', en: 'Transformation programme' },
  permissions: ['programme.read', 'programme.write', 'programme.report', 'programme.evaluate'],
  // PRODUCT.md "Who uses it" §3: PC04 (the plan's standing agency) and the commune's committee and police
  // chief draw up and run the commune's programme; commune police report monthly progress; the province
  // (PC04, leadership) evaluates; departments and border guards (committee members) and oversight read.
  grants: {
    drug_police: ['programme.read', 'programme.write', 'programme.report', 'programme.evaluate'],
    leadership: ['programme.read', 'programme.evaluate'],
    commune_committee: ['programme.read', 'programme.write', 'programme.report'],
    commune_police_chief: ['programme.read', 'programme.write', 'programme.report'],
    commune_police: ['programme.read', 'programme.report'],
    border_guard: ['programme.read'],
    department: ['programme.read'],
    oversight: ['programme.read'],
  },
  // Province-wide roles: PC04 and the provincial leadership act on every commune; oversight reads all.
  unscoped: {
    drug_police: ['programme.read', 'programme.write', 'programme.report', 'programme.evaluate'],
    leadership: ['programme.read', 'programme.evaluate'],
    oversight: ['programme.read'],
  },
  auditActions: {
    'programme.create': { vi: 'Lập chương trình chuyển hóa', en: 'Create a transformation programme' },
    'programme.update': { vi: 'Sửa chương trình chuyển hóa', en: 'Edit a transformation programme' },
    'programme.transition': {
      vi: 'Chuyển trạng thái chương trình chuyển hóa',
      en: 'Change a programme’s status',
    },
    'programme.members': { vi: 'Cập nhật ban chỉ đạo chuyển hóa', en: 'Update the steering committee' },
    'programme.report': { vi: 'Báo cáo tiến độ tháng', en: 'Report monthly progress' },
    'programme.evaluate': { vi: 'Đánh giá kết quả chuyển hóa', en: 'Evaluate a programme' },
    'programme.relapse': {
      vi: 'Phát hiện địa bàn tái phức tạp',
      en: 'Relapse detected',
    },
    'programme.plan': { vi: 'Giao nhiệm vụ theo kế hoạch chuyển hóa', en: 'Assign the plan’s tasks' },
    'programme.read': { vi: 'Xem chương trình chuyển hóa', en: 'View a transformation programme' },
    'programme.list': {
      vi: 'Xem danh sách chương trình chuyển hóa',
      en: 'List transformation programmes',
    },
  },
  fieldLabels: {
    name: { vi: 'Tên chương trình', en: 'Name' },
    unitId: { vi: 'Xã, phường', en: 'Commune' },
    agencyId: { vi: 'Cơ quan chủ trì', en: 'Lead agency' },
    keyAreaId: { vi: 'Địa bàn trọng điểm', en: 'Key area' },
    decisionNumber: { vi: 'Số quyết định', en: 'Decision number' },
    decisionDate: { vi: 'Ngày quyết định', en: 'Decision date' },
    decisionIssuer: { vi: 'Cơ quan ban hành', en: 'Issued by' },
    periodFrom: { vi: 'Thực hiện từ ngày', en: 'From' },
    periodTo: { vi: 'Thực hiện đến ngày', en: 'To' },
    objectives: { vi: 'Mục tiêu', en: 'Objectives' },
    status: { vi: 'Trạng thái', en: 'Status' },
    statusSince: { vi: 'Từ ngày', en: 'Since' },
    watchUntil: { vi: 'Theo dõi đến', en: 'Watched until' },
    baseline: { vi: 'Số liệu đầu kỳ', en: 'Baseline' },
    atSuccess: { vi: 'Số liệu khi đạt', en: 'Figures at success' },
    relapseReasons: { vi: 'Lý do tái phức tạp', en: 'Why it relapsed' },
    previousProgrammeId: { vi: 'Chương trình trước', en: 'Previous programme' },
    members: { vi: 'Ban chỉ đạo', en: 'Steering committee' },
    month: { vi: 'Tháng báo cáo', en: 'Month' },
    summary: { vi: 'Nội dung báo cáo', en: 'Summary' },
    figures: { vi: 'Số liệu', en: 'Figures' },
    criteria: { vi: 'Tiêu chí đánh giá', en: 'Criteria' },
    passed: { vi: 'Kết quả', en: 'Result' },
    round: { vi: 'Lần đánh giá', en: 'Evaluation round' },
    from: { vi: 'Trạng thái cũ', en: 'From' },
    to: { vi: 'Trạng thái mới', en: 'To' },
    on: { vi: 'Ngày', en: 'Date' },
    tasks: { vi: 'Nhiệm vụ đã giao', en: 'Tasks assigned' },
  },
  messages: {
    'programme.notFound': {
      vi: 'Không tìm thấy chương trình chuyển hóa',
      en: 'Transformation programme not found',
    },
    'programme.periodEndBeforeStart': {
      vi: 'Ngày kết thúc thời gian thực hiện không được trước ngày bắt đầu',
      en: 'The end of the period cannot be before its start',
    },
    'programme.unknownCriterion': {
      vi: 'Tiêu chí không có trong bộ tiêu chí đánh giá',
      en: 'This criterion is not in the evaluation checklist',
    },
    'programme.duplicateCriterion': { vi: 'Tiêu chí bị lặp lại', en: 'This criterion is repeated' },
    'programme.missingCriterion': {
      vi: 'Thiếu tiêu chí bắt buộc: {criterion}',
      en: 'Required criterion missing: {criterion}',
    },
    'programme.evidenceRequired': {
      vi: 'Tiêu chí không đạt phải có minh chứng',
      en: 'A criterion not met must carry its evidence',
    },
    'programme.evidenceNotAttached': {
      vi: 'Tệp minh chứng không thuộc chương trình này',
      en: 'The evidence file is not attached to this programme',
    },
    'programme.communeOutOfScope': {
      vi: 'Chỉ lập chương trình cho xã, phường trong địa bàn phụ trách',
      en: 'Programmes are drawn up only for communes of your jurisdiction',
    },
    'programme.communeChangeDraftOnly': {
      vi: 'Chỉ đổi xã, phường khi chương trình còn là dự thảo',
      en: 'The commune can be changed only while the programme is a draft',
    },
    'programme.keyAreaNotFound': {
      vi: 'Không tìm thấy địa bàn trọng điểm đã chọn',
      en: 'The key area chosen was not found',
    },
    'programme.keyAreaOtherCommune': {
      vi: 'Địa bàn trọng điểm không thuộc xã, phường của chương trình',
      en: 'The key area is not the programme’s commune',
    },
    'programme.previousNotFound': {
      vi: 'Không tìm thấy chương trình trước đã chọn',
      en: 'The previous programme chosen was not found',
    },
    'programme.decisionNumberRequired': {
      vi: 'Cần số quyết định phê duyệt trước khi phê duyệt',
      en: 'Enter the approval decision number first',
    },
    'programme.outcomeByEvaluation': {
      vi: 'Kết quả đạt / không đạt chỉ ghi qua đánh giá theo bộ tiêu chí',
      en: 'Succeeded / failed is recorded only through the evaluation checklist',
    },
    'programme.extensionNeedsLaterEnd': {
      vi: 'Gia hạn cần ngày kết thúc mới sau ngày kết thúc hiện tại',
      en: 'An extension needs a new end date after the current one',
    },
    'programme.reportWhileInProgress': {
      vi: 'Chỉ báo cáo tiến độ khi chương trình đang thực hiện',
      en: 'Progress is reported only while the programme is being carried out',
    },
    'programme.monthOutsidePeriod': {
      vi: 'Tháng báo cáo nằm ngoài thời gian thực hiện',
      en: 'The month reported is outside the programme period',
    },
    'programme.monthNotStarted': {
      vi: 'Tháng báo cáo chưa bắt đầu',
      en: 'The month reported has not started yet',
    },
    'programme.tasksOnceApproved': {
      vi: 'Chỉ giao nhiệm vụ khi chương trình đã phê duyệt hoặc đang thực hiện',
      en: 'Tasks are assigned only once the programme is approved or under way',
    },
    'programme.evaluateWhenEvaluating': {
      vi: 'Chỉ đánh giá khi chương trình đang ở bước đánh giá',
      en: 'A programme is evaluated only when it is being evaluated',
    },
    /** zod (the report's month). */
    'programme.monthFormat': { vi: 'Tháng phải có dạng YYYY-MM', en: 'The month must be written YYYY-MM' },
    /** Not an error: the reason the relapse watch records (stored in both languages). */
    'programme.hotspotReformed': {
      vi: 'Điểm, tụ điểm tái hoạt động trong thời gian theo dõi: {hotspots}',
      en: 'Hotspot re-formed during the watch period: {hotspots}',
    },
  },
});

const unitRef = z.object({ id: z.uuid(), code: z.string(), name: z.string() });
const agencyRef = z.object({ id: z.uuid(), code: z.string(), name: z.string() });
const bilingual = z.object({ vi: z.string(), en: z.string() });
const count = z.number().int().min(0).max(10_000_000);

/** A commune's indicators (the classification inputs; null = not recorded). */
export const programmeIndicators = z.object({
  population: count.nullable(),
  personsWithRecords: count.nullable(),
  addicts: count.nullable(),
  drugUseVenueCount: count.nullable(),
  activeSpots: count.nullable(),
  activeGatherings: count.nullable(),
  arrestedOffenders: count.nullable(),
  plantCount: count.nullable(),
  plantAreaM2: z.number().min(0).max(100_000_000).nullable(),
  onKeyRoute: z.boolean().nullable(),
});
export type ProgrammeIndicators = z.infer<typeof programmeIndicators>;

/** Indicators at a point of the programme (start, success) and where they came from. */
export const indicatorSnapshot = z.object({
  source: baselineSource,
  asOf: z.string().nullable(),
  classificationId: z.uuid().nullable(),
  indicatorId: z.uuid().nullable(),
  communeClass: z.string().nullable(),
  indicators: programmeIndicators,
});
export type IndicatorSnapshot = z.infer<typeof indicatorSnapshot>;

export const committeeMemberInput = z.strictObject({
  name: vnText({ max: 200 }),
  kind: committeeMemberKind,
  /** The member's agency when it has an account here; otherwise `organisation` names it. */
  agencyId: z.uuid().nullable().optional(),
  organisation: vnText({ max: 300 }).nullable().optional(),
  /** Chức vụ (e.g. Chủ tịch UBND xã, Bí thư Đoàn). */
  title: vnText({ max: 200 }).nullable().optional(),
  role: committeeRole,
});
export type CommitteeMemberInput = z.infer<typeof committeeMemberInput>;

export const committeeMember = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: committeeMemberKind,
  agency: agencyRef.nullable(),
  organisation: z.string().nullable(),
  title: z.string().nullable(),
  role: committeeRole,
});
export type CommitteeMember = z.infer<typeof committeeMember>;

const programmeFields = {
  name: vnText({ max: 300 }),
  /** The commune (as of the start of the period). */
  unitId: z.uuid(),
  keyAreaId: z.uuid().nullable().optional(),
  decisionNumber: vnText({ max: 100 }).nullable().optional(),
  decisionDate: isoDate.nullable().optional(),
  decisionIssuer: vnText({ max: 300 }).nullable().optional(),
  periodFrom: isoDate,
  /** Default: 12 months (the eve of the anniversary of `periodFrom`). */
  periodTo: isoDate.optional(),
  objectives: vnText({ max: 4000 }).nullable().optional(),
  previousProgrammeId: z.uuid().nullable().optional(),
};

export const programmeCreate = z.strictObject({
  ...programmeFields,
  /**
   * Baseline indicators as entered; without them the service takes the commune's latest classification on or
   * before `periodFrom`, else its recorded figures covering that day.
   */
  baseline: programmeIndicators.partial().strict().optional(),
  members: z.array(committeeMemberInput).max(60).optional(),
});
export type ProgrammeCreate = z.infer<typeof programmeCreate>;
export const programmeUpdate = z.strictObject({ ...programmeFields, version: z.number().int() });
export type ProgrammeUpdate = z.infer<typeof programmeUpdate>;

export const programmeTransition = z.strictObject({
  to: programmeStatus,
  on: isoDate,
  reason: vnText({ max: 2000 }),
  citation: citation.nullable().optional(),
  /** Gia hạn (failed → extended): the new end of the period. */
  periodTo: isoDate.optional(),
  version: z.number().int(),
});
export type ProgrammeTransition = z.infer<typeof programmeTransition>;

export const programmeMembersUpdate = z.strictObject({
  members: z.array(committeeMemberInput).max(60),
  version: z.number().int(),
});
export type ProgrammeMembersUpdate = z.infer<typeof programmeMembersUpdate>;

export const programmeReportCreate = z.strictObject({
  /** The month reported on, YYYY-MM. */
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, programmeContract.messages['programme.monthFormat'].vi),
  summary: vnText({ max: 8000 }),
  /** Figures of the month (e.g. propaganda sessions, persons managed): name → number. */
  figures: z.record(z.string().max(100), z.number().min(0).max(100_000_000)).optional(),
});
export type ProgrammeReportCreate = z.infer<typeof programmeReportCreate>;

export const programmeReport = z.object({
  id: z.uuid(),
  month: z.string(),
  summary: z.string(),
  figures: z.record(z.string(), z.number()),
  by: z.object({ username: z.string(), displayName: z.string() }),
  at: z.string(),
  isDemo: z.boolean(),
});
export type ProgrammeReport = z.infer<typeof programmeReport>;

export const programmeCriterionAnswer = z.strictObject({
  criterionId: z.string().max(100),
  met: z.boolean(),
  /** Required when `met` is false (an empty text counts as none: the service names the field). */
  evidence: vnText({ min: 0, max: 4000 }).nullable().optional(),
  /** A file attached to the programme (POST /attachments?recordType=programme&recordId=…). */
  attachmentId: z.uuid().nullable().optional(),
});

export const programmeEvaluation = z.strictObject({
  on: isoDate,
  criteria: z.array(programmeCriterionAnswer).min(1).max(50),
  reason: vnText({ max: 2000 }).nullable().optional(),
  version: z.number().int(),
});
export type ProgrammeEvaluation = z.infer<typeof programmeEvaluation>;

/** Plan items of the programme, each becoming a task assigned to an agency (and optionally an officer). */
export const programmePlanItems = z.strictObject({
  items: z
    .array(
      z.strictObject({
        title: vnText({ max: 500 }),
        description: vnText({ max: 4000 }).nullable().optional(),
        assigneeAgencyId: z.uuid(),
        assigneeUserId: z.uuid().nullable().optional(),
        assignedOn: isoDate.optional(),
        deadline: isoDate,
      }),
    )
    .min(1)
    .max(50),
});
export type ProgrammePlanItems = z.infer<typeof programmePlanItems>;

export const checklistCriterion = z.object({ id: z.string(), label: bilingual, required: z.boolean() });

export const programmeEvaluationResult = z.object({
  round: z.number().int(),
  on: z.string(),
  passed: z.boolean(),
  criteria: z.array(
    z.object({
      criterionId: z.string(),
      label: bilingual,
      required: z.boolean(),
      met: z.boolean(),
      evidence: z.string().nullable(),
      attachmentId: z.uuid().nullable(),
    }),
  ),
});

export const programmeListItem = z.object({
  id: z.uuid(),
  name: z.string(),
  unit: unitRef,
  agency: agencyRef,
  keyAreaId: z.uuid().nullable(),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  decisionIssuer: z.string().nullable(),
  periodFrom: z.string(),
  periodTo: z.string(),
  objectives: z.string().nullable(),
  status: programmeStatus,
  statusSince: z.string(),
  watchUntil: z.string().nullable(),
  baseline: indicatorSnapshot,
  atSuccess: indicatorSnapshot.nullable(),
  relapseReasons: z.array(bilingual).nullable(),
  previousProgrammeId: z.uuid().nullable(),
  /** Tasks from the plan: all, open, overdue (flagged to the assignee's head), handed in, accepted. */
  tasks: z.object({
    total: z.number().int(),
    open: z.number().int(),
    overdue: z.number().int(),
    done: z.number().int(),
    accepted: z.number().int(),
  }),
  allowedTransitions: z.array(programmeStatus),
  isDemo: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ProgrammeListItem = z.infer<typeof programmeListItem>;

export const programme = programmeListItem.extend({
  members: z.array(committeeMember),
  reports: z.object({ count: z.number().int(), lastMonth: z.string().nullable() }),
  /** The checklist in force (configuration) and the latest evaluation against it. */
  checklist: z.array(checklistCriterion),
  evaluation: programmeEvaluationResult.nullable(),
});
export type Programme = z.infer<typeof programme>;

export const programmeSortKeys = ['periodFrom', 'name', 'status', 'statusSince', 'updatedAt'] as const;
export const programmeListQuery = pagedQuery(programmeSortKeys).extend({
  status: z
    .union([programmeStatus, z.array(programmeStatus)])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .optional(),
  unitId: z.uuid().optional(),
  keyAreaId: z.uuid().optional(),
  /** Programmes that reached this status (đạt, không đạt, tái phức tạp…) between `reachedFrom` and `reachedTo`. */
  reached: programmeStatus.optional(),
  reachedFrom: isoDate.optional(),
  reachedTo: isoDate.optional(),
  /** Agency owning the programme (the scorecard per agency). */
  agencyId: z.uuid().optional(),
});
export type ProgrammeListQuery = z.infer<typeof programmeListQuery>;
