import { hasAtMostDecimals, percentScaleDigits } from './format.ts';
import { isIsoDate } from './rule-sets.ts';
import type {
  BilingualText,
  ClassificationRuleSet,
  ClassRule,
  CountIndicatorName,
  CriterionRule,
  CriterionTest,
  KeyClass,
} from './types.ts';
import { indicatorNames, keyClasses } from './types.ts';

/**
 * Configuration overrides of a rule set: the province replaces unconfirmed thresholds (or the effective date) once
 * it has the text. The result is a new rule set whose version carries a tag ('1+cau-hinh'), so classifications
 * made under it are told apart from the built-in values. Every value is checked; an error names the threshold
 * in Vietnamese and English.
 */

/** Any threshold field of a criterion test; only the fields of the criterion's kind are accepted. */
export type CriterionOverride = {
  indicators?: readonly CountIndicatorName[];
  min?: number;
  below?: number | null;
  minPercent?: number;
  belowPercent?: number | null;
  minCount?: number | null;
  minAreaM2?: number | null;
  belowCount?: number | null;
  belowAreaM2?: number | null;
  minCriteria?: number;
};

export type RuleSetOverride = {
  effectiveFrom?: string;
  effectiveTo?: string | null;
  bandMode?: ClassificationRuleSet['bandMode'];
  classes?: Partial<
    Record<KeyClass, { minCriteriaMet?: number; criteria?: Readonly<Record<string, CriterionOverride>> }>
  >;
  drugFree?: { zeroIndicators?: readonly CountIndicatorName[] };
};

export type RuleSetOverrideIssue = { path: string } & BilingualText;

export class RuleSetOverrideError extends Error {
  readonly issues: readonly RuleSetOverrideIssue[];
  constructor(issues: readonly RuleSetOverrideIssue[]) {
    super(issues.map((i) => i.vi).join('; '));
    this.name = 'RuleSetOverrideError';
    this.issues = issues;
  }
}

const fieldsByKind: Readonly<Record<CriterionTest['kind'], readonly (keyof CriterionOverride)[]>> = {
  count: ['indicators', 'min', 'below'],
  rate: ['indicators', 'minPercent', 'belowPercent'],
  plants: ['minCount', 'minAreaM2', 'belowCount', 'belowAreaM2'],
  route: ['minCriteria'],
};

const classVi: Readonly<Record<KeyClass, string>> = {
  class_1: 'loại I',
  class_2: 'loại II',
  class_3: 'loại III',
};
const classEn: Readonly<Record<KeyClass, string>> = {
  class_1: 'class I',
  class_2: 'class II',
  class_3: 'class III',
};

const countNames = indicatorNames.filter(
  (n) => n !== 'population' && n !== 'onKeyRoute',
) as CountIndicatorName[];
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks one numeric field; returns the issue or null. */
function checkNumber(
  value: unknown,
  field: keyof CriterionOverride,
  nullable: boolean,
  name: BilingualText,
  path: string,
): RuleSetOverrideIssue | null {
  if (value === null && nullable) return null;
  const integer =
    field === 'min' ||
    field === 'below' ||
    field === 'minCount' ||
    field === 'belowCount' ||
    field === 'minCriteria';
  const percent = field === 'minPercent' || field === 'belowPercent';
  const bad = (vi: string, en: string): RuleSetOverrideIssue => ({
    path,
    vi: `Ngưỡng «${name.vi}» (${path}) ${vi}`,
    en: `Threshold "${name.en}" (${path}) ${en}`,
  });
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return bad(
      nullable ? 'phải là một số hoặc để trống (null)' : 'phải là một số',
      nullable ? 'must be a number or null' : 'must be a number',
    );
  }
  if (value < 0) return bad('không được âm', 'must not be negative');
  if (integer && !Number.isInteger(value)) return bad('phải là số nguyên', 'must be a whole number');
  if (percent && value > 100)
    return bad('là tỷ lệ phần trăm, không được vượt quá 100', 'is a percentage, at most 100');
  if (percent && !hasAtMostDecimals(value)) {
    return bad(
      `có tối đa ${percentScaleDigits} chữ số thập phân`,
      `may have at most ${percentScaleDigits} decimals`,
    );
  }
  if (field === 'minCriteria' && value < 1) return bad('phải ít nhất là 1', 'must be at least 1');
  return null;
}

function applyCriterion(rule: CriterionRule, o: CriterionOverride): CriterionRule {
  return { ...rule, test: { ...rule.test, ...o } as CriterionTest, configured: true };
}

