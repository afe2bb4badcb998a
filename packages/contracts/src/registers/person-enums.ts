import { z } from 'zod';

/**
 * Persons of the drug register (PRODUCT.md §4, issue 9): the closed lists a person, a test, a determination and
 * a measure are recorded with. Labels in Vietnamese and English (`…Label`, `…LabelEn`). The rules that use them
 * (CCCD structure, age bands, measure durations by law, lifecycles, alerts) are in `packages/domain`.
 */
type Labels<T extends string> = Record<T, { vi: string; en: string }>;

export const sexes = ['male', 'female'] as const;
export const sex = z.enum(sexes);
export type Sex = z.infer<typeof sex>;
export const sexLabel: Labels<Sex> = { male: { vi: 'Nam', en: 'Male' }, female: { vi: 'Nữ', en: 'Female' } };

/** The drug status of a person now (DOMAIN.md glossary): a person becomes `illicit_user` only on a positive test. */
export const drugStatuses = ['none', 'illicit_user', 'addicted'] as const;
export const drugStatus = z.enum(drugStatuses);
export type DrugStatus = z.infer<typeof drugStatus>;
export const drugStatusLabel: Labels<DrugStatus> = {
  none: { vi: 'Chưa xác định', en: 'Not established' },
  illicit_user: { vi: 'Người sử dụng trái phép chất ma túy', en: 'Illicit drug user' },
  addicted: { vi: 'Người nghiện ma túy', en: 'Drug addict' },
};

/** Dated statuses (person_status): the drug statuses, and the others a file records with their dates. */
export const personStatuses = [
  'illicit_user',
  'addicted',
  'suspect',
  'wanted',
  'surrendered',
  'in_rehab',
  'post_rehab',
  'mobile',
  'inter_provincial',
  'transnational',
] as const;
export const personStatus = z.enum(personStatuses);
export type PersonStatus = z.infer<typeof personStatus>;
export const personStatusLabel: Labels<PersonStatus> = {
  illicit_user: { vi: 'Người sử dụng trái phép chất ma túy', en: 'Illicit drug user' },
  addicted: { vi: 'Người nghiện ma túy', en: 'Drug addict' },
  suspect: { vi: 'Đối tượng', en: 'Suspect' },
  wanted: { vi: 'Truy nã', en: 'Wanted' },
  surrendered: { vi: 'Đầu thú', en: 'Surrendered' },
  in_rehab: { vi: 'Đang cai nghiện', en: 'In rehab' },
  post_rehab: { vi: 'Sau cai nghiện', en: 'Post-rehab' },
  mobile: { vi: 'Đối tượng lưu động', en: 'Mobile subject' },
  inter_provincial: { vi: 'Đối tượng ngoại tỉnh', en: 'Inter-provincial subject' },
  transnational: { vi: 'Đối tượng xuyên quốc gia', en: 'Transnational subject' },
};
/** Statuses an officer records by hand; the drug and rehab statuses follow tests, determinations and measures. */
export const manualPersonStatuses = [
  'suspect',
  'wanted',
  'surrendered',
  'mobile',
  'inter_provincial',
  'transnational',
] as const;
export const manualPersonStatus = z.enum(manualPersonStatuses);

export const mobilities = ['mobile', 'inter_provincial', 'transnational'] as const;
export const mobility = z.enum(mobilities);
export type Mobility = z.infer<typeof mobility>;

/** Education levels as the national statistical regime counts them (QĐ 127/2009, QĐ 13/2019). */
export const educationLevels = [
  'none',
  'primary',
  'lower_secondary',
  'upper_secondary',
  'vocational',
  'higher',
] as const;
export const educationLevel = z.enum(educationLevels);
export type EducationLevel = z.infer<typeof educationLevel>;
export const educationLevelLabel: Labels<EducationLevel> = {
  none: { vi: 'Không biết chữ', en: 'Illiterate' },
  primary: { vi: 'Tiểu học', en: 'Primary' },
  lower_secondary: { vi: 'Trung học cơ sở', en: 'Lower secondary' },
  upper_secondary: { vi: 'Trung học phổ thông', en: 'Upper secondary' },
  vocational: { vi: 'Trung cấp, cao đẳng', en: 'Vocational, college' },
  higher: { vi: 'Đại học trở lên', en: 'University or higher' },
};

