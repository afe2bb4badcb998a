import { defineRegisterContract } from './register-contract.ts';

// The key-communes register declarations (key areas, recorded figures, classifications, the commune page);
// the schemas are in `key-areas.ts`, which re-exports these.

/**
 * Key communes (issue 8, PRODUCT.md §3): recorded figures per commune and period, classification runs under
 * the rule set in force on their date, and the designation of địa bàn trọng điểm, phức tạp về ma túy by a
 * decision. Three record types, each a register of the kit (timeline, audit labels); the commune page is a
 * fourth, read-only one whose record is the commune itself.
 */
export const keyAreaContract = defineRegisterContract({
  recordType: 'key_area',
  label: { vi: 'Địa bàn trọng điểm, phức tạp về ma túy', en: 'Key drug area' },
  permissions: ['key_area.read', 'key_area.write', 'key_area.classify'],
  // PRODUCT.md "Who uses it": PC04 (the plan's standing agency) designates areas and keeps the figures for the
  // whole province; commune police record their commune's figures and run its classification; leaders, the
  // commune committee, border guards and oversight read.
  grants: {
    drug_police: ['key_area.read', 'key_area.write', 'key_area.classify'],
    leadership: ['key_area.read'],
    oversight: ['key_area.read'],
    commune_police: ['key_area.read', 'key_area.classify'],
    commune_police_chief: ['key_area.read', 'key_area.classify'],
    commune_committee: ['key_area.read'],
    border_guard: ['key_area.read'],
  },
  // Province-wide roles: PC04 and the provincial leadership see and act on every commune; oversight reads all.
  unscoped: {
    drug_police: ['key_area.read', 'key_area.write', 'key_area.classify'],
    leadership: ['key_area.read'],
    oversight: ['key_area.read'],
  },
  auditActions: {
    'key_area.create': { vi: 'Chỉ định địa bàn trọng điểm, phức tạp', en: 'Designate a key area' },
    'key_area.update': { vi: 'Sửa quyết định chỉ định địa bàn', en: 'Edit a key area designation' },
    'key_area.remove': {
      vi: 'Đưa địa bàn ra khỏi danh sách trọng điểm',
      en: 'Remove a key area designation',
    },
    'key_area.read': { vi: 'Xem địa bàn trọng điểm', en: 'View a key area' },
    'key_area.list': { vi: 'Xem danh sách địa bàn trọng điểm', en: 'List key areas' },
  },
  fieldLabels: {
    unitId: { vi: 'Xã, phường', en: 'Commune' },
    status: { vi: 'Trạng thái', en: 'Status' },
    communeClass: { vi: 'Loại địa bàn', en: 'Class' },
    basisClassificationId: { vi: 'Kết quả xếp loại làm căn cứ', en: 'Basis classification' },
    decisionNumber: { vi: 'Số quyết định', en: 'Decision number' },
    decisionDate: { vi: 'Ngày quyết định', en: 'Decision date' },
    decisionIssuer: { vi: 'Cơ quan ban hành', en: 'Issued by' },
    note: { vi: 'Ghi chú', en: 'Note' },
    citations: { vi: 'Văn bản căn cứ', en: 'Documents cited' },
    removalDecisionNumber: { vi: 'Số quyết định đưa ra khỏi danh sách', en: 'Removal decision number' },
    removalDate: { vi: 'Ngày đưa ra khỏi danh sách', en: 'Removal date' },
    removalReason: { vi: 'Lý do', en: 'Reason' },
  },
  messages: {
    'key_area.notFound': { vi: 'Không tìm thấy địa bàn trọng điểm', en: 'Key area not found' },
    'key_area.classRequired': {
      vi: 'Chỉ chỉ định xã được xếp loại I, II hoặc III làm địa bàn trọng điểm, phức tạp',
      en: 'Only a commune classified as class I, II or III can be designated a key area',
    },
    'key_area.justDesignated': {
      vi: 'Xã, phường này vừa được chỉ định bởi một quyết định khác',
      en: 'This commune has just been designated by another decision',
    },
    'key_area.alreadyDesignated': {
      vi: 'Xã, phường này đang là địa bàn trọng điểm theo quyết định {decision}',
      en: 'This commune is already a designated key area by decision {decision}',
    },
    'key_area.basisCommuneGone': {
      vi: 'Xã, phường đã xếp loại không còn hiệu lực vào ngày quyết định ({date}); hãy xếp loại xã, phường hiện hành',
      en: 'The classified commune no longer exists on the decision date ({date}); classify the current commune',
    },
    'key_area.basisOtherCommune': {
      vi: 'Kết quả xếp loại làm căn cứ phải của cùng xã, phường ({commune})',
      en: 'The basis classification must be of the same commune ({commune})',
    },
    'key_area.dateAfterRemoval': {
      vi: 'Ngày không được sau ngày đưa ra khỏi danh sách ({date})',
      en: 'The date cannot be after the removal date ({date})',
    },
    'key_area.dateBeforeClassification': {
      vi: 'Ngày không được trước ngày xếp loại ({date})',
      en: 'The date cannot be before the classification date ({date})',
    },
    'key_area.dateBeforeDecision': {
      vi: 'Ngày không được trước ngày quyết định chỉ định ({date})',
      en: 'The date cannot be before the designation decision date ({date})',
    },
  },
});