function lowerBounds(t: CriterionTest): number[] {
  switch (t.kind) {
    case 'count':
      return [t.min];
    case 'rate':
      return [t.minPercent];
    case 'plants':
      return [t.minCount ?? Number.NaN, t.minAreaM2 ?? Number.NaN];
    case 'route':
      return [];
  }
}

/** Issues of a merged rule set: bands ordered (min < below), classes ordered (loại I ≥ loại II ≥ loại III). */
function checkMerged(rs: ClassificationRuleSet): RuleSetOverrideIssue[] {
  const issues: RuleSetOverrideIssue[] = [];
  if (rs.effectiveTo !== null && rs.effectiveTo < rs.effectiveFrom) {
    issues.push({
      path: 'effectiveTo',
      vi: 'Ngày hết hiệu lực (effectiveTo) không được trước ngày bắt đầu hiệu lực (effectiveFrom)',
      en: 'effectiveTo must not be before effectiveFrom',
    });
  }
  for (const level of keyClasses) {
    const cls = rs.classes[level];
    for (const c of cls.criteria) {
      const t = c.test;
      const path = `classes.${level}.criteria.${c.id}`;
      const pairs: [number | null | undefined, number | null | undefined, string][] =
        t.kind === 'count'
          ? [[t.min, t.below, 'below']]
          : t.kind === 'rate'
            ? [[t.minPercent, t.belowPercent, 'belowPercent']]
            : t.kind === 'plants'
              ? [
                  [t.minCount, t.belowCount, 'belowCount'],
                  [t.minAreaM2, t.belowAreaM2, 'belowAreaM2'],
                ]
              : [];
      for (const [min, below, field] of pairs) {
        if (min !== null && min !== undefined && below !== null && below !== undefined && below <= min) {
          issues.push({
            path: `${path}.${field}`,
            vi: `Ngưỡng «${c.label.vi}» của ${classVi[level]}: cận trên (${below}) phải lớn hơn cận dưới (${min})`,
            en: `Threshold "${c.label.en}" of ${classEn[level]}: the upper bound (${below}) must exceed the lower bound (${min})`,
          });
        }
      }
      if (t.kind === 'plants' && t.minCount === null && t.minAreaM2 === null) {
        issues.push({
          path,
          vi: `Ngưỡng «${c.label.vi}» của ${classVi[level]}: cần ít nhất số cây hoặc diện tích`,
          en: `Threshold "${c.label.en}" of ${classEn[level]}: needs a plant count or an area`,
        });
      }
      if ((t.kind === 'count' || t.kind === 'rate') && t.indicators.length === 0) {
        issues.push({
          path: `${path}.indicators`,
          vi: `Tiêu chí «${c.label.vi}» của ${classVi[level]} cần ít nhất một chỉ số`,
          en: `Criterion "${c.label.en}" of ${classEn[level]} needs at least one indicator`,
        });
      }
      if (t.kind === 'route') {
        const available = new Set(
          keyClasses
            .slice(0, keyClasses.indexOf(t.ofClass) + 1)
            .flatMap((l) => rs.classes[l].criteria.filter((x) => x.test.kind !== 'route').map((x) => x.id)),
        ).size;
        if (t.minCriteria > available) {
          issues.push({
            path: `${path}.minCriteria`,
            vi: `Ngưỡng «${c.label.vi}» của ${classVi[level]}: cần ${t.minCriteria} tiêu chí nhưng chỉ có ${available}`,
            en: `Threshold "${c.label.en}" of ${classEn[level]}: needs ${t.minCriteria} criteria but only ${available} exist`,
          });
        }
      }
    }
    if (cls.minCriteriaMet > cls.criteria.length) {
      issues.push({
        path: `classes.${level}.minCriteriaMet`,
        vi: `Số tiêu chí phải đạt của ${classVi[level]} (${cls.minCriteriaMet}) lớn hơn số tiêu chí (${cls.criteria.length})`,
        en: `Criteria needed for ${classEn[level]} (${cls.minCriteriaMet}) exceed the criteria listed (${cls.criteria.length})`,
      });
    }
  }
  // A higher class must not be easier to reach than a lower one on the same criterion.
  for (let i = 0; i + 1 < keyClasses.length; i++) {
    const hi = keyClasses[i]!;
    const lo = keyClasses[i + 1]!;
    for (const c of rs.classes[hi].criteria) {
      const other = rs.classes[lo].criteria.find((x) => x.id === c.id);
      if (!other || other.test.kind !== c.test.kind) continue;
      const a = lowerBounds(c.test);
      const b = lowerBounds(other.test);
      if (a.some((v, k) => !Number.isNaN(v) && !Number.isNaN(b[k] ?? Number.NaN) && v < (b[k] as number))) {
        issues.push({
          path: `classes.${hi}.criteria.${c.id}`,
          vi: `Ngưỡng «${c.label.vi}» của ${classVi[hi]} thấp hơn ngưỡng của ${classVi[lo]}`,
          en: `Threshold "${c.label.en}" of ${classEn[hi]} is below that of ${classEn[lo]}`,
        });
      }
    }
  }
  return issues;
}

