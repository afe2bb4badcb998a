import {
  compareRate,
  decimalsOf,
  formatNumberEn,
  formatNumberVi,
  formatPercentEn,
  formatPercentVi,
  lowerFirst,
  truncatedPercent,
} from './format.ts';
import type {
  BilingualText,
  ClassDecision,
  ClassificationResult,
  ClassificationRuleSet,
  CommuneClass,
  CommuneIndicators,
  CountIndicatorName,
  CriterionResult,
  CriterionRule,
  IndicatorName,
  KeyClass,
} from './types.ts';
import { indicatorLabels, keyClasses } from './types.ts';

/**
 * classifyCommune: the class of one commune for one period under one rule set, with every criterion, its figure,
 * its threshold and whether it was met, so "vì sao xã này loại I" has an answer. Three-valued: a criterion whose
 * figure is null is undecided; a class is decided only when the undecided criteria cannot change the outcome.
 */

export const communeClassLabels: Readonly<Record<CommuneClass, BilingualText>> = {
  class_1: { vi: 'Loại I', en: 'Class I' },
  class_2: { vi: 'Loại II', en: 'Class II' },
  class_3: { vi: 'Loại III', en: 'Class III' },
  drug_free: { vi: 'Không ma túy', en: 'Drug-free' },
  none: { vi: 'Không thuộc diện trọng điểm', en: 'Not a key area' },
  not_classified: { vi: 'Chưa xếp loại được', en: 'Not classified' },
};

type Sum = { value: number | null; missing: IndicatorName[] };

function sumOf(ind: CommuneIndicators, names: readonly CountIndicatorName[]): Sum {
  let value = 0;
  const missing: IndicatorName[] = [];
  for (const n of names) {
    const v = ind[n];
    if (v === null || v === undefined) missing.push(n);
    else value += v;
  }
  return { value: missing.length ? null : value, missing };
}

const labelsOf = (names: readonly IndicatorName[]): BilingualText => ({
  vi: names.map((n) => lowerFirst(indicatorLabels[n].vi)).join(', '),
  en: names.map((n) => lowerFirst(indicatorLabels[n].en)).join(', '),
});

const noData = (names: readonly IndicatorName[]): BilingualText => {
  const l = labelsOf(names);
  return { vi: `chưa có số liệu (${l.vi})`, en: `not recorded (${l.en})` };
};

/** Within-band: the value must also be below the band's upper bound. */
function withinBand(cmp: boolean, belowOk: boolean, mode: ClassificationRuleSet['bandMode']): boolean {
  return mode === 'within_band' ? cmp && belowOk : cmp;
}

type Evaluated = Omit<CriterionResult, 'id' | 'level' | 'criterionId' | 'label' | 'confidence'>;

function evalCount(
  ind: CommuneIndicators,
  t: Extract<CriterionRule['test'], { kind: 'count' }>,
  mode: ClassificationRuleSet['bandMode'],
): Evaluated {
  const s = sumOf(ind, t.indicators);
  if (s.value === null)
    return { value: null, threshold: t, met: null, statement: noData(s.missing), missing: s.missing };
  const below = t.below ?? null;
  const met = withinBand(s.value >= t.min, below === null || s.value < below, mode);
  const band =
    mode === 'within_band' && below !== null
      ? {
          vi: `${formatNumberVi(t.min)} – dưới ${formatNumberVi(below)}`,
          en: `${formatNumberEn(t.min)} to < ${formatNumberEn(below)}`,
        }
      : null;
  const statement: BilingualText = band
    ? {
        vi: `${formatNumberVi(s.value)} ${met ? 'trong' : 'ngoài'} khoảng ${band.vi}`,
        en: `${formatNumberEn(s.value)} ${met ? 'within' : 'outside'} ${band.en}`,
      }
    : {
        vi: `${formatNumberVi(s.value)} ${met ? '≥' : '<'} ${formatNumberVi(t.min)}`,
        en: `${formatNumberEn(s.value)} ${met ? '≥' : '<'} ${formatNumberEn(t.min)}`,
      };
  return { value: s.value, threshold: t, met, statement, missing: [] };
}

