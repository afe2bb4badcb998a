import { z } from 'zod';
import { pagedQuery } from '../list.ts';
import { isoDate, vnText } from '../text.ts';
import {
  ageBand,
  determinationResult,
  determinationTrigger,
  drugStatus,
  educationLevel,
  lawRegime,
  manualPersonStatus,
  measureEndReason,
  measureStatus,
  measureType,
  mobility,
  occupation,
  personAlertKind,
  personStatus,
  sex,
  substance,
  testMethod,
  testResult,
} from './person-enums.ts';
import {
  personHotspotLink,
  personLinkAuditActions,
  personLinkFieldLabels,
  personLinkMessages,
  personRingLink,
  personTransfer,
} from './person-link-schemas.ts';
import { defineRegisterContract } from './register-contract.ts';

/** The ethnic groups' reference list for forms (a tested copy of the domain's table). */
export * from './person-ethnic-groups.ts';

const personPermissions = [
  'person.read',
  'person.write',
  'person.seal.read',
  'person.export',
  'person.aggregate',
] as const;

/**
 * Persons (issue 9, PRODUCT.md §4): drug users, addicts and subjects, their tests, addiction determinations and
 * measures with legal timers. Measures are a second record type (`measure`) so their own routes have one `:id`;
 * every write on a person's tests, determinations, statuses or measures is audited on the **person**, so the
 * person's timeline tells the whole story.
 */
