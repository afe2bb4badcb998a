import { PERIOD_RULE_SOURCE } from '../calendar/periods.ts';
import type { BilingualText, Confidence } from '../classification/types.ts';
import type { RuleValue } from '../measures/types.ts';

/**
 * The rules for handling crime tips (tố giác, tin báo về tội phạm, kiến nghị khởi tố): BLTTHS 2015 Điều 134,
 * 145–149 and TTLT 01/2017 (DOMAIN.md b1; reference/legal-notes.md §3). Every value records its legal source and
 * confidence like the measure rule sets; unconfirmed values are configuration (`configureTipRules`), and
 * docs/TIPS-RULES.md lists them all.
 */

const BLTTHS = 'BLTTHS 2015 (101/2015/QH13)';
const TTLT = 'TTLT 01/2017/TTLT-BCA-BQP-BTC-BNN&PTNT-VKSNDTC';

/** Where a month extension is counted from (DOMAIN.md open question 11). */
export type ExtensionBase = 'receipt' | 'previous_due';

/** How a tip is closed, for retention (a suspended tip is not closed: it can be resumed). */
export const tipClosures = ['prosecute', 'decline', 'transfer', 'dismissed'] as const;
export type TipClosure = (typeof tipClosures)[number];

export type TipRuleSet = {
  id: string;
  /** '1' for the built-in set; `configureTipRules` appends '+cau-hinh'. */
  version: string;
  title: BilingualText;
  periodRule: string;
  /** Điều 147 k1: the handling period in days from receipt. */
  handlingDays: RuleValue<number>;
  /** Count the day of receipt as day 1 (true) or start the next day (false, BLDS Điều 147 k2). */
  countReceiptDay: RuleValue<boolean>;
  /** Move a day-counted end that falls on a day off to the next working day (Điều 134 k1 states it for months). */
  dayOffRuleForDays: RuleValue<boolean>;
  /** Điều 134 k1: a month-counted end on a day off moves to the next working day. */
  dayOffRuleForMonths: RuleValue<boolean>;
  /** Điều 147 k2: the investigation body may lengthen the period, at most this many months in all. */
  extensionMaxMonths: RuleValue<number>;
  extensionBase: RuleValue<ExtensionBase>;
  /** Điều 147 k2: the procuracy (Viện trưởng VKS) may extend once more, at most this many months. */
  prosecutorExtensionMaxMonths: RuleValue<number>;
  prosecutorExtensionMaxCount: RuleValue<number>;
  /** Điều 149 k1 (and Điều 148 k2 for a cancelled suspension): the further period after resumption, in months. */
  resumedPeriodMonths: RuleValue<number>;
  /** Điều 145: written notice to the procuracy within this many days of receipt (shown, not enforced). */
  notifyProcuracyDays: RuleValue<number>;
  /** TTLT 01/2017 Điều 4 k2: commune police pass a tip to the competent body within these hours. */
  transferHours: RuleValue<number>;
  remoteTransferHours: RuleValue<number>;
  /** Unit codes of remote / isolated / island communes that get `remoteTransferHours` (province's list). */
  remoteCommuneUnitCodes: RuleValue<readonly string[]>;
  /** Inbox colours: a deadline this many days away (or fewer) is "due soon". */
  deadlineWarnDays: RuleValue<number>;
  /** A transfer window with this many hours left (or fewer) is "due soon". */
  transferWarnHours: RuleValue<number>;
  /** Years a closed tip is kept, per closure, and how many days before the end to warn. */
  retentionYears: RuleValue<Readonly<Record<TipClosure, number>>>;
  retentionWarnDays: RuleValue<number>;
  configured: boolean;
};

const v = <T>(value: T, source: string, confidence: Confidence): RuleValue<T> => ({
  value,
  source,
  confidence,
});

