import type { BilingualText, ClassificationRuleSet, CountIndicatorName, CriterionRule } from './types.ts';

/**
 * The built-in rule sets (DOMAIN.md b4; reference/legal-notes.md 1.2 and 1.3). What was read in a retrieved text
 * is 'confirmed'; what comes from translations of press summaries is 'likely'; the rest are placeholders marked
 * 'unconfirmed' that the province replaces through configuration (overrideRuleSet). docs/CLASSIFICATION.md lists
 * every value.
 */

const hotspotAndPlantFree: readonly CountIndicatorName[] = [
  'personsWithRecords',
  'addicts',
  'drugUseVenueCount',
  'activeSpots',
  'activeGatherings',
  'arrestedOffenders',
  'plantCount',
  'plantAreaM2',
];

const drugFreeNote: BilingualText = {
  vi: 'Tiêu chí địa bàn không ma túy chưa có văn bản gốc: mặc định là không có người nghiện, người sử dụng có hồ sơ, không có điểm, tụ điểm, địa điểm chứa chấp, người phạm tội bị bắt và cây có chứa chất ma túy trong kỳ. Việc duy trì trong một thời gian và việc công nhận của cấp có thẩm quyền nằm ngoài phép xếp loại một kỳ.',
  en: 'Drug-free criteria not retrieved: by default no addicts or users on record, no spots, gathering places or use venues, no drug offenders arrested and no narcotic plants in the period. Keeping that state for a time and recognition by the competent authority are outside a single-period classification.',
};

// ---- QĐ 3122/2010/QĐ-BCA -------------------------------------------------------------------------------------

const addicts3122 = (
  min: number,
  below: number | null,
  confidence: CriterionRule['confidence'],
): CriterionRule => ({
  id: 'addicts',
  clause: 'a',
  label: { vi: 'Người nghiện ma túy có hồ sơ quản lý', en: 'Addicts with management files' },
  confidence,
  test: { kind: 'count', indicators: ['addicts'], min, below },
});

const gatherings3122 = (
  min: number,
  below: number | null,
  confidence: CriterionRule['confidence'],
): CriterionRule => ({
  id: 'gatherings',
  clause: 'b',
  label: { vi: 'Tụ điểm tệ nạn ma túy', en: 'Drug gathering places' },
  confidence,
  test: { kind: 'count', indicators: ['activeGatherings'], min, below },
});

const plants3122 = (
  minAreaM2: number,
  belowAreaM2: number | null,
  confidence: CriterionRule['confidence'],
): CriterionRule => ({
  id: 'plants',
  clause: 'c',
  label: { vi: 'Diện tích cây có chứa chất ma túy', en: 'Area of narcotic plants' },
  confidence,
  test: { kind: 'plants', minCount: null, minAreaM2, belowCount: null, belowAreaM2 },
});

export const qd3122RuleSet: ClassificationRuleSet = {
  id: 'qd-3122-2010',
  version: '1',
  title: {
    vi: 'Tiêu chí phân loại xã, phường, thị trấn trọng điểm về ma túy (QĐ 3122/2010/QĐ-BCA)',
    en: 'Criteria for classifying key drug communes (Decision 3122/2010/QĐ-BCA)',
  },
  legalSource: {
    document: 'QĐ 3122/2010/QĐ-BCA',
    signedOn: '2010-08-09',
    issuer: { vi: 'Bộ Công an', en: 'Ministry of Public Security' },
    reference: 'reference/legal-notes.md §1.2 (luatminhkhue.vn)',
  },
  // Signing date taken as the start (effective date not retrieved). No end: QĐ 28/2025 takes over from its start.
  effectiveFrom: '2010-08-09',
  effectiveTo: null,
  effectiveFromConfidence: 'likely',
  bandMode: 'at_or_above',
  classes: {
    class_1: {
      minCriteriaMet: 1,
      minCriteriaConfidence: 'confirmed',
      criteria: [
        addicts3122(100, null, 'confirmed'),
        gatherings3122(5, null, 'confirmed'),
        plants3122(2000, null, 'confirmed'),
      ],
    },
    class_2: {
      minCriteriaMet: 1,
      minCriteriaConfidence: 'unconfirmed',
      criteria: [
        addicts3122(50, 100, 'unconfirmed'),
        gatherings3122(3, 5, 'unconfirmed'),
        plants3122(1000, 2000, 'unconfirmed'),
      ],
    },
    class_3: {
      minCriteriaMet: 1,
      minCriteriaConfidence: 'unconfirmed',
      criteria: [
        addicts3122(20, 50, 'unconfirmed'),
        gatherings3122(1, 3, 'unconfirmed'),
        plants3122(500, 1000, 'unconfirmed'),
      ],
    },
  },
  drugFree: { zeroIndicators: hotspotAndPlantFree, confidence: 'unconfirmed', note: drugFreeNote },
  configured: false,
  notes: {
    vi: 'Loại I (một trong các tiêu chí: ≥ 100 người nghiện có hồ sơ; ≥ 5 tụ điểm; cây có chứa chất ma túy từ 2.000 m²) đã xác nhận; văn bản có thể còn tiêu chí khác bị cắt. Ngưỡng loại II, III chưa xác nhận, là cấu hình.',
    en: 'Class I (any one of: ≥ 100 addicts on file; ≥ 5 gathering places; narcotic plants from 2,000 m²) is confirmed; the text may list further criteria that were cut off. Class II and III bands are unconfirmed configuration.',
  },
};