/** Checks an override (shape and values) against `base`; an empty list means overrideRuleSet will accept it. */
export function validateRuleSetOverride(
  base: ClassificationRuleSet,
  override: unknown,
): RuleSetOverrideIssue[] {
  const issues: RuleSetOverrideIssue[] = [];
  if (!isRecord(override)) {
    return [
      {
        path: '',
        vi: 'Cấu hình bộ tiêu chí phải là một đối tượng',
        en: 'The rule set override must be an object',
      },
    ];
  }
  const unknownKey = (path: string): RuleSetOverrideIssue => ({
    path,
    vi: `Khóa cấu hình không được hỗ trợ: ${path}`,
    en: `Unsupported configuration key: ${path}`,
  });
  for (const k of Object.keys(override)) {
    if (!['effectiveFrom', 'effectiveTo', 'bandMode', 'classes', 'drugFree'].includes(k))
      issues.push(unknownKey(k));
  }
  if (
    override.effectiveFrom !== undefined &&
    !(typeof override.effectiveFrom === 'string' && isIsoDate(override.effectiveFrom))
  ) {
    issues.push({
      path: 'effectiveFrom',
      vi: 'Ngày bắt đầu hiệu lực (effectiveFrom) phải là ngày hợp lệ dạng yyyy-mm-dd',
      en: 'effectiveFrom must be a valid yyyy-mm-dd date',
    });
  }
  if (
    override.effectiveTo !== undefined &&
    override.effectiveTo !== null &&
    !(typeof override.effectiveTo === 'string' && isIsoDate(override.effectiveTo))
  ) {
    issues.push({
      path: 'effectiveTo',
      vi: 'Ngày hết hiệu lực (effectiveTo) phải là ngày hợp lệ dạng yyyy-mm-dd hoặc để trống (null)',
      en: 'effectiveTo must be a valid yyyy-mm-dd date or null',
    });
  }
  if (
    override.bandMode !== undefined &&
    override.bandMode !== 'at_or_above' &&
    override.bandMode !== 'within_band'
  ) {
    issues.push({
      path: 'bandMode',
      vi: 'Cách so khoảng (bandMode) phải là "at_or_above" hoặc "within_band"',
      en: 'bandMode must be "at_or_above" or "within_band"',
    });
  }
  if (override.classes !== undefined) {
    if (!isRecord(override.classes)) {
      issues.push({ path: 'classes', vi: 'classes phải là một đối tượng', en: 'classes must be an object' });
    } else {
      for (const [level, co] of Object.entries(override.classes)) {
        const path = `classes.${level}`;
        if (!keyClasses.includes(level as KeyClass)) {
          issues.push(unknownKey(path));
          continue;
        }
        const cls = base.classes[level as KeyClass];
        if (!isRecord(co)) {
          issues.push({ path, vi: `${path} phải là một đối tượng`, en: `${path} must be an object` });
          continue;
        }
        for (const k of Object.keys(co))
          if (k !== 'minCriteriaMet' && k !== 'criteria') issues.push(unknownKey(`${path}.${k}`));
        if (co.minCriteriaMet !== undefined) {
          const v = co.minCriteriaMet;
          if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
            issues.push({
              path: `${path}.minCriteriaMet`,
              vi: `Số tiêu chí phải đạt của ${classVi[level as KeyClass]} (${path}.minCriteriaMet) phải là số nguyên từ 1`,
              en: `Criteria needed for ${classEn[level as KeyClass]} (${path}.minCriteriaMet) must be a whole number from 1`,
            });
          }
        }
        if (co.criteria === undefined) continue;
        if (!isRecord(co.criteria)) {
          issues.push({
            path: `${path}.criteria`,
            vi: `${path}.criteria phải là một đối tượng`,
            en: `${path}.criteria must be an object`,
          });
          continue;
        }
        for (const [id, o] of Object.entries(co.criteria)) {
          const cpath = `${path}.criteria.${id}`;
          const rule = cls.criteria.find((c) => c.id === id);
          if (!rule) {
            issues.push({
              path: cpath,
              vi: `${classVi[level as KeyClass]} không có tiêu chí "${id}" (có: ${cls.criteria.map((c) => c.id).join(', ')})`,
              en: `${classEn[level as KeyClass]} has no criterion "${id}" (has: ${cls.criteria.map((c) => c.id).join(', ')})`,
            });
            continue;
          }
          if (!isRecord(o)) {
            issues.push({
              path: cpath,
              vi: `${cpath} phải là một đối tượng`,
              en: `${cpath} must be an object`,
            });
            continue;
          }
          const allowed = fieldsByKind[rule.test.kind];
          const name = {
            vi: `${rule.label.vi} — ${classVi[level as KeyClass]}`,
            en: `${rule.label.en} — ${classEn[level as KeyClass]}`,
          };
          for (const [field, value] of Object.entries(o)) {
            const fpath = `${cpath}.${field}`;
            if (!allowed.includes(field as keyof CriterionOverride)) {
              issues.push(unknownKey(fpath));
              continue;
            }
            if (field === 'indicators') {
              if (!Array.isArray(value) || value.some((v) => !countNames.includes(v as CountIndicatorName))) {
                issues.push({
                  path: fpath,
                  vi: `Chỉ số của «${name.vi}» (${fpath}) phải là danh sách trong: ${countNames.join(', ')}`,
                  en: `Indicators of "${name.en}" (${fpath}) must be a list drawn from: ${countNames.join(', ')}`,
                });
              }
              continue;
            }
            const nullable = field.startsWith('below') || field === 'minCount' || field === 'minAreaM2';
            const issue = checkNumber(value, field as keyof CriterionOverride, nullable, name, fpath);
            if (issue) issues.push(issue);
          }
        }
      }
    }
  }
  if (override.drugFree !== undefined) {
    const df = override.drugFree;
    const z = isRecord(df) ? df.zeroIndicators : undefined;
    if (!isRecord(df) || Object.keys(df).some((k) => k !== 'zeroIndicators')) {
      issues.push(unknownKey('drugFree'));
    } else if (
      z !== undefined &&
      (!Array.isArray(z) || z.length === 0 || z.some((v) => !countNames.includes(v as CountIndicatorName)))
    ) {
      issues.push({
        path: 'drugFree.zeroIndicators',
        vi: `Chỉ số của tiêu chí không ma túy (drugFree.zeroIndicators) phải là danh sách không rỗng trong: ${countNames.join(', ')}`,
        en: `Drug-free indicators (drugFree.zeroIndicators) must be a non-empty list drawn from: ${countNames.join(', ')}`,
      });
    }
  }
  if (issues.length) return issues;
  return checkMerged(merge(base, override as RuleSetOverride, 'check'));
}