export const occupations = [
  'unemployed',
  'freelance',
  'farmer',
  'worker',
  'student',
  'civil_servant',
  'business',
  'other',
] as const;
export const occupation = z.enum(occupations);
export type Occupation = z.infer<typeof occupation>;
export const occupationLabel: Labels<Occupation> = {
  unemployed: { vi: 'Không nghề nghiệp', en: 'No occupation' },
  freelance: { vi: 'Lao động tự do', en: 'Freelance labour' },
  farmer: { vi: 'Nông dân', en: 'Farmer' },
  worker: { vi: 'Công nhân', en: 'Worker' },
  student: { vi: 'Học sinh, sinh viên', en: 'Student' },
  civil_servant: { vi: 'Cán bộ, công chức, viên chức', en: 'Civil servant' },
  business: { vi: 'Kinh doanh', en: 'Business' },
  other: { vi: 'Khác', en: 'Other' },
};

/** Substances (street names in DOMAIN.md b8); the catalogue is configuration later. */
export const substances = [
  'heroin',
  'opium',
  'methamphetamine',
  'amphetamine',
  'mdma',
  'ketamine',
  'cannabis',
  'synthetic_cannabinoid',
  'cocaine',
  'other',
] as const;
export const substance = z.enum(substances);
export type Substance = z.infer<typeof substance>;
export const substanceLabel: Labels<Substance> = {
  heroin: { vi: 'Heroin', en: 'Heroin' },
  opium: { vi: 'Thuốc phiện', en: 'Opium' },
  methamphetamine: { vi: 'Ma túy đá (methamphetamine)', en: 'Crystal meth' },
  amphetamine: { vi: 'Hồng phiến (amphetamine)', en: 'Amphetamine tablets' },
  mdma: { vi: 'Thuốc lắc (MDMA)', en: 'Ecstasy (MDMA)' },
  ketamine: { vi: 'Ketamine', en: 'Ketamine' },
  cannabis: { vi: 'Cần sa', en: 'Cannabis' },
  synthetic_cannabinoid: { vi: 'Cỏ Mỹ (cannabinoid tổng hợp)', en: 'Synthetic cannabinoids' },
  cocaine: { vi: 'Cocaine', en: 'Cocaine' },
  other: { vi: 'Chất khác', en: 'Other' },
};

export const testMethods = ['rapid_urine', 'lab_urine', 'blood', 'hair', 'saliva'] as const;
export const testMethod = z.enum(testMethods);
export type TestMethod = z.infer<typeof testMethod>;
export const testMethodLabel: Labels<TestMethod> = {
  rapid_urine: { vi: 'Test nhanh nước tiểu', en: 'Rapid urine test' },
  lab_urine: { vi: 'Xét nghiệm nước tiểu tại phòng xét nghiệm', en: 'Laboratory urine test' },
  blood: { vi: 'Xét nghiệm máu', en: 'Blood test' },
  hair: { vi: 'Xét nghiệm tóc', en: 'Hair test' },
  saliva: { vi: 'Xét nghiệm nước bọt', en: 'Saliva test' },
};
export const testResults = ['positive', 'negative'] as const;
export const testResult = z.enum(testResults);
export type TestResult = z.infer<typeof testResult>;
export const testResultLabel: Labels<TestResult> = {
  positive: { vi: 'Dương tính', en: 'Positive' },
  negative: { vi: 'Âm tính', en: 'Negative' },
};