export const personContract = defineRegisterContract({
  recordType: 'person',
  label: { vi: 'Người sử dụng trái phép, người nghiện, đối tượng', en: 'Person' },
  permissions: personPermissions,
  // PRODUCT.md "Who uses it" and issue 9 §5. Commune police and their chief keep their commune's persons; the
  // commune committee (its chairman decides user management and commune education under Luật 73/2021) reads
  // them, masked; PC04 keeps the province's. Leadership and departments see counts only. The administrator and
  // oversight hold NOTHING here (separation of duties: accounts, not records); oversight reads the audit trail.
  grants: {
    drug_police: [...personPermissions],
    commune_police_chief: [...personPermissions],
    commune_police: ['person.read', 'person.write', 'person.seal.read', 'person.aggregate'],
    commune_committee: ['person.read', 'person.aggregate'],
    leadership: ['person.aggregate'],
    department: ['person.aggregate'],
  },
  // Province-wide: PC04 (the standing agency) and the provincial leadership's counts.
  unscoped: {
    drug_police: [...personPermissions],
    leadership: ['person.aggregate'],
  },
  auditActions: {
    'person.create': { vi: 'Lập hồ sơ người', en: 'Create a person record' },
    'person.update': { vi: 'Sửa hồ sơ người', en: 'Edit a person record' },
    'person.read': { vi: 'Xem hồ sơ người', en: 'View a person record' },
    'person.list': { vi: 'Tra cứu danh sách người', en: 'Search persons' },
    'person.sealed.read': {
      vi: 'Xem thông tin được bảo vệ (CCCD, sức khỏe)',
      en: 'View protected details (ID number, health)',
    },
    'person.aggregate': { vi: 'Xem số liệu tổng hợp về người', en: 'View person counts' },
    'person.duplicates': { vi: 'Xem danh sách hồ sơ có thể trùng', en: 'View possible duplicate records' },
    'person.merge': { vi: 'Gộp hồ sơ trùng', en: 'Merge duplicate records' },
    'person.reconcile': {
      vi: 'Đối chiếu danh sách CCCD với CSDL quốc gia',
      en: 'Reconcile ID numbers with the national database',
    },
    'person.status': { vi: 'Ghi nhận trạng thái', en: 'Record a status' },
    'person.test': { vi: 'Ghi nhận kết quả xét nghiệm', en: 'Record a drug test' },
    'person.determination': {
      vi: 'Ghi nhận xác định tình trạng nghiện',
      en: 'Record an addiction determination',
    },
    'person.measure.create': { vi: 'Lập biện pháp', en: 'Propose a measure' },
    'person.measure.transition': { vi: 'Chuyển trạng thái biện pháp', en: 'Change a measure’s status' },
    'person.measure.review': { vi: 'Đánh giá biện pháp', en: 'Review a measure' },
    'person.measure.end': { vi: 'Chấm dứt biện pháp', en: 'End a measure' },
    ...personLinkAuditActions,
  },
  fieldLabels: {
    fullName: { vi: 'Họ và tên', en: 'Full name' },
    aliases: { vi: 'Tên gọi khác', en: 'Aliases' },
    birthDate: { vi: 'Ngày sinh', en: 'Date of birth' },
    birthPrecision: { vi: 'Độ chính xác ngày sinh', en: 'Birth date precision' },
    sex: { vi: 'Giới tính', en: 'Sex' },
    ethnicity: { vi: 'Dân tộc', en: 'Ethnicity' },
    cccd: { vi: 'Số CCCD', en: 'ID number' },
    cccdMasked: { vi: 'Số CCCD', en: 'ID number' },
    hasHealthDetails: { vi: 'Thông tin sức khỏe', en: 'Health details' },
    unitId: { vi: 'Nơi cư trú (xã, phường)', en: 'Commune of residence' },
    agencyId: { vi: 'Cơ quan quản lý', en: 'Managing agency' },
    residenceAddress: { vi: 'Địa chỉ cư trú', en: 'Address' },
    residenceSince: { vi: 'Cư trú từ ngày', en: 'Resident since' },
    education: { vi: 'Trình độ học vấn', en: 'Education' },
    occupation: { vi: 'Nghề nghiệp', en: 'Occupation' },
    substances: { vi: 'Chất ma túy sử dụng', en: 'Substances used' },
    firstUseYear: { vi: 'Năm bắt đầu sử dụng', en: 'First use (year)' },
    firstSubstance: { vi: 'Chất sử dụng lần đầu', en: 'First substance' },
    photoAttachmentId: { vi: 'Ảnh chân dung', en: 'Photo' },
    managementFile: { vi: 'Có hồ sơ quản lý', en: 'Management file' },
    criminalRecord: { vi: 'Có tiền án', en: 'Criminal record' },
    administrativeRecord: { vi: 'Có tiền sự', en: 'Administrative record' },
    mobility: { vi: 'Tính chất di chuyển', en: 'Mobility' },
    drugStatus: { vi: 'Tình trạng sử dụng ma túy', en: 'Drug status' },
    drugStatusSince: { vi: 'Từ ngày', en: 'Since' },
    notes: { vi: 'Ghi chú', en: 'Notes' },
    status: { vi: 'Trạng thái', en: 'Status' },
    fromOn: { vi: 'Từ ngày', en: 'From' },
    toOn: { vi: 'Đến ngày', en: 'To' },
    basis: { vi: 'Căn cứ', en: 'Basis' },
    testedOn: { vi: 'Ngày xét nghiệm', en: 'Test date' },
    method: { vi: 'Phương pháp', en: 'Method' },
    result: { vi: 'Kết quả', en: 'Result' },
    performedBy: { vi: 'Người, cơ sở thực hiện', en: 'Performed by' },
    determinedOn: { vi: 'Ngày xác định', en: 'Determination date' },
    trigger: { vi: 'Trường hợp xác định (Điều 27)', en: 'Trigger (Article 27)' },
    measureId: { vi: 'Biện pháp', en: 'Measure' },
    type: { vi: 'Loại biện pháp', en: 'Measure' },
    regime: { vi: 'Luật áp dụng', en: 'Law applied' },
    decisionNumber: { vi: 'Số quyết định', en: 'Decision number' },
    decisionDate: { vi: 'Ngày quyết định', en: 'Decision date' },
    decider: { vi: 'Người quyết định', en: 'Decided by' },
    facility: { vi: 'Cơ sở, đơn vị thực hiện', en: 'Facility' },
    startOn: { vi: 'Ngày bắt đầu', en: 'Start' },
    durationMonths: { vi: 'Thời hạn (tháng)', en: 'Duration (months)' },
    endOn: { vi: 'Ngày kết thúc', en: 'End' },
    nextReviewOn: { vi: 'Lần đánh giá tiếp theo', en: 'Next review' },
    reviewedOn: { vi: 'Ngày đánh giá', en: 'Review date' },
    outcome: { vi: 'Kết quả đánh giá', en: 'Review outcome' },
    earlyEndOn: { vi: 'Ngày chấm dứt', en: 'Ended on' },
    completionCertificate: { vi: 'Giấy chứng nhận hoàn thành', en: 'Completion certificate' },
    mergedIntoId: { vi: 'Đã gộp vào hồ sơ', en: 'Merged into' },
    mergedFromId: { vi: 'Gộp từ hồ sơ', en: 'Merged from' },
    ...personLinkFieldLabels,
  },
  messages: {
    'person.notFound': { vi: 'Không tìm thấy hồ sơ người', en: 'Person record not found' },
    // zod refinements (found again by their text, see `messageIdOfText`)
    'person.cccdFormat': { vi: 'Số CCCD gồm 12 chữ số', en: 'The ID number has 12 digits' },
    'person.ethnicityFormat': {
      vi: 'Dân tộc phải là mã trong danh mục 54 dân tộc (01–54)',
      en: 'Ethnicity must be a code of the 54 groups (01–54)',
    },
    'person.revealReason': {
      vi: 'Nêu lý do xem thông tin được bảo vệ (ít nhất 10 ký tự)',
      en: 'Give the reason for viewing protected details (at least 10 characters)',
    },
    // the service's checks
    'person.cccdInvalid': {
      vi: 'Số CCCD không hợp lệ: {reason}',
      en: 'Invalid ID number: {reason}',
    },
    'person.cccdTaken': {
      vi: 'Số CCCD đã có trong hồ sơ của {name}',
      en: 'This ID number is already on the record of {name}',
    },
    'person.cccdElsewhere': {
      vi: 'Số CCCD đã có trong hồ sơ do {agency} quản lý; đề nghị chuyển hồ sơ thay vì lập hồ sơ mới',
      en: 'This ID number is on a record managed by {agency}; ask for a transfer instead of a new record',
    },
    'person.birthInFuture': {
      vi: 'Ngày sinh không được sau ngày hôm nay',
      en: 'The date of birth cannot be later than today',
    },
    'person.birthYearInFuture': {
      vi: 'Năm sinh không được sau năm nay',
      en: 'The birth year cannot be later than this year',
    },
    'person.birthDateOrYear': {
      vi: 'Chỉ nhập ngày sinh hoặc năm sinh, không nhập cả hai',
      en: 'Enter the date of birth or the birth year, not both',
    },
    'person.ethnicityUnknown': {
      vi: 'Dân tộc {code} không có trong danh mục 54 dân tộc',
      en: 'Ethnic group {code} is not one of the 54 groups',
    },
    'person.firstUseBeforeBirth': {
      vi: 'Năm bắt đầu sử dụng không được trước năm sinh',
      en: 'The year of first use cannot be before the birth year',
    },
    'person.firstUseInFuture': {
      vi: 'Năm bắt đầu sử dụng không được sau năm nay',
      en: 'The year of first use cannot be later than this year',
    },
    'person.residenceBeforeBirth': {
      vi: 'Ngày bắt đầu cư trú không được trước ngày sinh',
      en: 'The residence cannot start before the date of birth',
    },
    'person.photoNotOwn': {
      vi: 'Ảnh chân dung phải là tệp ảnh đã đính kèm vào chính hồ sơ này',
      en: 'The photo must be an image attached to this record',
    },
    'person.duplicateCandidates': {
      vi: 'Có {count} hồ sơ có thể trùng với người này; kiểm tra danh sách, chỉ lập hồ sơ mới khi chắc chắn là người khác',
      en: '{count} existing records may be this person; check them and create a new record only if it is someone else',
    },
    'person.duplicateCandidate': {
      vi: 'Có thể trùng: {name} ({birth}, {unit}) — {reason}',
      en: 'Possible duplicate: {name} ({birth}, {unit}) — {reason}',
    },
    'person.sameCccd': { vi: 'cùng số CCCD', en: 'same ID number' },
    'person.similarNameSameBirth': {
      vi: 'họ tên gần giống, cùng ngày hoặc năm sinh',
      en: 'similar name, same date or year of birth',
    },
    'person.birthUnknown': { vi: 'chưa rõ ngày sinh', en: 'birth date unknown' },
    'person.statusAlreadyOpen': {
      vi: 'Người này đang có trạng thái «{status}» từ ngày {date}',
      en: 'This person already has the status “{status}” since {date}',
    },
    'person.beforeBirth': {
      vi: 'Ngày không được trước ngày sinh ({date})',
      en: 'The date cannot be before the date of birth ({date})',
    },
    'person.aggregatePeriod': {
      vi: 'Ngày thống kê không được sau ngày hôm nay',
      en: 'The statistics date cannot be later than today',
    },
    'person.mergeSelf': {
      vi: 'Không thể gộp hồ sơ vào chính nó',
      en: 'A record cannot be merged into itself',
    },
    'person.alreadyMerged': {
      vi: 'Hồ sơ đã được gộp vào hồ sơ khác; hãy làm việc trên hồ sơ được giữ lại',
      en: 'This record was merged into another; work on the record kept',
    },
    'person.mergeCccdDiffer': {
      vi: 'Hai hồ sơ có số CCCD khác nhau: không phải cùng một người',
      en: 'The two records have different ID numbers: they are not the same person',
    },
    'person.determinationNeedsUse': {
      vi: 'Chỉ xác định tình trạng nghiện cho người đã có kết quả xét nghiệm dương tính hoặc tự nguyện đề nghị',
      en: 'An addiction determination needs a positive test first, unless the person asked for it',
    },
    'person.alertsTooMany': {
      vi: 'Quá nhiều hồ sơ để lọc theo cảnh báo (trên {max}): chọn xã, phường hoặc thêm điều kiện lọc',
      en: 'Too many records to filter by alerts (over {max}): choose a commune or add a filter',
    },
    ...personLinkMessages,
  },
});