function evalRate(
  ind: CommuneIndicators,
  t: Extract<CriterionRule['test'], { kind: 'rate' }>,
  mode: ClassificationRuleSet['bandMode'],
): Evaluated {
  const s = sumOf(ind, t.indicators);
  const pop = ind.population;
  const missing: IndicatorName[] = [
    ...(pop === null || pop === undefined ? ['population' as const] : []),
    ...s.missing,
  ];
  if (missing.length) return { value: s.value, threshold: t, met: null, statement: noData(missing), missing };
  if (pop === 0 || s.value === null) {
    return {
      value: s.value,
      threshold: t,
      met: null,
      statement: {
        vi: 'dân số bằng 0 — không tính được tỷ lệ',
        en: 'population is 0 — the rate cannot be computed',
      },
      missing: ['population'],
    };
  }
  const population = pop as number;
  const below = t.belowPercent ?? null;
  const atOrAbove = compareRate(s.value, population, t.minPercent) >= 0;
  const underTop = below === null || compareRate(s.value, population, below) < 0;
  const met = withinBand(atOrAbove, underTop, mode);
  // Display digits: enough to show the threshold exactly; truncation keeps the shown value on the right side.
  const digits = Math.max(2, decimalsOf(t.minPercent), below === null ? 0 : decimalsOf(below));
  const percent = truncatedPercent(s.value, population, digits);
  const pVi = formatPercentVi(percent, digits);
  const pEn = formatPercentEn(percent, digits);
  const statement: BilingualText =
    mode === 'within_band' && below !== null
      ? {
          vi: `${pVi} ${met ? 'trong' : 'ngoài'} khoảng ${formatPercentVi(t.minPercent)} – dưới ${formatPercentVi(below)}`,
          en: `${pEn} ${met ? 'within' : 'outside'} ${formatPercentEn(t.minPercent)} to < ${formatPercentEn(below)}`,
        }
      : {
          vi: `${pVi} ${atOrAbove ? '≥' : '<'} ${formatPercentVi(t.minPercent)}`,
          en: `${pEn} ${atOrAbove ? '≥' : '<'} ${formatPercentEn(t.minPercent)}`,
        };
  return {
    value: s.value,
    threshold: t,
    met,
    rate: { numerator: s.value, denominator: population, percent: (s.value * 100) / population },
    statement,
    missing: [],
  };
}

function evalPlants(
  ind: CommuneIndicators,
  t: Extract<CriterionRule['test'], { kind: 'plants' }>,
  mode: ClassificationRuleSet['bandMode'],
): Evaluated {
  type Side = { met: boolean | null; vi: string; en: string; value: number | null; name: IndicatorName };
  const side = (
    name: 'plantCount' | 'plantAreaM2',
    min: number | null,
    below: number | null | undefined,
    unitVi: string,
    unitEn: string,
  ): Side | null => {
    if (min === null) return null;
    const v = ind[name];
    if (v === null || v === undefined) return { met: null, vi: '', en: '', value: null, name };
    const met = withinBand(v >= min, below === null || below === undefined || v < below, mode);
    return {
      met,
      value: v,
      name,
      vi: `${formatNumberVi(v)} ${unitVi} ${v >= min ? '≥' : '<'} ${formatNumberVi(min)} ${unitVi}`,
      en: `${formatNumberEn(v)} ${unitEn} ${v >= min ? '≥' : '<'} ${formatNumberEn(min)} ${unitEn}`,
    };
  };
  const sides = [
    side('plantCount', t.minCount, t.belowCount, 'cây', 'plants'),
    side('plantAreaM2', t.minAreaM2, t.belowAreaM2, 'm²', 'm²'),
  ].filter((s): s is Side => s !== null);
  const metSide = sides.find((s) => s.met === true);
  const undecided = sides.filter((s) => s.met === null);
  const met = metSide ? true : undecided.length ? null : false;
  const known = sides.filter((s) => s.met !== null);
  const missing = met === null ? undecided.map((s) => s.name) : [];
  const shown = metSide ? [metSide] : known;
  const statement: BilingualText = shown.length
    ? {
        vi: shown.map((s) => s.vi).join(met ? '' : ' và ') + (met === null ? `; ${noData(missing).vi}` : ''),
        en: shown.map((s) => s.en).join(met ? '' : ' and ') + (met === null ? `; ${noData(missing).en}` : ''),
      }
    : noData(missing);
  const value = metSide ? metSide.value : (known[0]?.value ?? null);
  return { value, threshold: t, met, statement, missing };
}