// ---- QĐ 28/2025/QĐ-TTg ---------------------------------------------------------------------------------------

const rateRecords28 = (
  minPercent: number,
  belowPercent: number | null,
  confidence: CriterionRule['confidence'],
): CriterionRule => ({
  id: 'rate_records',
  clause: 'a',
  label: {
    vi: 'Tỷ lệ người nghiện, người sử dụng trái phép chất ma túy có hồ sơ quản lý / dân số',
    en: 'Addicts and illicit users with management files per resident population',
  },
  confidence,
  test: { kind: 'rate', indicators: ['personsWithRecords'], minPercent, belowPercent },
});

const useVenues28 = (
  min: number,
  below: number | null,
  confidence: CriterionRule['confidence'],
): CriterionRule => ({
  id: 'use_venues',
  clause: 'b',
  label: {
    vi: 'Địa điểm tổ chức, chứa chấp việc sử dụng trái phép chất ma túy',
    en: 'Places organising or harbouring illicit drug use',
  },
  confidence,
  test: { kind: 'count', indicators: ['drugUseVenueCount'], min, below },
});

const rateArrested28 = (
  minPercent: number,
  belowPercent: number | null,
  confidence: CriterionRule['confidence'],
): CriterionRule => ({
  id: 'rate_arrested',
  clause: 'c',
  label: {
    vi: 'Tỷ lệ người phạm tội về ma túy bị bắt giữ / dân số',
    en: 'Drug offenders arrested per resident population',
  },
  confidence,
  test: { kind: 'rate', indicators: ['arrestedOffenders'], minPercent, belowPercent },
});

const plants28 = (
  t: { minCount: number; minAreaM2: number; belowCount: number | null; belowAreaM2: number | null },
  confidence: CriterionRule['confidence'],
): CriterionRule => ({
  id: 'plants',
  clause: 'd',
  label: {
    vi: 'Cây có chứa chất ma túy bị phát hiện, triệt phá (số cây hoặc diện tích)',
    en: 'Narcotic plants discovered and destroyed (count or area)',
  },
  confidence,
  test: { kind: 'plants', ...t },
});

const route28: CriterionRule = {
  id: 'route',
  clause: 'đ',
  label: {
    vi: 'Đạt ít nhất 2 tiêu chí loại III trở lên và nằm trên tuyến trọng điểm phức tạp về ma túy',
    en: 'Meets at least 2 class III (or higher) criteria and lies on a key drug route',
  },
  confidence: 'likely',
  test: { kind: 'route', ofClass: 'class_3', minCriteria: 2 },
};

/**
 * QĐ 28/2025/QĐ-TTg was signed on 24/8/2025; its effective date was not retrieved. The signing date is the
 * default start (configuration: overrideRuleSet(qd28RuleSet, { effectiveFrom: '…' })).
 */
export const qd28DefaultEffectiveFrom = '2025-08-24';

