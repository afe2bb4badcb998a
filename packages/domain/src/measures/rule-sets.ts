import { PERIOD_RULE_SOURCE } from '../calendar/periods.ts';
import type { Confidence } from '../classification/types.ts';
import type {
  AlertSettings,
  AuthorityAct,
  AuthorityRole,
  AuthorityRule,
  DurationRule,
  MeasureRuleSet,
  MeasureType,
  MeasureTypeRules,
  RuleValue,
} from './types.ts';

/**
 * The built-in measure rule sets (DOMAIN.md b2; reference/legal-notes.md 2.3–2.5 and 4.1; reference/vn-systems.md).
 * One set per law regime, chosen by the decision date: Luật PCMT 73/2021/QH14 (with NĐ 105/2021 and NĐ 116/2021)
 * for decisions from 01/01/2022 to 30/6/2026, Luật PCMT 120/2025/QH15 from 01/7/2026. Within a set, who acts is
 * dated too (district powers moved to the province on 01/7/2025 under NĐ 184/2025). docs/PERSONS-RULES.md lists
 * every value with its source and confidence; unconfirmed values are configuration (overrideMeasureRuleSet).
 */

const L73 = 'Luật PCMT 73/2021/QH14';
const L120 = 'Luật PCMT 120/2025/QH15';
const NĐ116 = 'NĐ 116/2021/NĐ-CP';
const NĐ184 = 'NĐ 184/2025/NĐ-CP';
const XLVPHC = 'Luật XLVPHC 15/2012/QH13';

/** The day district-level government ended and NĐ 184/2025 moved its drug-law powers to the province. */
export const PROVINCE_TAKES_DISTRICT_POWERS_ON = '2025-07-01';
/** The last decision date of the Luật 73/2021 regime and the first of Luật 120/2025. */
export const LAW_73_2021_LAST_DAY = '2026-06-30';
export const LAW_120_2025_FIRST_DAY = '2026-07-01';

const v = <T>(value: T, source: string, confidence: Confidence): RuleValue<T> => ({
  value,
  source,
  confidence,
});

const term = (
  minMonths: number,
  maxMonths: number,
  source: string,
  confidence: Confidence,
  opts: { ageFrom?: number | null; ageBelow?: number | null; occurrenceFrom?: number } = {},
): DurationRule => ({
  value: { minMonths, maxMonths },
  source,
  confidence,
  ageFrom: opts.ageFrom ?? null,
  ageBelow: opts.ageBelow ?? null,
  occurrenceFrom: opts.occurrenceFrom ?? 1,
});

const who = (
  act: AuthorityAct,
  role: AuthorityRole,
  source: string,
  confidence: Confidence,
  from: string | null = null,
  to: string | null = null,
  ages: { ageFrom?: number | null; ageBelow?: number | null } = {},
): AuthorityRule => ({ act, value: role, source, confidence, from, to, ...ages });

const noReview = (source: string): RuleValue<number | null> => v(null, source, 'unconfirmed');
const termDayOff = v(
  false,
  `${PERIOD_RULE_SOURCE} k5 — not applied to a measure's term (a state of the person, not a limit for an act); unconfirmed`,
  'unconfirmed',
);

/** District-level powers before 01/7/2025 → provincial chairman / police director (NĐ 184/2025). */
const voluntaryProviders: AuthorityRule[] = [
  who('designate_provider', 'district_chairman', `${L73} Điều 30 k6 a, d`, 'confirmed', null, '2025-06-30'),
  who(
    'designate_provider',
    'provincial_chairman',
    `${NĐ184} (${L73} Điều 30 k6 a, d)`,
    'likely',
    '2025-07-01',
  ),
  who(
    'designate_provider',
    'provincial_police_director',
    `${NĐ184} (${L73} Điều 30 k6 b, c, đ, k8)`,
    'likely',
    '2025-07-01',
  ),
];

