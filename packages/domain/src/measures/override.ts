import { isCalendarDate } from '../calendar/dates.ts';
import type { BilingualText } from '../classification/types.ts';
import type {
  AuthorityAct,
  AuthorityRole,
  AuthorityRule,
  DurationRule,
  MeasureRuleSet,
  MeasureType,
  MeasureTypeRules,
} from './types.ts';
import { authorityRoles, measureTypes } from './types.ts';

/**
 * Configuration overrides of a measure rule set: the province replaces unconfirmed values (a term, the review
 * interval, the day-off rule, who acts, the effective dates) once it has the text. The result is a new set whose
 * version carries a tag ('1+cau-hinh') so measures decided under it are told apart; replaced values are marked
 * `configured` with source "cấu hình". Every value is checked; an error names it in Vietnamese and English.
 */

export type DurationOverride = {
  minMonths: number;
  maxMonths: number;
  ageFrom?: number | null;
  ageBelow?: number | null;
  occurrenceFrom?: number;
};
export type AuthorityOverride = {
  act: AuthorityAct;
  role: AuthorityRole;
  from?: string | null;
  to?: string | null;
  ageFrom?: number | null;
  ageBelow?: number | null;
};
export type MeasureTypeOverride = {
  available?: boolean;
  minAge?: number | null;
  /** Replaces all term rows. */
  durations?: readonly DurationOverride[];
  reviewIntervalMonths?: number | null;
  dayOffRule?: boolean;
  /** Replaces all authority rows. */
  authorities?: readonly AuthorityOverride[];
};
export type MeasureRuleSetOverride = {
  effectiveFrom?: string;
  effectiveTo?: string | null;
  measures?: Partial<Record<MeasureType, MeasureTypeOverride>>;
};

export type MeasureOverrideIssue = { path: string } & BilingualText;

export class MeasureRuleSetOverrideError extends Error {
  readonly issues: readonly MeasureOverrideIssue[];
  constructor(issues: readonly MeasureOverrideIssue[]) {
    super(issues.map((i) => i.vi).join('; '));
    this.name = 'MeasureRuleSetOverrideError';
    this.issues = issues;
  }
}

