import {
  compareRate,
  formatNumberEn,
  formatNumberVi,
  scaled,
  truncatedPercent,
} from '../classification/format.ts';
import type { BilingualText, CommuneClass, Confidence } from '../classification/types.ts';

/**
 * Target indicators (chỉ tiêu) of the national drug programme to 2030 and of the province, as configuration with
 * their legal source and confidence (reference/legal-notes.md, reference/vn-systems.md), and the progress of a
 * live figure against one of them.
 */

export type TargetDirection = 'at_least' | 'at_most';
export type TargetUnit = 'percent' | 'count';
/** Where the figure can be computed: for the whole province and/or per commune. */
export type TargetLevel = 'province' | 'commune';

export type TargetIndicator = {
  id: string;
  scope: 'national' | 'province';
  levels: readonly TargetLevel[];
  title: BilingualText;
  /** How the live figure is computed (numerator / denominator for percentages). */
  measure: BilingualText;
  unit: TargetUnit;
  direction: TargetDirection;
  /** true: strictly above / below the target ("trên 80 %", "dưới 1 %"); false: at least / at most. */
  strict: boolean;
  target: number;
  /** The year the target is due (31/12 of that year); null = every year. */
  byYear: number | null;
  legalSource: { documents: readonly string[]; signedOn: string | null; reference: string };
  confidence: Confidence;
  /** True when set by the province's configuration rather than by the national documents. */
  configured: boolean;
};

const kl132: TargetIndicator['legalSource'] = {
  documents: ['KL 132-KL/TW', 'NQ 93/NQ-CP'],
  signedOn: '2025-03-18',
  reference: 'reference/legal-notes.md §1.1; reference/vn-systems.md (Targets)',
};
const nq163: TargetIndicator['legalSource'] = {
  documents: ['NQ 163/2024/QH15', 'QĐ 7619/QĐ-BCA'],
  signedOn: '2024-11-27',
  reference: 'reference/vn-systems.md (Targets); reference/legal-notes.md §1.1',
};
const qd1452: TargetIndicator['legalSource'] = {
  documents: ['QĐ 1452/QĐ-TTg'],
  signedOn: '2021-08-31',
  reference: 'reference/legal-notes.md §1.1 and §9.4 (pbgdpl.camau.gov.vn summary)',
};

const national = (t: Omit<TargetIndicator, 'scope' | 'configured'>): TargetIndicator => ({
  ...t,
  scope: 'national',
  configured: false,
});