type Row = { rule: CriterionRule; level: KeyClass; result: Evaluated };

/** Route criterion: on a key route AND at least n distinct non-route criteria met at `ofClass` level or higher. */
function evalRoute(
  ind: CommuneIndicators,
  t: Extract<CriterionRule['test'], { kind: 'route' }>,
  rows: readonly Row[],
): Evaluated {
  const levels = keyClasses.slice(0, keyClasses.indexOf(t.ofClass) + 1);
  const byId = new Map<string, boolean | null>();
  for (const r of rows) {
    if (r.rule.test.kind === 'route' || !levels.includes(r.level)) continue;
    const prev = byId.get(r.rule.id);
    const m = r.result.met;
    byId.set(r.rule.id, prev === true || m === true ? true : prev === null || m === null ? null : false);
  }
  const metCount = [...byId.values()].filter((m) => m === true).length;
  const undecided = [...byId.values()].filter((m) => m === null).length;
  const countOk: boolean | null =
    metCount >= t.minCriteria ? true : metCount + undecided < t.minCriteria ? false : null;
  const onRoute = ind.onKeyRoute;
  const met: boolean | null =
    onRoute === false || countOk === false ? false : onRoute === true && countOk === true ? true : null;
  const missing: IndicatorName[] = [];
  if (met === null) {
    if (onRoute === null || onRoute === undefined) missing.push('onKeyRoute');
    for (const r of rows) {
      if (r.result.met === null && levels.includes(r.level)) missing.push(...r.result.missing);
    }
  }
  const classVi = communeClassLabels[t.ofClass].vi;
  const classEn = communeClassLabels[t.ofClass].en;
  const routeVi =
    onRoute === null || onRoute === undefined
      ? 'chưa rõ có nằm trên tuyến trọng điểm'
      : onRoute
        ? 'nằm trên tuyến trọng điểm'
        : 'không nằm trên tuyến trọng điểm';
  const routeEn =
    onRoute === null || onRoute === undefined
      ? 'key-route position not recorded'
      : onRoute
        ? 'on a key route'
        : 'not on a key route';
  return {
    value: onRoute ?? null,
    threshold: t,
    met,
    statement: {
      vi: `${routeVi}; đạt ${metCount} tiêu chí ${lowerFirst(classVi)} trở lên (cần ${t.minCriteria})`,
      en: `${routeEn}; ${metCount} ${lowerFirst(classEn)}-or-higher criteria met (needs ${t.minCriteria})`,
    },
    missing: [...new Set(missing)],
  };
}

function evaluateCriteria(ind: CommuneIndicators, rs: ClassificationRuleSet): Row[] {
  const rows: Row[] = [];
  for (const level of keyClasses) {
    for (const rule of rs.classes[level].criteria) {
      const t = rule.test;
      if (t.kind === 'route') continue;
      const result =
        t.kind === 'count'
          ? evalCount(ind, t, rs.bandMode)
          : t.kind === 'rate'
            ? evalRate(ind, t, rs.bandMode)
            : evalPlants(ind, t, rs.bandMode);
      rows.push({ rule, level, result });
    }
  }
  // Route criteria read the others, so they are evaluated after them, then put back in rule order.
  const withRoutes: Row[] = [];
  for (const level of keyClasses) {
    for (const rule of rs.classes[level].criteria) {
      const t = rule.test;
      const found = rows.find((r) => r.rule === rule && r.level === level);
      if (found) withRoutes.push(found);
      else if (t.kind === 'route') withRoutes.push({ rule, level, result: evalRoute(ind, t, rows) });
    }
  }
  return withRoutes;
}