const acts: readonly AuthorityAct[] = [
  'decide',
  'prepare_dossier',
  'designate_provider',
  'certify_completion',
  'order',
];
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/** Checks an override; an empty list means overrideMeasureRuleSet will accept it. */
export function validateMeasureRuleSetOverride(
  base: MeasureRuleSet,
  override: unknown,
): MeasureOverrideIssue[] {
  const issues: MeasureOverrideIssue[] = [];
  const bad = (path: string, vi: string, en: string) => issues.push({ path, vi, en });
  const unknownKey = (path: string) =>
    bad(path, `Khóa cấu hình không được hỗ trợ: ${path}`, `Unsupported configuration key: ${path}`);
  if (!isRecord(override)) {
    bad(
      '',
      'Cấu hình bộ quy tắc biện pháp phải là một đối tượng',
      'The measure rule set override must be an object',
    );
    return issues;
  }
  for (const k of Object.keys(override))
    if (!['effectiveFrom', 'effectiveTo', 'measures'].includes(k)) unknownKey(k);
  const from = override.effectiveFrom ?? base.effectiveFrom;
  const to = override.effectiveTo === undefined ? base.effectiveTo : override.effectiveTo;
  if (!isCalendarDate(from))
    bad(
      'effectiveFrom',
      'Ngày bắt đầu hiệu lực phải là ngày hợp lệ dạng yyyy-mm-dd',
      'effectiveFrom must be a valid yyyy-mm-dd date',
    );
  if (to !== null && !isCalendarDate(to))
    bad(
      'effectiveTo',
      'Ngày hết hiệu lực phải là ngày hợp lệ dạng yyyy-mm-dd hoặc để trống (null)',
      'effectiveTo must be a valid yyyy-mm-dd date or null',
    );
  else if (to !== null && isCalendarDate(from) && to < from)
    bad(
      'effectiveTo',
      'Ngày hết hiệu lực không được trước ngày bắt đầu hiệu lực',
      'effectiveTo must not be before effectiveFrom',
    );
  if (override.measures === undefined) return issues;
  if (!isRecord(override.measures)) {
    bad('measures', 'measures phải là một đối tượng', 'measures must be an object');
    return issues;
  }
  for (const [type, o] of Object.entries(override.measures)) {
    const path = `measures.${type}`;
    if (!measureTypes.includes(type as MeasureType)) {
      unknownKey(path);
      continue;
    }
    const label = base.measures[type as MeasureType].label;
    if (!isRecord(o)) {
      bad(path, `${path} phải là một đối tượng`, `${path} must be an object`);
      continue;
    }
    for (const [k, value] of Object.entries(o)) {
      const p = `${path}.${k}`;
      if (k === 'available' || k === 'dayOffRule') {
        if (typeof value !== 'boolean')
          bad(
            p,
            `«${label.vi}» (${p}) phải là true hoặc false`,
            `"${label.en}" (${p}) must be true or false`,
          );
      } else if (k === 'minAge') {
        if (value !== null && !isInt(value, 0, 100))
          bad(
            p,
            `Tuổi tối thiểu của «${label.vi}» (${p}) phải là số nguyên 0–100 hoặc null`,
            `The minimum age of "${label.en}" (${p}) must be a whole number 0–100 or null`,
          );
      } else if (k === 'reviewIntervalMonths') {
        if (value !== null && !isInt(value, 1, 60))
          bad(
            p,
            `Chu kỳ đánh giá của «${label.vi}» (${p}) phải là số tháng nguyên 1–60 hoặc null`,
            `The review interval of "${label.en}" (${p}) must be 1–60 whole months or null`,
          );
      } else if (k === 'durations') {
        if (!Array.isArray(value)) {
          bad(p, `${p} phải là một danh sách`, `${p} must be a list`);
          continue;
        }
        for (const [i, d] of (value as unknown[]).entries()) {
          const dp = `${p}.${i}`;
          if (!isRecord(d)) {
            bad(dp, `${dp} phải là một đối tượng`, `${dp} must be an object`);
            continue;
          }
          for (const dk of Object.keys(d))
            if (!['minMonths', 'maxMonths', 'ageFrom', 'ageBelow', 'occurrenceFrom'].includes(dk))
              unknownKey(`${dp}.${dk}`);
          if (!isInt(d.minMonths, 1, 120) || !isInt(d.maxMonths, 1, 120)) {
            bad(
              dp,
              `Thời hạn của «${label.vi}» (${dp}) phải là số tháng nguyên 1–120`,
              `The term of "${label.en}" (${dp}) must be 1–120 whole months`,
            );
            continue;
          }
          if (d.maxMonths < d.minMonths)
            bad(
              dp,
              `Thời hạn của «${label.vi}» (${dp}): tối đa (${d.maxMonths}) nhỏ hơn tối thiểu (${d.minMonths})`,
              `The term of "${label.en}" (${dp}): maximum (${d.maxMonths}) is below minimum (${d.minMonths})`,
            );
          for (const ak of ['ageFrom', 'ageBelow'] as const)
            if (d[ak] !== undefined && d[ak] !== null && !isInt(d[ak], 0, 100))
              bad(
                `${dp}.${ak}`,
                `${dp}.${ak} phải là số tuổi nguyên 0–100 hoặc null`,
                `${dp}.${ak} must be a whole age 0–100 or null`,
              );
          if (d.occurrenceFrom !== undefined && !isInt(d.occurrenceFrom, 1, 100))
            bad(
              `${dp}.occurrenceFrom`,
              `${dp}.occurrenceFrom phải là số nguyên từ 1`,
              `${dp}.occurrenceFrom must be a whole number from 1`,
            );
        }
      } else if (k === 'authorities') {
        if (!Array.isArray(value)) {
          bad(p, `${p} phải là một danh sách`, `${p} must be a list`);
          continue;
        }
        for (const [i, a] of (value as unknown[]).entries()) {
          const ap = `${p}.${i}`;
          if (!isRecord(a)) {
            bad(ap, `${ap} phải là một đối tượng`, `${ap} must be an object`);
            continue;
          }
          for (const ak of Object.keys(a))
            if (!['act', 'role', 'from', 'to', 'ageFrom', 'ageBelow'].includes(ak)) unknownKey(`${ap}.${ak}`);
          if (!acts.includes(a.act as AuthorityAct))
            bad(
              `${ap}.act`,
              `${ap}.act phải là một trong: ${acts.join(', ')}`,
              `${ap}.act must be one of: ${acts.join(', ')}`,
            );
          if (!authorityRoles.includes(a.role as AuthorityRole))
            bad(
              `${ap}.role`,
              `${ap}.role phải là một trong: ${authorityRoles.join(', ')}`,
              `${ap}.role must be one of: ${authorityRoles.join(', ')}`,
            );
          for (const dk of ['from', 'to'] as const)
            if (a[dk] !== undefined && a[dk] !== null && !isCalendarDate(a[dk]))
              bad(
                `${ap}.${dk}`,
                `${ap}.${dk} phải là ngày yyyy-mm-dd hoặc null`,
                `${ap}.${dk} must be a yyyy-mm-dd date or null`,
              );
          if (typeof a.from === 'string' && typeof a.to === 'string' && a.to < a.from)
            bad(`${ap}.to`, `${ap}: ngày kết thúc trước ngày bắt đầu`, `${ap}: ends before it starts`);
        }
      } else unknownKey(p);
    }
  }
  return issues;
}