/** National targets. Values from summaries of the documents ('likely'); none retrieved in full text. */
export const nationalTargets: readonly TargetIndicator[] = [
  national({
    id: 'drug_free_communes_2030',
    levels: ['province'],
    title: { vi: 'Tỷ lệ xã, phường, đặc khu không ma túy', en: 'Share of drug-free commune-level units' },
    measure: {
      vi: 'Số xã, phường, đặc khu không ma túy / tổng số đơn vị cấp xã',
      en: 'Drug-free commune-level units / all commune-level units',
    },
    unit: 'percent',
    direction: 'at_least',
    strict: false,
    target: 50,
    byYear: 2030,
    legalSource: kl132,
    confidence: 'likely',
  }),
  national({
    id: 'addict_growth',
    levels: ['province', 'commune'],
    title: { vi: 'Tốc độ tăng số người nghiện ma túy', en: 'Growth of the number of addicts' },
    measure: {
      vi: '(Số người nghiện có hồ sơ năm nay − năm trước) / năm trước',
      en: '(Addicts on file this year − last year) / last year',
    },
    unit: 'percent',
    direction: 'at_most',
    strict: true,
    target: 1,
    byYear: null,
    legalSource: nq163,
    confidence: 'likely',
  }),
  national({
    id: 'addicts_counselled',
    levels: ['province', 'commune'],
    title: {
      vi: 'Tỷ lệ người nghiện được tư vấn, điều trị, cai nghiện',
      en: 'Share of addicts counselled, treated or in rehabilitation',
    },
    measure: {
      vi: 'Người nghiện được tư vấn, điều trị, cai nghiện / người nghiện có hồ sơ',
      en: 'Addicts counselled, treated or in rehab / addicts on file',
    },
    unit: 'percent',
    direction: 'at_least',
    strict: false,
    target: 80,
    byYear: 2030,
    legalSource: nq163,
    confidence: 'likely',
  }),
  national({
    id: 'post_rehab_supported',
    levels: ['province', 'commune'],
    title: { vi: 'Tỷ lệ người sau cai nghiện được hỗ trợ', en: 'Share of post-rehab persons supported' },
    measure: {
      vi: 'Người sau cai được hỗ trợ / người sau cai đang quản lý',
      en: 'Post-rehab persons supported / post-rehab persons under management',
    },
    unit: 'percent',
    direction: 'at_least',
    strict: false,
    target: 90,
    byYear: 2030,
    legalSource: nq163,
    confidence: 'likely',
  }),
  national({
    id: 'drug_use_places_eliminated',
    levels: ['province', 'commune'],
    title: {
      vi: 'Tỷ lệ địa điểm, tụ điểm sử dụng trái phép chất ma túy được phát hiện, triệt xóa',
      en: 'Share of drug-use places detected and eliminated',
    },
    measure: {
      vi: 'Điểm, tụ điểm đã triệt xóa / điểm, tụ điểm đã phát hiện',
      en: 'Hotspots eliminated / hotspots detected',
    },
    unit: 'percent',
    direction: 'at_least',
    strict: false,
    target: 100,
    byYear: 2030,
    legalSource: nq163,
    confidence: 'likely',
  }),
  national({
    id: 'hotspots_eliminated_2025',
    levels: ['province', 'commune'],
    title: {
      vi: 'Tỷ lệ "điểm nóng" về ma túy được triệt xóa (đến năm 2025)',
      en: 'Share of drug "hot spots" eliminated (by 2025)',
    },
    measure: {
      vi: 'Điểm, tụ điểm đã triệt xóa / điểm, tụ điểm đã phát hiện',
      en: 'Hotspots eliminated / hotspots detected',
    },
    unit: 'percent',
    direction: 'at_least',
    strict: true,
    target: 80,
    byYear: 2025,
    legalSource: qd1452,
    confidence: 'likely',
  }),
  national({
    id: 'drug_crimes_detected_growth',
    levels: ['province'],
    title: { vi: 'Tăng số vụ phạm tội về ma túy phát hiện', en: 'Growth of drug crimes detected' },
    measure: {
      vi: '(Số vụ phát hiện năm nay − năm trước) / năm trước',
      en: '(Cases detected this year − last year) / last year',
    },
    unit: 'percent',
    direction: 'at_least',
    strict: false,
    target: 5,
    byYear: 2025,
    legalSource: qd1452,
    confidence: 'likely',
  }),
  national({
    id: 'drug_cases_resolved',
    levels: ['province'],
    title: { vi: 'Tỷ lệ vụ án ma túy được giải quyết, xét xử', en: 'Share of drug cases resolved or tried' },
    measure: {
      vi: 'Vụ án đã giải quyết, xét xử / vụ án thụ lý',
      en: 'Cases resolved or tried / cases accepted',
    },
    unit: 'percent',
    direction: 'at_least',
    strict: true,
    target: 90,
    byYear: 2025,
    legalSource: qd1452,
    confidence: 'likely',
  }),
];

/**
 * Province defaults until KH 3220/KH-UBND's targets are known (not retrieved): no new and no re-formed hotspots
 * in the year (QĐ 1452's "không để hình thành các điểm, tụ điểm phức tạp"), as configuration. The province's
 * registered annual targets (KL 132-KL/TW) are added with defineTarget.
 */
export const defaultProvinceTargets: readonly TargetIndicator[] = [
  {
    id: 'province_no_new_hotspots',
    scope: 'province',
    levels: ['province', 'commune'],
    title: { vi: 'Không để hình thành điểm, tụ điểm mới', en: 'No new hotspots formed' },
    measure: { vi: 'Số điểm, tụ điểm mới phát hiện trong năm', en: 'New hotspots detected in the year' },
    unit: 'count',
    direction: 'at_most',
    strict: false,
    target: 0,
    byYear: null,
    legalSource: qd1452,
    confidence: 'unconfirmed',
    configured: true,
  },
  {
    id: 'province_no_reformed_hotspots',
    scope: 'province',
    levels: ['province', 'commune'],
    title: { vi: 'Không để điểm, tụ điểm tái hoạt động', en: 'No hotspot re-formed' },
    measure: { vi: 'Số lần điểm, tụ điểm tái hoạt động trong năm', en: 'Hotspot re-formations in the year' },
    unit: 'count',
    direction: 'at_most',
    strict: false,
    target: 0,
    byYear: null,
    legalSource: qd1452,
    confidence: 'unconfirmed',
    configured: true,
  },
];