function merge(base: ClassificationRuleSet, o: RuleSetOverride, tag: string): ClassificationRuleSet {
  const classes = { ...base.classes } as Record<KeyClass, ClassRule>;
  for (const level of keyClasses) {
    const co = o.classes?.[level];
    if (!co) continue;
    const cls = base.classes[level];
    classes[level] = {
      ...cls,
      minCriteriaMet: co.minCriteriaMet ?? cls.minCriteriaMet,
      criteria: cls.criteria.map((c) => (co.criteria?.[c.id] ? applyCriterion(c, co.criteria[c.id]!) : c)),
    };
  }
  return {
    ...base,
    version: `${base.version}+${tag}`,
    effectiveFrom: o.effectiveFrom ?? base.effectiveFrom,
    effectiveTo: o.effectiveTo === undefined ? base.effectiveTo : o.effectiveTo,
    bandMode: o.bandMode ?? base.bandMode,
    classes,
    drugFree: o.drugFree?.zeroIndicators
      ? { ...base.drugFree, zeroIndicators: o.drugFree.zeroIndicators }
      : base.drugFree,
    configured: true,
  };
}

/**
 * A new rule set: `base` with the override applied and the version tagged (`1` → `1+cau-hinh`). Throws
 * RuleSetOverrideError listing every problem. Confidence stays that of the legal text; `configured` marks the
 * criteria whose values came from configuration.
 */
export function overrideRuleSet(
  base: ClassificationRuleSet,
  override: RuleSetOverride,
  tag = 'cau-hinh',
): ClassificationRuleSet {
  if (!/^[A-Za-z0-9._-]+$/.test(tag)) {
    throw new RuleSetOverrideError([
      {
        path: 'tag',
        vi: 'Nhãn phiên bản cấu hình chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới',
        en: 'The configuration version tag may contain only ASCII letters, digits, dots, hyphens and underscores',
      },
    ]);
  }
  const issues = validateRuleSetOverride(base, override);
  if (issues.length) throw new RuleSetOverrideError(issues);
  return merge(base, override, tag);
}