function measures73(): Record<MeasureType, MeasureTypeRules> {
  return {
    user_management: {
      type: 'user_management',
      label: { vi: 'Quản lý người sử dụng trái phép chất ma túy', en: 'Management of an illicit drug user' },
      available: v(true, `${L73} Điều 23`, 'confirmed'),
      minAge: v(12, `${L73} Điều 23 (từ đủ 12 tuổi) — not read`, 'unconfirmed'),
      durations: [term(12, 12, `${L73} Điều 23: 01 năm kể từ ngày có quyết định quản lý`, 'confirmed')],
      reviewIntervalMonths: v(
        3,
        'NĐ 105/2021 Chương IV (step limits not retrieved) — default quarterly',
        'unconfirmed',
      ),
      dayOffRule: termDayOff,
      authorities: [
        who('decide', 'commune_chairman', `${L73} Điều 23`, 'confirmed'),
        who('prepare_dossier', 'commune_police_chief', `${L73} Điều 23; NĐ 105/2021 Chương IV`, 'likely'),
      ],
    },
    voluntary_rehab_community: {
      type: 'voluntary_rehab_community',
      label: {
        vi: 'Cai nghiện ma túy tự nguyện tại gia đình, cộng đồng',
        en: 'Voluntary rehab at home / in the community',
      },
      available: v(true, `${L73} Điều 28, 30`, 'confirmed'),
      minAge: v(12, `${L73} Điều 28 (người nghiện từ đủ 12 tuổi) — not read`, 'unconfirmed'),
      durations: [term(6, 12, `${L73} Điều 30: từ đủ 06 tháng đến 12 tháng`, 'confirmed')],
      reviewIntervalMonths: v(
        3,
        `${NĐ116} Điều 32 k3 (evaluation at the end); periodic interval not read`,
        'unconfirmed',
      ),
      dayOffRule: termDayOff,
      authorities: [
        who('decide', 'commune_chairman', `${L73} Điều 30 (đăng ký với Chủ tịch UBND cấp xã)`, 'likely'),
        who('certify_completion', 'commune_chairman', `${NĐ116} Điều 32 k3`, 'likely'),
        ...voluntaryProviders,
      ],
    },
    voluntary_rehab_facility: {
      type: 'voluntary_rehab_facility',
      label: { vi: 'Cai nghiện ma túy tự nguyện tại cơ sở cai nghiện', en: 'Voluntary rehab at a facility' },
      available: v(true, `${L73} Điều 28, 31`, 'confirmed'),
      minAge: v(12, `${L73} Điều 28 — not read`, 'unconfirmed'),
      durations: [term(6, 12, `${L73} Điều 31: từ đủ 06 tháng đến 12 tháng`, 'confirmed')],
      reviewIntervalMonths: noReview(`${L73} Điều 31 — no periodic review found`),
      dayOffRule: termDayOff,
      authorities: [
        who('decide', 'facility_head', `${L73} Điều 31 (hợp đồng với cơ sở cai nghiện)`, 'likely'),
        who('certify_completion', 'facility_head', `${L73} Điều 31`, 'confirmed'),
      ],
    },
    compulsory_rehab: {
      type: 'compulsory_rehab',
      label: { vi: 'Cai nghiện ma túy bắt buộc', en: 'Compulsory rehab' },
      available: v(true, `${L73} Điều 28, 32, 33`, 'confirmed'),
      minAge: v(12, `${L73} Điều 33 (từ đủ 12 tuổi đến dưới 18 tuổi)`, 'confirmed'),
      durations: [
        term(6, 12, `${L73} Điều 33: người từ đủ 12 đến dưới 18 tuổi, 06–12 tháng`, 'confirmed', {
          ageFrom: 12,
          ageBelow: 18,
        }),
        term(12, 24, `${L73} Điều 32; ${XLVPHC} Điều 95: 12–24 tháng`, 'confirmed', { ageFrom: 18 }),
      ],
      reviewIntervalMonths: noReview(
        `${NĐ116} (term reduction after half the term; no periodic review found)`,
      ),
      dayOffRule: termDayOff,
      authorities: [
        who(
          'decide',
          'district_court',
          `${L73} Điều 33; Pháp lệnh 09/2014/UBTVQH13`,
          'likely',
          null,
          '2025-06-30',
        ),
        who(
          'decide',
          'regional_court',
          'Luật Tổ chức TAND (sửa đổi 2025): Tòa án nhân dân khu vực — not read',
          'unconfirmed',
          '2025-07-01',
        ),
        who('prepare_dossier', 'commune_chairman', `${NĐ116} Điều 33 (Mẫu 27)`, 'likely'),
        who('prepare_dossier', 'district_labour_office', `${L73}; ${NĐ116}`, 'likely', null, '2025-02-28'),
        who(
          'prepare_dossier',
          'provincial_police_director',
          `Rehab moved to the police 01/3/2025; ${NĐ184} — details not read`,
          'unconfirmed',
          '2025-03-01',
        ),
      ],
    },
    post_rehab_management: {
      type: 'post_rehab_management',
      label: { vi: 'Quản lý sau cai nghiện ma túy', en: 'Post-rehab management' },
      available: v(true, `${L73} Điều 40`, 'confirmed'),
      minAge: v(null, `${L73} Điều 40`, 'unconfirmed'),
      durations: [term(12, 12, `${L73} Điều 40: 01 năm (one Q&A says 02 năm; DOMAIN.md e6)`, 'unconfirmed')],
      reviewIntervalMonths: v(3, `${NĐ116} Điều 81 — periodic interval not read`, 'unconfirmed'),
      dayOffRule: termDayOff,
      authorities: [
        who('decide', 'commune_chairman', `${NĐ116} Điều 3 k9`, 'likely'),
        who('certify_completion', 'commune_chairman', `${NĐ116} Điều 81 (Mẫu 54)`, 'likely'),
      ],
    },
    substitution_treatment: {
      type: 'substitution_treatment',
      label: {
        vi: 'Điều trị nghiện bằng thuốc thay thế (methadone)',
        en: 'Substitution treatment (methadone)',
      },
      available: v(true, `${L73} Điều 28; NĐ 90/2016/NĐ-CP`, 'likely'),
      minAge: v(null, 'NĐ 90/2016/NĐ-CP — not read', 'unconfirmed'),
      durations: [],
      reviewIntervalMonths: noReview('no periodic review found'),
      dayOffRule: termDayOff,
      authorities: [who('decide', 'treatment_facility', 'NĐ 90/2016/NĐ-CP (cơ sở điều trị)', 'likely')],
    },
    commune_education: {
      type: 'commune_education',
      label: { vi: 'Giáo dục tại xã, phường, thị trấn', en: 'Education in the commune' },
      available: v(true, XLVPHC, 'confirmed'),
      minAge: v(14, `${XLVPHC} Điều 90 (từ đủ 14 tuổi, fined twice, 3rd violation in 6 months)`, 'likely'),
      durations: [term(3, 6, `${XLVPHC} Điều 90: 03–06 tháng`, 'likely')],
      reviewIntervalMonths: v(
        1,
        'NĐ 120/2021/NĐ-CP (monthly report of the supervisor) — not read',
        'unconfirmed',
      ),
      dayOffRule: termDayOff,
      authorities: [who('decide', 'commune_chairman', `${XLVPHC} Điều 105`, 'likely')],
    },
    electronic_monitoring: {
      type: 'electronic_monitoring',
      label: { vi: 'Giám sát điện tử', en: 'Electronic monitoring' },
      available: v(false, `${L120} Điều 12 (new in the 2025 law)`, 'confirmed'),
      minAge: v(null, L120, 'unconfirmed'),
      durations: [],
      reviewIntervalMonths: noReview(L120),
      dayOffRule: termDayOff,
      authorities: [],
    },
    awaiting_compulsory_placement: {
      type: 'awaiting_compulsory_placement',
      label: {
        vi: 'Quản lý trong thời gian chờ đưa vào cơ sở cai nghiện bắt buộc',
        en: 'Management while awaiting compulsory placement',
      },
      available: v(true, `${NĐ116} Điều 44–45 (Mẫu 35); time counts toward the compulsory term`, 'likely'),
      minAge: v(12, `${L73} Điều 33`, 'unconfirmed'),
      durations: [],
      reviewIntervalMonths: noReview(`${NĐ116} Điều 44–45`),
      dayOffRule: termDayOff,
      authorities: [who('decide', 'commune_chairman', `${NĐ116} Điều 44–45 — not read`, 'unconfirmed')],
    },
  };
}