function decide(level: KeyClass, rs: ClassificationRuleSet, rows: readonly Row[]): ClassDecision {
  const mine = rows.filter((r) => r.level === level);
  const metCount = mine.filter((r) => r.result.met === true).length;
  const undecidedCount = mine.filter((r) => r.result.met === null).length;
  const need = rs.classes[level].minCriteriaMet;
  const met = metCount >= need ? true : metCount + undecidedCount < need ? false : null;
  return { level, minCriteriaMet: need, metCount, undecidedCount, met };
}

function drugFreeRows(ind: CommuneIndicators, rs: ClassificationRuleSet): CriterionResult[] {
  return rs.drugFree.zeroIndicators.map((name) => {
    const v = ind[name];
    const label = indicatorLabels[name];
    const recorded = v !== null && v !== undefined;
    return {
      id: `drug_free.${name}`,
      criterionId: name,
      level: 'drug_free' as const,
      label,
      confidence: rs.drugFree.confidence,
      value: recorded ? v : null,
      threshold: { kind: 'zero' as const, indicator: name },
      met: recorded ? v === 0 : null,
      statement: recorded
        ? {
            vi: `${formatNumberVi(v)} ${v === 0 ? '=' : '>'} 0`,
            en: `${formatNumberEn(v)} ${v === 0 ? '=' : '>'} 0`,
          }
        : noData([name]),
      missing: recorded ? [] : [name],
    };
  });
}

const bullet = (c: CriterionResult, lang: 'vi' | 'en'): string => `${c.label[lang]}: ${c.statement[lang]}`;

function explain(
  communeClass: CommuneClass,
  rs: ClassificationRuleSet,
  criteria: readonly CriterionResult[],
  classes: readonly ClassDecision[],
  missing: readonly IndicatorName[],
  atLeast: KeyClass | null,
  populationZero: boolean,
): BilingualText {
  const src = `${rs.legalSource.document}`;
  const ver = { vi: `phiên bản ${rs.version}`, en: `version ${rs.version}` };
  if (communeClass === 'class_1' || communeClass === 'class_2' || communeClass === 'class_3') {
    const d = classes.find((c) => c.level === communeClass)!;
    const total = criteria.filter((c) => c.level === communeClass).length;
    const met = criteria.filter((c) => c.level === communeClass && c.met === true);
    const cl = communeClassLabels[communeClass];
    return {
      vi: `${cl.vi} theo ${src} (${ver.vi}): đạt ${d.metCount}/${total} tiêu chí, cần ít nhất ${d.minCriteriaMet}. ${met.map((c) => bullet(c, 'vi')).join('; ')}.`,
      en: `${cl.en} under ${src} (${ver.en}): ${d.metCount} of ${total} criteria met, at least ${d.minCriteriaMet} needed. ${met.map((c) => bullet(c, 'en')).join('; ')}.`,
    };
  }
  const noClass = {
    vi: 'Không đạt tiêu chí loại I, II, III',
    en: 'Meets no class I, II or III',
  };
  const drugFree = criteria.filter((c) => c.level === 'drug_free');
  if (communeClass === 'drug_free') {
    return {
      vi: `Không ma túy theo ${src} (${ver.vi}): ${lowerFirst(noClass.vi)}; các chỉ số đều bằng 0 (${drugFree.map((c) => lowerFirst(c.label.vi)).join(', ')}).`,
      en: `Drug-free under ${src} (${ver.en}): ${lowerFirst(noClass.en)}; every figure is 0 (${drugFree.map((c) => lowerFirst(c.label.en)).join(', ')}).`,
    };
  }
  if (communeClass === 'none') {
    const present = drugFree.filter((c) => c.met === false);
    return {
      vi: `${noClass.vi} theo ${src} (${ver.vi}); chưa phải địa bàn không ma túy vì ${present.map((c) => bullet(c, 'vi')).join('; ')}.`,
      en: `${noClass.en} under ${src} (${ver.en}); not drug-free because ${present.map((c) => bullet(c, 'en')).join('; ')}.`,
    };
  }
  // Population 0 is recorded, not missing: it is listed in `missing` (no rate can be computed) but said apart.
  const zeroPop = populationZero && missing.includes('population');
  const absent = zeroPop ? missing.filter((m) => m !== 'population') : missing;
  const l = labelsOf(absent);
  const parts: BilingualText[] = [];
  if (absent.length) parts.push({ vi: `thiếu số liệu ${l.vi}`, en: `missing ${l.en}` });
  if (zeroPop) {
    parts.push({
      vi: 'dân số bằng 0 nên không tính được tỷ lệ',
      en: 'population is 0, so rates cannot be computed',
    });
  }
  const least = atLeast
    ? {
        vi: ` Đã đạt tiêu chí ${communeClassLabels[atLeast].vi}; cần thêm số liệu để xét loại cao hơn.`,
        en: ` Already meets ${communeClassLabels[atLeast].en}; more figures are needed to decide a higher class.`,
      }
    : { vi: '', en: '' };
  return {
    vi: `Chưa xếp loại được theo ${src} (${ver.vi}): ${parts.map((p) => p.vi).join('; ')}.${least.vi}`,
    en: `Cannot classify under ${src} (${ver.en}): ${parts.map((p) => p.en).join('; ')}.${least.en}`,
  };
}