/** Luật 73/2021 Điều 27 khoản 1: when an addiction determination is made. */
export const determinationTriggers = [
  'managed_user_relapse',
  'no_stable_residence',
  'commune_education',
  'post_rehab_use',
  'voluntary',
  'positive_test_during_measure',
] as const;
export const determinationTrigger = z.enum(determinationTriggers);
export type DeterminationTrigger = z.infer<typeof determinationTrigger>;
export const determinationTriggerLabel: Labels<DeterminationTrigger> = {
  managed_user_relapse: {
    vi: 'Đang bị quản lý người sử dụng trái phép mà tiếp tục sử dụng',
    en: 'Used again while managed as an illicit user',
  },
  no_stable_residence: { vi: 'Sử dụng trái phép, không có nơi cư trú ổn định', en: 'No stable residence' },
  commune_education: {
    vi: 'Sử dụng trái phép trong thời gian hoặc trong 01 năm sau giáo dục tại xã',
    en: 'Used during or within a year after commune education',
  },
  post_rehab_use: {
    vi: 'Sử dụng trái phép trong thời gian quản lý sau cai nghiện',
    en: 'Used in post-rehab',
  },
  voluntary: { vi: 'Tự nguyện xác định tình trạng nghiện', en: 'Asked for a determination' },
  positive_test_during_measure: {
    vi: 'Dương tính trong thời gian áp dụng biện pháp',
    en: 'Positive test during a measure',
  },
};
export const determinationResults = ['addicted', 'not_addicted'] as const;
export const determinationResult = z.enum(determinationResults);
export type DeterminationResult = z.infer<typeof determinationResult>;
export const determinationResultLabel: Labels<DeterminationResult> = {
  addicted: { vi: 'Nghiện ma túy', en: 'Addicted' },
  not_addicted: { vi: 'Không nghiện', en: 'Not addicted' },
};

/** Measures (DOMAIN.md b2): the glossary's identifiers, plus electronic monitoring and waiting for placement. */
export const measureTypes = [
  'user_management',
  'voluntary_rehab_community',
  'voluntary_rehab_facility',
  'compulsory_rehab',
  'post_rehab_management',
  'substitution_treatment',
  'commune_education',
  'electronic_monitoring',
  'awaiting_compulsory_placement',
] as const;
export const measureType = z.enum(measureTypes);
export type MeasureType = z.infer<typeof measureType>;
export const measureTypeLabel: Labels<MeasureType> = {
  user_management: { vi: 'Quản lý người sử dụng trái phép chất ma túy', en: 'Management of an illicit user' },
  voluntary_rehab_community: {
    vi: 'Cai nghiện tự nguyện tại gia đình, cộng đồng',
    en: 'Voluntary rehab at home or in the community',
  },
  voluntary_rehab_facility: {
    vi: 'Cai nghiện tự nguyện tại cơ sở cai nghiện',
    en: 'Voluntary rehab at a facility',
  },
  compulsory_rehab: { vi: 'Cai nghiện bắt buộc', en: 'Compulsory rehab' },
  post_rehab_management: { vi: 'Quản lý sau cai nghiện', en: 'Post-rehab management' },
  substitution_treatment: { vi: 'Điều trị thay thế (methadone)', en: 'Substitution treatment (methadone)' },
  commune_education: { vi: 'Giáo dục tại xã, phường, thị trấn', en: 'Education in the commune' },
  electronic_monitoring: { vi: 'Giám sát điện tử', en: 'Electronic monitoring' },
  awaiting_compulsory_placement: {
    vi: 'Chờ đưa vào cơ sở cai nghiện bắt buộc',
    en: 'Awaiting compulsory placement',
  },
};

/**
 * A measure's lifecycle (transition table in `packages/domain/src/measures`): đề xuất → đã quyết định → đang thực
 * hiện (↔ tạm dừng) → hoàn thành; chấm dứt trước thời hạn (with its reason, `quit` opening the BLHS Điều 256a
 * window); hủy before it starts.
 */