/** Recorded figures (population, persons with records…) of a commune for a period: their own record type. */
export const communeIndicatorContract = defineRegisterContract({
  recordType: 'commune_indicator',
  label: { vi: 'Số liệu xã, phường', en: 'Commune figures' },
  permissions: [],
  grants: {},
  auditActions: {
    'commune_indicator.create': { vi: 'Ghi số liệu xã, phường', en: 'Record commune figures' },
    'commune_indicator.update': { vi: 'Sửa số liệu xã, phường', en: 'Edit commune figures' },
    'commune_indicator.read': { vi: 'Xem số liệu xã, phường', en: 'View commune figures' },
    'commune_indicator.list': { vi: 'Xem danh sách số liệu xã, phường', en: 'List commune figures' },
  },
  fieldLabels: {
    unitId: { vi: 'Xã, phường', en: 'Commune' },
    periodFrom: { vi: 'Từ ngày', en: 'From' },
    periodTo: { vi: 'Đến ngày', en: 'To' },
    population: { vi: 'Dân số thường trú', en: 'Resident population' },
    personsWithRecords: {
      vi: 'Người nghiện, người sử dụng trái phép chất ma túy có hồ sơ quản lý',
      en: 'Addicts and illicit users with management files',
    },
    addicts: { vi: 'Người nghiện ma túy có hồ sơ quản lý', en: 'Addicts with management files' },
    drugUseVenueCount: {
      vi: 'Địa điểm tổ chức, chứa chấp việc sử dụng trái phép chất ma túy',
      en: 'Places organising or harbouring illicit drug use',
    },
    arrestedOffenders: { vi: 'Người phạm tội về ma túy bị bắt giữ', en: 'Drug offenders arrested' },
    plantCount: { vi: 'Số cây có chứa chất ma túy bị triệt phá', en: 'Narcotic plants destroyed' },
    plantAreaM2: { vi: 'Diện tích cây có chứa chất ma túy (m²)', en: 'Area of narcotic plants (m²)' },
    onKeyRoute: { vi: 'Nằm trên tuyến trọng điểm', en: 'On a key trafficking route' },
    sourceNote: { vi: 'Nguồn số liệu', en: 'Source' },
  },
  messages: {
    'commune_indicator.notFound': {
      vi: 'Không tìm thấy số liệu xã, phường',
      en: 'Commune figures not found',
    },
    'commune_indicator.endBeforeStart': {
      vi: 'Ngày kết thúc kỳ không được trước ngày bắt đầu',
      en: 'The end of the period cannot be before its start',
    },
    'commune_indicator.periodTooLong': {
      vi: 'Kỳ số liệu dài tối đa một năm',
      en: 'A period may span at most one year',
    },
    'commune_indicator.notCommuneThroughout': {
      vi: 'Đơn vị đã chọn không phải xã, phường, thị trấn còn hiệu lực trong cả kỳ {from} – {to}',
      en: 'The unit chosen is not a commune in force throughout the period {from} – {to}',
    },
    'commune_indicator.duplicatePeriod': {
      vi: 'Xã, phường này đã có số liệu cho kỳ bắt đầu ngày {date}',
      en: 'This commune already has figures for the period starting on {date}',
    },
    'commune_indicator.periodTaken': {
      vi: 'Đã có số liệu cho kỳ bắt đầu ngày {date}',
      en: 'There are already figures for the period starting on {date}',
    },
  },
});

/** A classification run: immutable, its own record type so its audit rows carry their own label. */
export const communeClassificationContract = defineRegisterContract({
  recordType: 'commune_classification',
  label: { vi: 'Kết quả xếp loại xã, phường', en: 'Commune classification' },
  permissions: [],
  grants: {},
  auditActions: {
    'commune_classification.run': { vi: 'Xếp loại xã, phường', en: 'Classify a commune' },
    'commune_classification.read': { vi: 'Xem kết quả xếp loại', en: 'View a classification' },
    'commune_classification.list': { vi: 'Xem danh sách kết quả xếp loại', en: 'List classifications' },
  },
  fieldLabels: {
    asOf: { vi: 'Ngày xếp loại', en: 'Classified as of' },
    ruleSetId: { vi: 'Bộ tiêu chí', en: 'Rule set' },
    ruleSetVersion: { vi: 'Phiên bản bộ tiêu chí', en: 'Rule set version' },
    inputs: { vi: 'Số liệu đầu vào', en: 'Inputs' },
  },
  messages: {
    'commune_classification.notFound': {
      vi: 'Không tìm thấy kết quả xếp loại',
      en: 'Classification not found',
    },
    'commune_classification.noRuleSet': {
      vi: 'Chưa có bộ tiêu chí xếp loại áp dụng vào ngày {date}',
      en: 'No classification rule set applies on {date}',
    },
    'commune_classification.noCommunes': {
      vi: 'Không có xã, phường nào trong địa bàn phụ trách vào ngày này',
      en: 'No commune of your jurisdiction exists on this date',
    },
  },
});

/** The commune page (its overview of a date): a read-only "record" that is the commune unit itself. */
export const communePageContract = defineRegisterContract({
  recordType: 'commune',
  label: { vi: 'Xã, phường', en: 'Commune' },
  permissions: [],
  grants: {},
  auditActions: {},
  fieldLabels: {},
  messages: {
    'commune.notFound': { vi: 'Không tìm thấy xã, phường', en: 'Commune not found' },
  },
});

export const keyAreaContracts = [
  keyAreaContract,
  communeIndicatorContract,
  communeClassificationContract,
  communePageContract,
] as const;