export const qd28RuleSet: ClassificationRuleSet = {
  id: 'qd-28-2025',
  version: '1',
  title: {
    vi: 'Tiêu chí xác định tuyến, địa bàn trọng điểm phức tạp về ma túy, địa bàn không ma túy (QĐ 28/2025/QĐ-TTg)',
    en: 'Criteria for key drug routes, key complex drug areas and drug-free areas (Decision 28/2025/QĐ-TTg)',
  },
  legalSource: {
    document: 'QĐ 28/2025/QĐ-TTg',
    signedOn: '2025-08-24',
    issuer: { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
    reference:
      'reference/legal-notes.md §1.3 (Báo Chính phủ 25/08/2025 via translations; Hà Nội KH 290/KH-UBND)',
  },
  effectiveFrom: qd28DefaultEffectiveFrom,
  effectiveTo: null,
  effectiveFromConfidence: 'unconfirmed',
  bandMode: 'at_or_above',
  classes: {
    class_1: {
      minCriteriaMet: 3,
      minCriteriaConfidence: 'likely',
      criteria: [
        rateRecords28(0.5, null, 'likely'),
        useVenues28(2, null, 'likely'),
        rateArrested28(0.1, null, 'likely'),
        plants28({ minCount: 3000, minAreaM2: 750, belowCount: null, belowAreaM2: null }, 'likely'),
        route28,
      ],
    },
    class_2: {
      minCriteriaMet: 3,
      minCriteriaConfidence: 'likely',
      criteria: [
        // Upper bound 0,5 % likely; lower bound 0,3 % unconfirmed → the criterion is as weak as its weakest value.
        rateRecords28(0.3, 0.5, 'unconfirmed'),
        useVenues28(1, 2, 'likely'),
        rateArrested28(0.05, 0.1, 'likely'),
        // 125–< 750 m² likely; the plant-count band (500 = BLHS Điều 247 khoản 1) unconfirmed.
        plants28({ minCount: 500, minAreaM2: 125, belowCount: 3000, belowAreaM2: 750 }, 'unconfirmed'),
        route28,
      ],
    },
    class_3: {
      minCriteriaMet: 1,
      minCriteriaConfidence: 'likely',
      // Loại III list not retrieved: placeholders about one step below the loại II lower bounds.
      criteria: [
        rateRecords28(0.1, 0.3, 'unconfirmed'),
        rateArrested28(0.02, 0.05, 'unconfirmed'),
        plants28({ minCount: 100, minAreaM2: 25, belowCount: 500, belowAreaM2: 125 }, 'unconfirmed'),
      ],
    },
  },
  drugFree: { zeroIndicators: hotspotAndPlantFree, confidence: 'unconfirmed', note: drugFreeNote },
  configured: false,
  notes: {
    vi: 'Loại I (ít nhất 3 tiêu chí) theo bản dịch bài Báo Chính phủ: khả năng cao. Khoảng loại II một phần; loại III, tiêu chí không ma túy và ngày hiệu lực chưa xác nhận, là cấu hình (mặc định hiệu lực từ ngày ký 24/8/2025).',
    en: 'Class I (at least 3 criteria) from translations of the Government newspaper article: likely. Class II bands partly; class III, drug-free criteria and the effective date unconfirmed configuration (default start: signing date 24/8/2025).',
  },
};

export const defaultRuleSets: readonly ClassificationRuleSet[] = [qd3122RuleSet, qd28RuleSet];

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written yyyy-mm-dd. */
export function isIsoDate(s: string): boolean {
  if (!isoDate.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * The rule set in force on `date` (ISO yyyy-mm-dd): among the sets whose period contains the date, the one that
 * started last (a later decision replaces an open-ended earlier one). null before the first set.
 */
export function ruleSetFor(
  date: string,
  sets: readonly ClassificationRuleSet[] = defaultRuleSets,
): ClassificationRuleSet | null {
  if (!isIsoDate(date))
    throw new RangeError(`Ngày không hợp lệ (cần yyyy-mm-dd) / invalid date (yyyy-mm-dd expected): ${date}`);
  let best: ClassificationRuleSet | null = null;
  for (const s of sets) {
    if (s.effectiveFrom > date) continue;
    if (s.effectiveTo !== null && s.effectiveTo < date) continue;
    if (best === null || s.effectiveFrom > best.effectiveFrom) best = s;
  }
  return best;
}
