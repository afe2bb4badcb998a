import { addDays, addMonthsClamped, type IsoDate, maxDate, minDate } from '../calendar/dates.ts';
import type { BilingualText } from '../classification/types.ts';
import { type MeasureEndOptions, measurePeriod } from './compute.ts';
import type { MeasureFact, PersonHistory } from './history.ts';
import { defaultAlertSettings } from './rule-sets.ts';
import type { AlertSettings } from './types.ts';

/**
 * BLHS 2015 Điều 256a (Tội sử dụng trái phép chất ma túy, added by Luật 86/2025/QH15 from 01/7/2025): using
 * drugs illegally is a crime when the person
 *  a) is in rehab (cai nghiện) or in substitution treatment;
 *  b) is under post-rehab management;
 *  c) within 02 years after post-rehab management ended, while under management as an illicit user;
 *  d) within 02 years after self-terminating voluntary rehab or substitution treatment.
 * (reference/legal-notes.md 4.1, phaply.net.vn quoting the law). The windows are computed from the measure dates;
 * none is open before the article took effect (`art256aFrom`), and a window is clipped to start there. The
 * "2 years after" windows start the day after the end and last to the matching day two years later (BLDS
 * Điều 148 k4). A running measure's window ends on its planned term end (the alerts flag a term that passed
 * without its end being recorded); a measure with no term (methadone) leaves it open.
 */

export type Art256aClause =
  | 'a_rehab'
  | 'a_substitution'
  | 'b_post_rehab'
  | 'c_after_post_rehab'
  | 'd_after_quit';

export type Art256aWindow = {
  clause: Art256aClause;
  measureId: string;
  from: IsoDate;
  /** Inclusive last day; null = open while the measure runs. */
  to: IsoDate | null;
  label: BilingualText;
};

const clauseLabel: Readonly<Record<Art256aClause, BilingualText>> = {
  a_rehab: { vi: 'Đang cai nghiện ma túy (Điều 256a điểm a)', en: 'In rehab (Art. 256a a)' },
  a_substitution: {
    vi: 'Đang điều trị nghiện bằng thuốc thay thế (Điều 256a điểm a)',
    en: 'In substitution treatment (Art. 256a a)',
  },
  b_post_rehab: {
    vi: 'Đang quản lý sau cai nghiện (Điều 256a điểm b)',
    en: 'Under post-rehab management (Art. 256a b)',
  },
  c_after_post_rehab: {
    vi: 'Trong 02 năm sau khi hết quản lý sau cai nghiện và đang bị quản lý người sử dụng trái phép (Điều 256a điểm c)',
    en: 'Within 2 years after post-rehab management while managed as an illicit user (Art. 256a c)',
  },
  d_after_quit: {
    vi: 'Trong 02 năm sau khi tự ý chấm dứt cai nghiện tự nguyện hoặc điều trị thay thế (Điều 256a điểm d)',
    en: 'Within 2 years after quitting voluntary rehab or substitution treatment (Art. 256a d)',
  },
};

const rehab = new Set(['voluntary_rehab_community', 'voluntary_rehab_facility', 'compulsory_rehab']);
const quittable = new Set([
  'voluntary_rehab_community',
  'voluntary_rehab_facility',
  'substitution_treatment',
]);

/** Intersects [from, to] with the law's start; null when nothing is left. */
function clip(
  from: IsoDate,
  to: IsoDate | null,
  lawFrom: IsoDate,
): { from: IsoDate; to: IsoDate | null } | null {
  const f = maxDate(from, lawFrom);
  if (to !== null && to < f) return null;
  return { from: f, to };
}

/** The Điều 256a windows of a person's history as known on `today`, in date order. */
export function art256aWindows(
  history: Pick<PersonHistory, 'measures'>,
  today: IsoDate,
  settings: AlertSettings = defaultAlertSettings,
  options: MeasureEndOptions = {},
): Art256aWindow[] {
  const out: Art256aWindow[] = [];
  const push = (clause: Art256aClause, m: MeasureFact, from: IsoDate, to: IsoDate | null) => {
    const c = clip(from, to, settings.art256aFrom);
    if (c) out.push({ clause, measureId: m.id, ...c, label: clauseLabel[clause] });
  };
  const userManagement = history.measures
    .filter((m) => m.type === 'user_management')
    .map((m) => measurePeriod(m, today, { ...options, projected: true }))
    .filter((p): p is { from: IsoDate; to: IsoDate | null } => p !== null);
  for (const m of history.measures) {
    const p = measurePeriod(m, today, { ...options, projected: true });
    if (!p) continue;
    if (rehab.has(m.type)) push('a_rehab', m, p.from, p.to);
    if (m.type === 'substitution_treatment') push('a_substitution', m, p.from, p.to);
    if (m.type === 'post_rehab_management') {
      push('b_post_rehab', m, p.from, p.to);
      if (p.to !== null) {
        const from = addDays(p.to, 1);
        const to = addMonthsClamped(p.to, 12 * settings.art256aYears);
        if (!settings.art256aAfterPostRehabNeedsUserManagement) push('c_after_post_rehab', m, from, to);
        else
          for (const um of userManagement) {
            const f = maxDate(from, um.from);
            const t = um.to === null ? to : minDate(to, um.to);
            if (f <= t) push('c_after_post_rehab', m, f, t);
          }
      }
    }
    if (quittable.has(m.type) && m.status === 'ended_early' && m.earlyEndReason === 'quit' && m.earlyEndOn) {
      push(
        'd_after_quit',
        m,
        addDays(m.earlyEndOn, 1),
        addMonthsClamped(m.earlyEndOn, 12 * settings.art256aYears),
      );
    }
  }
  return out.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** The windows containing `date` (e.g. a positive test date): non-empty = "thuộc diện Điều 256a". */
export function art256aWindowsOn(windows: readonly Art256aWindow[], date: IsoDate): Art256aWindow[] {
  return windows.filter((w) => w.from <= date && (w.to === null || date <= w.to));
}
