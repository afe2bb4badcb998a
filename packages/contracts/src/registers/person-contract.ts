import { personLinkAuditActions, personLinkFieldLabels, personLinkMessages } from './person-link-schemas.ts';
import { defineRegisterContract } from './register-contract.ts';

// The person and measure register declarations (permissions, grants, audit actions, field labels, messages);
// the schemas are in `persons.ts` and `person-history.ts`.

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