export const defaultTipRuleSet: TipRuleSet = {
  id: 'tips-bltths-2015',
  version: '1',
  title: {
    vi: 'BLTTHS 2015 Điều 134, 145–149; TTLT 01/2017 — giải quyết tố giác, tin báo về tội phạm, kiến nghị khởi tố',
    en: 'Criminal Procedure Code 2015 arts. 134, 145–149; Joint Circular 01/2017 — handling crime tips',
  },
  periodRule: `${BLTTHS} Điều 134 k1; ${PERIOD_RULE_SOURCE}`,
  handlingDays: v(20, `${BLTTHS} Điều 147 k1: "trong thời hạn 20 ngày kể từ ngày nhận được"`, 'confirmed'),
  countReceiptDay: v(
    false,
    'BLDS 2015 Điều 147 k2 (the day of the event is not counted); BLTTHS Điều 134 is silent — ask the users',
    'likely',
  ),
  dayOffRuleForDays: v(
    true,
    `${BLTTHS} Điều 134 k1 — the day-off sentence sits in the month clause (DOMAIN.md b1, open question 10)`,
    'unconfirmed',
  ),
  dayOffRuleForMonths: v(true, `${BLTTHS} Điều 134 k1`, 'confirmed'),
  extensionMaxMonths: v(2, `${BLTTHS} Điều 147 k2: "có thể kéo dài nhưng không quá 02 tháng"`, 'confirmed'),
  extensionBase: v(
    'receipt',
    `${BLTTHS} Điều 147 k2: the period "kéo dài … không quá 02 tháng" read as counted from receipt (≈ 4 months in all with the procuracy's extension); DOMAIN.md open question 11`,
    'likely',
  ),
  prosecutorExtensionMaxMonths: v(
    2,
    `${BLTTHS} Điều 147 k2: "gia hạn một lần nhưng không quá 02 tháng"`,
    'confirmed',
  ),
  prosecutorExtensionMaxCount: v(1, `${BLTTHS} Điều 147 k2: "gia hạn một lần"`, 'confirmed'),
  resumedPeriodMonths: v(
    1,
    `${BLTTHS} Điều 149 k1: "tiếp không quá 01 tháng kể từ ngày ra quyết định phục hồi"; Điều 148 k2 (VKS hủy quyết định tạm đình chỉ: từ ngày nhận được quyết định hủy bỏ)`,
    'confirmed',
  ),
  notifyProcuracyDays: v(3, `${BLTTHS} Điều 145 (text truncated in the source read)`, 'likely'),
  transferHours: v(24, `${TTLT} Điều 4 k2; ${BLTTHS} Điều 146 k3 (Luật 02/2021: "chuyển ngay")`, 'confirmed'),
  remoteTransferHours: v(48, `${TTLT} Điều 4 k2 (xã vùng sâu, vùng xa, biên giới, hải đảo)`, 'confirmed'),
  remoteCommuneUnitCodes: v(
    [],
    `${TTLT} Điều 4 k2 — which communes are remote is the province's list (DOMAIN.md open question 12)`,
    'unconfirmed',
  ),
  deadlineWarnDays: v(3, 'PCMT setting (alert before each deadline, issue 10)', 'unconfirmed'),
  transferWarnHours: v(6, 'PCMT setting', 'unconfirmed'),
  retentionYears: v(
    { prosecute: 20, decline: 10, transfer: 5, dismissed: 2 },
    'No retention period found for tip records (DOMAIN.md open question 18; Luật Lưu trữ 2024 and the police archive list not read) — placeholder values',
    'unconfirmed',
  ),
  retentionWarnDays: v(90, 'PCMT setting (warn before expiry, never delete silently)', 'unconfirmed'),
  configured: false,
};

/** The plain values a province may configure (unconfirmed or local values). */
export type TipSettings = {
  countReceiptDay: boolean;
  dayOffRuleForDays: boolean;
  extensionBase: ExtensionBase;
  remoteCommuneUnitCodes: readonly string[];
  deadlineWarnDays: number;
  transferWarnHours: number;
  retentionYears: Readonly<Record<TipClosure, number>>;
  retentionWarnDays: number;
};

/** A copy of `base` with configured values (marked `configured`, version tagged) — the base is not changed. */
export function configureTipRules(
  settings: Partial<TipSettings>,
  base: TipRuleSet = defaultTipRuleSet,
): TipRuleSet {
  const out: TipRuleSet = { ...base };
  const set = <K extends keyof TipSettings>(key: K) => {
    const value = settings[key];
    if (value === undefined) return;
    (out as unknown as Record<K, RuleValue<TipSettings[K]>>)[key] = {
      ...(base[key] as RuleValue<TipSettings[K]>),
      value: value as TipSettings[K],
      configured: true,
    };
  };
  for (const key of Object.keys(settings) as (keyof TipSettings)[]) set(key);
  if (Object.keys(settings).length === 0) return out;
  return { ...out, configured: true, version: `${base.version}+cau-hinh` };
}