export const measureStatuses = [
  'proposed',
  'decided',
  'in_progress',
  'suspended',
  'completed',
  'ended_early',
  'cancelled',
] as const;
export const measureStatus = z.enum(measureStatuses);
export type MeasureStatus = z.infer<typeof measureStatus>;
export const measureStatusLabel: Labels<MeasureStatus> = {
  proposed: { vi: 'Đề xuất', en: 'Proposed' },
  decided: { vi: 'Đã có quyết định', en: 'Decided' },
  in_progress: { vi: 'Đang thực hiện', en: 'In progress' },
  suspended: { vi: 'Tạm dừng', en: 'Suspended' },
  completed: { vi: 'Hoàn thành', en: 'Completed' },
  ended_early: { vi: 'Chấm dứt trước thời hạn', en: 'Ended early' },
  cancelled: { vi: 'Hủy', en: 'Cancelled' },
};

/** Why a measure ended before its term (`quit`: tự ý chấm dứt, which opens the BLHS Điều 256a window). */
export const measureEndReasons = [
  'quit',
  'replaced',
  'exempted',
  'prosecuted',
  'moved',
  'died',
  'other',
] as const;
export const measureEndReason = z.enum(measureEndReasons);
export type MeasureEndReason = z.infer<typeof measureEndReason>;
export const measureEndReasonLabel: Labels<MeasureEndReason> = {
  quit: { vi: 'Tự ý chấm dứt', en: 'Quit' },
  replaced: { vi: 'Chuyển biện pháp khác', en: 'Replaced by another measure' },
  exempted: { vi: 'Miễn chấp hành phần còn lại', en: 'Remaining term exempted' },
  prosecuted: { vi: 'Bị truy cứu trách nhiệm hình sự', en: 'Prosecuted' },
  moved: { vi: 'Chuyển nơi cư trú', en: 'Moved away' },
  died: { vi: 'Chết', en: 'Died' },
  other: { vi: 'Lý do khác', en: 'Other' },
};

/** The law regime a measure is decided under, chosen by its decision date. */
export const lawRegimes = ['luat_73_2021', 'luat_120_2025'] as const;
export const lawRegime = z.enum(lawRegimes);
export type LawRegime = z.infer<typeof lawRegime>;
export const lawRegimeLabel: Labels<LawRegime> = {
  luat_73_2021: { vi: 'Luật Phòng, chống ma túy 73/2021/QH14', en: 'Drug Control Law 73/2021/QH14' },
  luat_120_2025: { vi: 'Luật Phòng, chống ma túy 120/2025/QH15', en: 'Drug Control Law 120/2025/QH15' },
};

/** Alerts of a person's file (computed by the domain on a day, never stored). */
export const personAlertKinds = [
  'measure_ending',
  'measure_end_passed',
  'review_overdue',
  'management_due',
  'determination_due',
  'positive_during_rehab',
  'art256a_window',
  'art256a_use',
] as const;
export const personAlertKind = z.enum(personAlertKinds);
export type PersonAlertKind = z.infer<typeof personAlertKind>;

/** Age bands of the national statistical regime (QĐ 127/2009 amended by QĐ 13/2019). */
export const ageBands = ['under_14', '14_to_16', '16_to_18', '18_to_30', '30_plus', 'unknown'] as const;
export const ageBand = z.enum(ageBands);
export type AgeBand = z.infer<typeof ageBand>;
export const ageBandLabel: Labels<AgeBand> = {
  under_14: { vi: 'Dưới 14 tuổi', en: 'Under 14' },
  '14_to_16': { vi: 'Từ 14 đến dưới 16 tuổi', en: '14 to under 16' },
  '16_to_18': { vi: 'Từ 16 đến dưới 18 tuổi', en: '16 to under 18' },
  '18_to_30': { vi: 'Từ 18 đến dưới 30 tuổi', en: '18 to under 30' },
  '30_plus': { vi: 'Từ 30 tuổi trở lên', en: '30 and over' },
  unknown: { vi: 'Chưa rõ năm sinh', en: 'Birth year unknown' },
};