export function classifyCommune(
  indicators: CommuneIndicators,
  ruleSet: ClassificationRuleSet,
): ClassificationResult {
  const rows = evaluateCriteria(indicators, ruleSet);
  const classes = keyClasses.map((level) => decide(level, ruleSet, rows));
  const criteria: CriterionResult[] = rows.map((r) => ({
    id: `${r.level}.${r.rule.id}`,
    criterionId: r.rule.id,
    level: r.level,
    label: r.rule.label,
    confidence: r.rule.confidence,
    ...r.result,
  }));
  const dfRows = drugFreeRows(indicators, ruleSet);
  criteria.push(...dfRows);

  let communeClass: CommuneClass = 'not_classified';
  const missing = new Set<IndicatorName>();
  let atLeast: KeyClass | null = null;
  const firstOpen = classes.findIndex((c) => c.met !== false);
  const first = classes[firstOpen];
  if (first?.met === true) {
    communeClass = first.level;
  } else if (first?.met === null) {
    // Undecided at this level: the commune could be this class or lower. Say what is missing up to here and the
    // best class already reached below it.
    for (const c of criteria) {
      if (c.met === null && c.level !== 'drug_free' && keyClasses.indexOf(c.level) <= firstOpen) {
        for (const m of c.missing) missing.add(m);
      }
    }
    atLeast = classes.slice(firstOpen + 1).find((c) => c.met === true)?.level ?? null;
  } else if (dfRows.some((c) => c.met === false)) {
    communeClass = 'none';
  } else if (dfRows.every((c) => c.met === true)) {
    communeClass = 'drug_free';
  } else {
    for (const c of dfRows) for (const m of c.missing) missing.add(m);
  }
  const missingList = [...missing];
  return {
    communeClass,
    ruleSetId: ruleSet.id,
    ruleSetVersion: ruleSet.version,
    criteria,
    classes,
    missing: missingList,
    atLeast,
    explanation: explain(
      communeClass,
      ruleSet,
      criteria,
      classes,
      missingList,
      atLeast,
      indicators.population === 0,
    ),
  };
}