/** Measures as a record type of their own (routes `/measures/:id/…`), read and written under the person's rights. */
export const measureContract = defineRegisterContract({
  recordType: 'measure',
  label: { vi: 'Biện pháp đối với người sử dụng trái phép, người nghiện', en: 'Measure' },
  permissions: [],
  grants: {},
  auditActions: {},
  fieldLabels: {},
  messages: {
    'measure.notFound': { vi: 'Không tìm thấy biện pháp', en: 'Measure not found' },
    /** A check of the domain's rule set (the problem names the field, in both languages). */
    'measure.rule': { vi: 'Biện pháp không hợp lệ: {problem}', en: 'Invalid measure: {problem}' },
    'measure.endReasonRequired': {
      vi: 'Cần lý do chấm dứt trước thời hạn',
      en: 'Give the reason the measure ends early',
    },
    'measure.notRunning': {
      vi: 'Chỉ đánh giá biện pháp đang thực hiện (trạng thái hiện tại: «{status}»)',
      en: 'Only a measure in progress can be reviewed (now: “{status}”)',
    },
    'measure.durationRequired': {
      vi: 'Cần thời hạn (số tháng) hoặc ngày kết thúc của biện pháp',
      en: 'Give the duration in months or the end date of the measure',
    },
    'measure.decisionRequired': {
      vi: 'Cần số và ngày quyết định để chuyển sang «{status}»',
      en: 'A decision number and date are needed to move to “{status}”',
    },
    'measure.startRequired': {
      vi: 'Cần ngày bắt đầu thực hiện để chuyển sang «{status}»',
      en: 'A start date is needed to move to “{status}”',
    },
    'measure.certificateRequired': {
      vi: 'Cần số giấy chứng nhận hoàn thành',
      en: 'The completion certificate number is needed',
    },
    'measure.notOverYet': {
      vi: 'Biện pháp chưa hết thời hạn (đến {until}); dùng chấm dứt trước thời hạn nếu kết thúc sớm',
      en: 'The measure has not run its term (until {until}); end it early instead',
    },
    'measure.needsIllicitUser': {
      vi: 'Biện pháp «{measure}» chỉ áp dụng cho người có kết quả xét nghiệm dương tính',
      en: '“{measure}” applies only to a person with a positive test',
    },
    'measure.needsAddicted': {
      vi: 'Biện pháp «{measure}» chỉ áp dụng cho người đã được xác định là nghiện ma túy',
      en: '“{measure}” applies only to a person determined to be addicted',
    },
  },
});