function measures120(): Record<MeasureType, MeasureTypeRules> {
  const base = measures73();
  const pending = `${L120} — implementing decrees not retrieved (QĐ 152/QĐ-TTg plan)`;
  return {
    ...base,
    user_management: {
      ...base.user_management,
      available: v(true, L120, 'confirmed'),
      durations: [term(12, 12, `${L120}: 01 năm (vietnam.vn summary)`, 'likely')],
      authorities: [
        who(
          'decide',
          'commune_chairman',
          `${pending}; a draft decree gives commune police more powers`,
          'unconfirmed',
        ),
        who('prepare_dossier', 'commune_police_chief', `${L120} (Công an cấp xã lập danh sách)`, 'likely'),
      ],
    },
    voluntary_rehab_community: {
      ...base.voluntary_rehab_community,
      durations: [term(6, 12, `${pending}; 73/2021 Điều 30 carried over`, 'unconfirmed')],
      authorities: [
        who('decide', 'commune_police_chief', `${pending}; draft decree (plo.vn 23/02/2026)`, 'unconfirmed'),
        who('certify_completion', 'commune_chairman', pending, 'unconfirmed'),
        ...voluntaryProviders.filter((a) => a.from !== null),
      ],
    },
    voluntary_rehab_facility: {
      ...base.voluntary_rehab_facility,
      durations: [term(6, 12, `${pending}; 73/2021 Điều 31 carried over`, 'unconfirmed')],
    },
    compulsory_rehab: {
      ...base.compulsory_rehab,
      durations: [
        term(6, 12, `${pending}; 73/2021 Điều 33 carried over for 12–<18`, 'unconfirmed', {
          ageFrom: 12,
          ageBelow: 18,
        }),
        term(36, 36, `${L120}: 36 tháng từ lần thứ hai (scope: compulsory — DOMAIN.md e8)`, 'likely', {
          ageFrom: 18,
          occurrenceFrom: 2,
        }),
        term(24, 24, `${L120}: 24 tháng lần đầu (scope: compulsory — DOMAIN.md e8)`, 'likely', {
          ageFrom: 18,
        }),
      ],
      authorities: [
        who('decide', 'regional_court', pending, 'unconfirmed'),
        who('prepare_dossier', 'commune_police_chief', pending, 'unconfirmed'),
      ],
    },
    post_rehab_management: {
      ...base.post_rehab_management,
      durations: [term(12, 12, `${pending}; 73/2021 Điều 40 carried over (1 or 2 years)`, 'unconfirmed')],
      authorities: [
        who('decide', 'commune_chairman', pending, 'unconfirmed'),
        who('certify_completion', 'commune_chairman', pending, 'unconfirmed'),
      ],
    },
    electronic_monitoring: {
      ...base.electronic_monitoring,
      available: v(true, `${L120} Điều 12`, 'confirmed'),
      authorities: [
        who(
          'order',
          'commune_police_chief',
          `${L120} Điều 12: Trưởng Công an cấp xã (community rehab, methadone, post-rehab)`,
          'confirmed',
        ),
      ],
    },
  };
}