export const defaultTargets: readonly TargetIndicator[] = [...nationalTargets, ...defaultProvinceTargets];

export type TargetIssue = { path: string } & BilingualText;

export class TargetConfigError extends Error {
  readonly issues: readonly TargetIssue[];
  constructor(issues: readonly TargetIssue[]) {
    super(issues.map((i) => i.vi).join('; '));
    this.name = 'TargetConfigError';
    this.issues = issues;
  }
}

/** Problems of a configured target (province's registered annual targets); empty = valid. */
export function validateTarget(t: TargetIndicator): TargetIssue[] {
  const issues: TargetIssue[] = [];
  const name = t.title?.vi || t.id;
  const nameEn = t.title?.en || t.id;
  if (!t.id || !/^[a-z0-9_]+$/.test(t.id)) {
    issues.push({
      path: 'id',
      vi: 'Mã chỉ tiêu chỉ gồm chữ thường, số và dấu gạch dưới',
      en: 'Target id may contain only lower-case letters, digits and underscores',
    });
  }
  if (!t.title?.vi || !t.title?.en) {
    issues.push({
      path: 'title',
      vi: 'Chỉ tiêu cần tên tiếng Việt và tiếng Anh',
      en: 'A target needs a Vietnamese and an English title',
    });
  }
  if (typeof t.target !== 'number' || !Number.isFinite(t.target) || t.target < 0) {
    issues.push({
      path: 'target',
      vi: `Giá trị chỉ tiêu «${name}» phải là số không âm`,
      en: `The value of target "${nameEn}" must be a non-negative number`,
    });
  } else if (t.unit === 'percent' && t.target > 100 && t.direction === 'at_least') {
    issues.push({
      path: 'target',
      vi: `Chỉ tiêu «${name}» là tỷ lệ phần trăm, không vượt quá 100`,
      en: `Target "${nameEn}" is a percentage, at most 100`,
    });
  }
  if (t.unit !== 'percent' && t.unit !== 'count') {
    issues.push({
      path: 'unit',
      vi: `Đơn vị của chỉ tiêu «${name}» phải là "percent" hoặc "count"`,
      en: `The unit of target "${nameEn}" must be "percent" or "count"`,
    });
  }
  if (t.direction !== 'at_least' && t.direction !== 'at_most') {
    issues.push({
      path: 'direction',
      vi: `Chiều của chỉ tiêu «${name}» phải là "at_least" (ít nhất) hoặc "at_most" (nhiều nhất)`,
      en: `The direction of target "${nameEn}" must be "at_least" or "at_most"`,
    });
  }
  if (t.byYear !== null && (!Number.isInteger(t.byYear) || t.byYear < 2000 || t.byYear > 2100)) {
    issues.push({
      path: 'byYear',
      vi: `Năm hoàn thành chỉ tiêu «${name}» không hợp lệ`,
      en: `The due year of target "${nameEn}" is not valid`,
    });
  }
  return issues;
}

/** A province target from configuration, checked; marked configured. Throws TargetConfigError. */
export function defineTarget(
  t: Omit<TargetIndicator, 'configured' | 'scope'> & { scope?: TargetIndicator['scope'] },
): TargetIndicator {
  const target: TargetIndicator = { ...t, scope: t.scope ?? 'province', configured: true };
  const issues = validateTarget(target);
  if (issues.length) throw new TargetConfigError(issues);
  return target;
}

/** A live figure: a number (count or percent), a fraction (computed exactly), or null = no data. */
export type TargetActual = number | { numerator: number; denominator: number } | null;