const birthYear = z.number().int().min(1900).max(2100);
const cccd = z.string().regex(/^\d{12}$/, 'Số CCCD gồm 12 chữ số');
const ethnicityCode = z.string().regex(/^\d{2}$/, 'Dân tộc phải là mã trong danh mục 54 dân tộc (01–54)');

const personFields = {
  fullName: vnText({ max: 150 }),
  aliases: z
    .array(vnText({ max: 150 }))
    .max(10)
    .optional(),
  /** A full date of birth; when only the year is known, `birthYear` instead. */
  birthDate: isoDate.nullable().optional(),
  birthYear: birthYear.nullable().optional(),
  sex,
  ethnicity: ethnicityCode.nullable().optional(),
  /** The commune of residence (valid on `residenceSince`, default today) and the address. */
  unitId: z.uuid(),
  residenceAddress: vnText({ max: 300 }).nullable().optional(),
  residenceSince: isoDate.optional(),
  education: educationLevel.nullable().optional(),
  occupation: occupation.nullable().optional(),
  substances: z.array(substance).max(10).optional(),
  firstUseYear: birthYear.nullable().optional(),
  firstSubstance: substance.nullable().optional(),
  managementFile: z.boolean().optional(),
  criminalRecord: z.boolean().optional(),
  administrativeRecord: z.boolean().optional(),
  mobility: mobility.nullable().optional(),
  notes: vnText({ max: 4000 }).nullable().optional(),
  /**
   * Sealed fields: a value replaces, `null` clears, absent keeps (an edit form never sees them in clear).
   * The CCCD (12 digits, validated against the birth year and sex) and the health and rehab details.
   */
  cccd: cccd.nullable().optional(),
  health: vnText({ max: 4000 }).nullable().optional(),
};