export const law73MeasureRuleSet: MeasureRuleSet = {
  id: 'measures-luat-73-2021',
  version: '1',
  regime: 'luat_73_2021',
  title: {
    vi: 'Luật Phòng, chống ma túy 73/2021/QH14, NĐ 105/2021, NĐ 116/2021',
    en: 'Drug Prevention and Control Law 73/2021/QH14, Decrees 105/2021 and 116/2021',
  },
  effectiveFrom: '2022-01-01',
  effectiveTo: LAW_73_2021_LAST_DAY,
  periodRule: PERIOD_RULE_SOURCE,
  measures: measures73(),
  configured: false,
};

export const law120MeasureRuleSet: MeasureRuleSet = {
  id: 'measures-luat-120-2025',
  version: '1',
  regime: 'luat_120_2025',
  title: {
    vi: 'Luật Phòng, chống ma túy 120/2025/QH15',
    en: 'Drug Prevention and Control Law 120/2025/QH15',
  },
  effectiveFrom: LAW_120_2025_FIRST_DAY,
  effectiveTo: null,
  periodRule: PERIOD_RULE_SOURCE,
  measures: measures120(),
  configured: false,
};

export const defaultMeasureRuleSets: readonly MeasureRuleSet[] = [law73MeasureRuleSet, law120MeasureRuleSet];

export const defaultAlertSettings: AlertSettings = {
  endingWithinDays: 30,
  reviewGraceDays: 0,
  art256aYears: 2,
  art256aFrom: '2025-07-01',
  art256aAfterPostRehabNeedsUserManagement: true,
};

/** `id@version`, what a measure stores as its rule set. */
export const measureRuleSetKey = (rs: MeasureRuleSet): string => `${rs.id}@${rs.version}`;