const CONFIG_SOURCE = 'cấu hình (configuration)';

function applyType(rules: MeasureTypeRules, o: MeasureTypeOverride): MeasureTypeRules {
  const conf = <T>(value: T) => ({
    value,
    source: CONFIG_SOURCE,
    confidence: 'unconfirmed' as const,
    configured: true,
  });
  return {
    ...rules,
    available: o.available === undefined ? rules.available : conf(o.available),
    minAge: o.minAge === undefined ? rules.minAge : conf(o.minAge),
    reviewIntervalMonths:
      o.reviewIntervalMonths === undefined ? rules.reviewIntervalMonths : conf(o.reviewIntervalMonths),
    dayOffRule: o.dayOffRule === undefined ? rules.dayOffRule : conf(o.dayOffRule),
    durations:
      o.durations === undefined
        ? rules.durations
        : o.durations.map(
            (d): DurationRule => ({
              ...conf({ minMonths: d.minMonths, maxMonths: d.maxMonths }),
              ageFrom: d.ageFrom ?? null,
              ageBelow: d.ageBelow ?? null,
              occurrenceFrom: d.occurrenceFrom ?? 1,
            }),
          ),
    authorities:
      o.authorities === undefined
        ? rules.authorities
        : o.authorities.map(
            (a): AuthorityRule => ({
              ...conf(a.role),
              act: a.act,
              from: a.from ?? null,
              to: a.to ?? null,
              ageFrom: a.ageFrom ?? null,
              ageBelow: a.ageBelow ?? null,
            }),
          ),
  };
}

/** A new rule set: `base` with the override applied and the version tagged. Throws listing every problem. */
export function overrideMeasureRuleSet(
  base: MeasureRuleSet,
  override: MeasureRuleSetOverride,
  tag = 'cau-hinh',
): MeasureRuleSet {
  const issues: MeasureOverrideIssue[] = /^[A-Za-z0-9._-]+$/.test(tag)
    ? validateMeasureRuleSetOverride(base, override)
    : [
        {
          path: 'tag',
          vi: 'Nhãn phiên bản cấu hình chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới',
          en: 'The configuration version tag may contain only ASCII letters, digits, dots, hyphens and underscores',
        },
      ];
  if (issues.length) throw new MeasureRuleSetOverrideError(issues);
  const measures = { ...base.measures } as Record<MeasureType, MeasureTypeRules>;
  for (const [type, o] of Object.entries(override.measures ?? {}))
    if (o) measures[type as MeasureType] = applyType(base.measures[type as MeasureType], o);
  return {
    ...base,
    version: `${base.version}+${tag}`,
    effectiveFrom: override.effectiveFrom ?? base.effectiveFrom,
    effectiveTo: override.effectiveTo === undefined ? base.effectiveTo : override.effectiveTo,
    measures,
    configured: true,
  };
}