export const personCreate = z.strictObject({
  ...personFields,
  /** Save even though possible duplicates were found (the officer checked them). Never past the same CCCD. */
  confirmDuplicates: z.boolean().optional(),
});
export type PersonCreate = z.infer<typeof personCreate>;
export const personUpdate = z.strictObject({
  ...personFields,
  /** An image attached to this record (`POST /attachments?recordType=person`). */
  photoAttachmentId: z.uuid().nullable().optional(),
  /** A move to a commune of another agency hands the record over with a notice: what to tell the receiver. */
  transferNote: vnText({ max: 1000 }).nullable().optional(),
  version: z.number().int(),
});
export type PersonUpdate = z.infer<typeof personUpdate>;

const named = z.object({ id: z.uuid(), code: z.string(), name: z.string() });

export const personStatusEntry = z.object({
  id: z.uuid(),
  status: personStatus,
  fromOn: z.string(),
  toOn: z.string().nullable(),
  basis: z.string(),
  sourceKind: z.string().nullable(),
});
export type PersonStatusEntry = z.infer<typeof personStatusEntry>;

/** What lists, search results and duplicate candidates show: no sealed value, the CCCD masked. */
export const personSummary = z.object({
  id: z.uuid(),
  fullName: z.string(),
  aliases: z.array(z.string()),
  birthDate: z.string().nullable(),
  birthPrecision: z.enum(['day', 'year']).nullable(),
  sex,
  ageBand,
  cccdMasked: z.string().nullable(),
  unit: named,
  agency: named,
  drugStatus,
  drugStatusSince: z.string().nullable(),
  /** Statuses open now (no end date). */
  openStatuses: z.array(personStatus),
  isDemo: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type PersonSummary = z.infer<typeof personSummary>;

export const person = personSummary.extend({
  ethnicity: z.object({ code: z.string(), name: z.string() }).nullable(),
  hasHealthDetails: z.boolean(),
  residenceAddress: z.string().nullable(),
  residenceSince: z.string().nullable(),
  education: educationLevel.nullable(),
  occupation: occupation.nullable(),
  substances: z.array(substance),
  firstUseYear: z.number().int().nullable(),
  firstSubstance: substance.nullable(),
  photoAttachmentId: z.uuid().nullable(),
  managementFile: z.boolean(),
  criminalRecord: z.boolean(),
  administrativeRecord: z.boolean(),
  mobility: mobility.nullable(),
  notes: z.string().nullable(),
  /** Set when this record was merged into another (still readable, with its own trail). */
  mergedIntoId: z.uuid().nullable(),
  statuses: z.array(personStatusEntry),
  residences: z.array(
    z.object({
      unit: named,
      address: z.string().nullable(),
      fromOn: z.string(),
      toOn: z.string().nullable(),
    }),
  ),
  createdAt: z.string(),
  /** On a read: the rings and hotspots linked to the person (those the reader may see). */
  rings: z.array(personRingLink).optional(),
  hotspots: z.array(personHotspotLink).optional(),
  /** On a read: the hand-over to this commune still awaiting acknowledgement, if any. */
  pendingTransfer: personTransfer.nullable().optional(),
});
export type Person = z.infer<typeof person>;

export const personSortKeys = ['fullName', 'birthDate', 'drugStatus', 'updatedAt'] as const;
const oneOrMany = <T extends z.ZodType>(t: T) =>
  z
    .union([t, z.array(t)])
    .transform((v) => (Array.isArray(v) ? v : [v]) as z.infer<T>[])
    .optional();
export const personListQuery = pagedQuery(personSortKeys).extend({
  /** Exact lookup by CCCD (through the blind index). */
  cccd: cccd.optional(),
  unitId: z.uuid().optional(),
  drugStatus: oneOrMany(drugStatus),
  /** Persons with this status open now. */
  status: personStatus.optional(),
  sex: sex.optional(),
  birthYear: z.coerce.number().int().min(1900).max(2100).optional(),
  /** Persons with a measure of this type in force: decided, in progress or suspended (not proposed, not closed). */
  measureType: oneOrMany(measureType),
  /** Persons with at least one alert on today (the profile's alerts, computed by the domain). */
  alertsDue: z.enum(['true']).optional(),
});
/** `alertsDue` reads the whole jurisdiction's histories: beyond this many candidates, narrow the list first. */
export const PERSON_ALERT_SCAN_MAX = 20_000;
export type PersonListQuery = z.infer<typeof personListQuery>;

/** A status recorded by an officer (the drug and rehab statuses follow tests, determinations and measures). */
export const personStatusCreate = z.strictObject({
  status: manualPersonStatus,
  fromOn: isoDate,
  toOn: isoDate.nullable().optional(),
  basis: vnText({ max: 500 }),
});
export type PersonStatusCreate = z.infer<typeof personStatusCreate>;

export const drugTestCreate = z.strictObject({
  testedOn: isoDate,
  method: testMethod,
  substances: z.array(substance).max(10).optional(),
  result: testResult,
  performedBy: vnText({ max: 200 }).nullable().optional(),
  reason: vnText({ max: 1000 }).nullable().optional(),
});
export type DrugTestCreate = z.infer<typeof drugTestCreate>;
export const drugTest = z.object({
  id: z.uuid(),
  testedOn: z.string(),
  method: testMethod,
  substances: z.array(substance),
  result: testResult,
  performedBy: z.string().nullable(),
  reason: z.string().nullable(),
  /** The measure in force on the test date (a positive test then makes a determination due). */
  duringMeasureId: z.uuid().nullable(),
  isDemo: z.boolean(),
  createdAt: z.string(),
});
export type DrugTest = z.infer<typeof drugTest>;

export const determinationCreate = z.strictObject({
  determinedOn: isoDate,
  trigger: determinationTrigger,
  performedBy: vnText({ max: 200 }),
  result: determinationResult,
});
export type DeterminationCreate = z.infer<typeof determinationCreate>;
export const determination = z.object({
  id: z.uuid(),
  determinedOn: z.string(),
  trigger: determinationTrigger,
  performedBy: z.string(),
  result: determinationResult,
  isDemo: z.boolean(),
  createdAt: z.string(),
});
export type Determination = z.infer<typeof determination>;

const decisionFields = {
  decisionNumber: vnText({ max: 100 }).nullable().optional(),
  decisionDate: isoDate.nullable().optional(),
  decider: vnText({ max: 200 }).nullable().optional(),
  facility: vnText({ max: 200 }).nullable().optional(),
  startOn: isoDate.nullable().optional(),
  /** Default: the rule set's term for the measure (for its minimum when the law gives a range). */
  durationMonths: z.number().int().min(1).max(60).nullable().optional(),
  /** An end date stated by the decision, for measures without a legal term (methadone, monitoring). */
  endOn: isoDate.nullable().optional(),
};

export const measureCreate = z.strictObject({
  type: measureType,
  /** `proposed` (default), or a measure already decided or running when it is entered afterwards. */
  status: z.enum(['proposed', 'decided', 'in_progress']).optional(),
  ...decisionFields,
  nextReviewOn: isoDate.nullable().optional(),
  notes: vnText({ max: 4000 }).nullable().optional(),
});
export type MeasureCreate = z.infer<typeof measureCreate>;

export const measureTransition = z.strictObject({
  to: measureStatus,
  on: isoDate,
  reason: vnText({ max: 2000 }),
  ...decisionFields,
  completionCertificate: vnText({ max: 100 }).nullable().optional(),
  /** Why, when moving to `ended_early` (also `POST /measures/:id/early-end`). */
  endReason: measureEndReason.optional(),
  version: z.number().int(),
});
export type MeasureTransition = z.infer<typeof measureTransition>;

export const measureReviewCreate = z.strictObject({
  reviewedOn: isoDate,
  outcome: vnText({ max: 2000 }),
  nextReviewOn: isoDate.nullable().optional(),
  version: z.number().int(),
});
export type MeasureReviewCreate = z.infer<typeof measureReviewCreate>;

/** Ending a running measure before its term, with why (`quit`: tự ý chấm dứt; `exempted`, `replaced`…). */
export const measureEarlyEnd = z.strictObject({
  endReason: measureEndReason,
  on: isoDate,
  reason: vnText({ max: 2000 }),
  version: z.number().int(),
});
export type MeasureEarlyEnd = z.infer<typeof measureEarlyEnd>;

export const measure = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  type: measureType,
  status: measureStatus,
  statusSince: z.string(),
  regime: lawRegime,
  ruleSetId: z.string(),
  /** Who decides such a measure on its decision date, by the rule set (e.g. the commune chairman). */
  deciderLevel: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  decider: z.string().nullable(),
  facility: z.string().nullable(),
  startOn: z.string().nullable(),
  durationMonths: z.number().int().nullable(),
  endOn: z.string().nullable(),
  nextReviewOn: z.string().nullable(),
  /** Days not counted while suspended (added to the end), months taken off by a reduction. */
  suspendedDays: z.number().int(),
  reductionMonths: z.number().int().nullable(),
  earlyEndOn: z.string().nullable(),
  endReason: measureEndReason.nullable(),
  earlyEndReason: z.string().nullable(),
  /** Which time this type of measure applies to the person (the 2025 law's term differs from the second time). */
  occurrence: z.number().int(),
  completionCertificate: z.string().nullable(),
  completionOn: z.string().nullable(),
  notes: z.string().nullable(),
  reviews: z.array(
    z.object({ id: z.uuid(), reviewedOn: z.string(), outcome: z.string(), createdAt: z.string() }),
  ),
  allowedTransitions: z.array(measureStatus),
  isDemo: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Measure = z.infer<typeof measure>;

/** `on`: the day the alerts are computed for (default today; a later day shows what will be due). */
export const personAlertsQuery = z.strictObject({ on: isoDate.optional() });
export const personAlert = z.object({
  kind: personAlertKind,
  /** The day the alert is about (end date, due date, test date, window start). */
  on: z.string(),
  measureId: z.uuid().nullable(),
  testId: z.uuid().nullable(),
  /** Days left before an end, or days late for a review. */
  days: z.number().int().nullable(),
  /** BLHS Điều 256a windows concerned (from, to inclusive; to null while the measure runs). */
  windows: z.array(z.object({ clause: z.string(), from: z.string(), to: z.string().nullable() })),
  message: z.object({ vi: z.string(), en: z.string() }),
});
export type PersonAlert = z.infer<typeof personAlert>;

export const sealedRevealRequest = z.strictObject({
  reason: vnText({ max: 500 }).pipe(
    z.string().min(10, 'Nêu lý do xem thông tin được bảo vệ (ít nhất 10 ký tự)'),
  ),
});
export const sealedDetails = z.object({ cccd: z.string().nullable(), health: z.string().nullable() });
export type SealedDetails = z.infer<typeof sealedDetails>;

export const duplicatePair = z.object({
  a: personSummary,
  b: personSummary,
  reason: z.enum(['same_cccd', 'similar_name_same_birth']),
  similarity: z.number(),
});
export type DuplicatePair = z.infer<typeof duplicatePair>;

export const personAggregatesQuery = z.strictObject({
  /** Ages are counted on this date (default today). */
  on: isoDate.optional(),
  unitId: z.uuid().optional(),
});
const countRow = z.object({ key: z.string(), label: z.string(), count: z.number().int() });
/** Counts only, no names (what leadership and departments see). */
export const personAggregates = z.object({
  on: z.string(),
  total: z.number().int(),
  byUnit: z.array(
    z.object({ unitId: z.uuid(), code: z.string(), name: z.string(), count: z.number().int() }),
  ),
  byDrugStatus: z.array(countRow),
  byStatus: z.array(countRow),
  byAgeBand: z.array(countRow),
  bySex: z.array(countRow),
  byEthnicity: z.array(countRow),
});
export type PersonAggregates = z.infer<typeof personAggregates>;

/**
 * Reconciliation with the police's register in the national population database, which PCMT cannot write to:
 * the officer pastes or uploads that side's CCCD numbers; the answer says who is on one side and not the other,
 * inside the actor's jurisdiction. Compared through the blind index (nothing is decrypted); audited with the reason,
 * never the numbers.
 */
export const personReconciliationRequest = z.strictObject({
  reason: vnText({ max: 500 }).pipe(
    z.string().min(10, 'Nêu lý do xem thông tin được bảo vệ (ít nhất 10 ký tự)'),
  ),
  cccds: z.array(cccd).max(20_000),
  /** Only this commune (of the actor's jurisdiction). */
  unitId: z.uuid().optional(),
});
export type PersonReconciliationRequest = z.infer<typeof personReconciliationRequest>;
export const personReconciliation = z.object({
  /** Numbers on both sides. */
  inBoth: z.number().int(),
  /** Numbers of the national list with no live record in the actor's jurisdiction (as given). */
  onlyInNational: z.array(z.string()),
  /** Records in the jurisdiction whose CCCD is not in the national list (masked). */
  onlyInPcmt: z.array(personSummary),
  /** Records in the jurisdiction without a CCCD (cannot be matched). */
  withoutCccd: z.number().int(),
});
export type PersonReconciliation = z.infer<typeof personReconciliation>;

/** Merging a duplicate (`:id`) into the record kept (`intoId`): both histories and trails are kept. */
export const personMerge = z.strictObject({
  intoId: z.uuid(),
  reason: vnText({ max: 2000 }),
  version: z.number().int(),
});
export type PersonMerge = z.infer<typeof personMerge>;