export type TargetProgress = {
  targetId: string;
  /** The live figure (a percent for a fraction); null when there is no data or the denominator is 0. */
  value: number | null;
  target: number;
  direction: TargetDirection;
  strict: boolean;
  met: boolean | null;
  /** value / target (null when either is missing or the target is 0). For 'at most' targets ≤ 1 is good. */
  ratio: number | null;
  status: 'met' | 'not_met' | 'no_data';
  statement: BilingualText;
};

function compareActual(actual: Exclude<TargetActual, null>, target: number): -1 | 0 | 1 {
  if (typeof actual === 'number') {
    const a = scaled(actual);
    const b = scaled(target);
    return a < b ? -1 : a > b ? 1 : 0;
  }
  return compareRate(actual.numerator, actual.denominator, target);
}

/** The progress of a live figure against a target; a fraction is compared exactly (50/100 is 50 %, met). */
export function targetProgress(target: TargetIndicator, actual: TargetActual): TargetProgress {
  const unitVi = target.unit === 'percent' ? ' %' : '';
  const unitEn = target.unit === 'percent' ? '%' : '';
  const sign = { at_least: target.strict ? '>' : '≥', at_most: target.strict ? '<' : '≤' }[target.direction];
  const goal = {
    vi: `chỉ tiêu ${sign} ${formatNumberVi(target.target, 6)}${unitVi}`,
    en: `target ${sign} ${formatNumberEn(target.target, 6)}${unitEn}`,
  };
  const noData =
    actual === null ||
    (typeof actual === 'number' && !Number.isFinite(actual)) ||
    (typeof actual === 'object' && !(actual.denominator > 0 && Number.isFinite(actual.numerator)));
  if (noData) {
    const zeroDen = actual !== null && typeof actual === 'object' && actual.denominator === 0;
    return {
      targetId: target.id,
      value: null,
      target: target.target,
      direction: target.direction,
      strict: target.strict,
      met: null,
      ratio: null,
      status: 'no_data',
      statement: zeroDen
        ? {
            vi: `Mẫu số bằng 0 — không tính được tỷ lệ (${goal.vi})`,
            en: `Denominator is 0 — no rate (${goal.en})`,
          }
        : { vi: `Chưa có số liệu (${goal.vi})`, en: `No data (${goal.en})` },
    };
  }
  const cmp = compareActual(actual, target.target);
  const met =
    target.direction === 'at_least'
      ? target.strict
        ? cmp > 0
        : cmp >= 0
      : target.strict
        ? cmp < 0
        : cmp <= 0;
  const value = typeof actual === 'number' ? actual : (actual.numerator * 100) / actual.denominator;
  // Shown truncated so the text never contradicts `met` (79,999 % is not shown as 80 %).
  const shown =
    typeof actual === 'number' ? actual : truncatedPercent(actual.numerator, actual.denominator, 2);
  return {
    targetId: target.id,
    value,
    target: target.target,
    direction: target.direction,
    strict: target.strict,
    met,
    ratio: target.target === 0 ? null : value / target.target,
    status: met ? 'met' : 'not_met',
    statement: {
      vi: `${formatNumberVi(shown)}${unitVi}: ${met ? 'đạt' : 'chưa đạt'} ${goal.vi}`,
      en: `${formatNumberEn(shown)}${unitEn}: ${met ? 'meets' : 'does not meet'} ${goal.en}`,
    },
  };
}

/** Year-on-year growth as an exact fraction, for growth targets: (current − previous) / previous. */
export function growth(previous: number | null, current: number | null): TargetActual {
  if (previous === null || current === null) return null;
  return { numerator: current - previous, denominator: previous };
}

export type CommuneClassCounts = Record<CommuneClass, number> & {
  total: number;
  /** Drug-free communes over all communes (not_classified included in the total): for the 50 % target. */
  drugFreeShare: { numerator: number; denominator: number };
};

/** Communes per class for a province view, and the drug-free share as a fraction for targetProgress. */
export function communeClassCounts(results: readonly { communeClass: CommuneClass }[]): CommuneClassCounts {
  const counts: Record<CommuneClass, number> = {
    class_1: 0,
    class_2: 0,
    class_3: 0,
    drug_free: 0,
    none: 0,
    not_classified: 0,
  };
  for (const r of results) counts[r.communeClass] += 1;
  return {
    ...counts,
    total: results.length,
    drugFreeShare: { numerator: counts.drug_free, denominator: results.length },
  };
}
