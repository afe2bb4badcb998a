/** Calendar periods for the statistics. Reporting periods with cut-offs (NĐ 09/2019: 15th → 14th) can be
 *  passed instead: `tallyByUnitAndPeriod` takes any function from a date to a period label. */
export type CalendarPeriod = 'year' | 'quarter' | 'month';

/** '2024', '2024-Q3' or '2024-07' for an ISO date 'YYYY-MM-DD' (or a longer ISO timestamp). */
export function calendarPeriodOf(date: string, kind: CalendarPeriod): string {
  const m = /^(\d{4})-(\d{2})/.exec(date);
  if (!m) throw new RangeError(`not an ISO date: ${date}`);
  const [, year, month] = m;
  if (kind === 'year') return year!;
  if (kind === 'month') return `${year}-${month}`;
  return `${year}-Q${Math.ceil(Number(month) / 3)}`;
}

export type TallyResult = {
  /** Period labels in the order given (or sorted, when derived from the events). */
  periods: string[];
  /** values[k][i]: summed weight of period k in unit i (ids order). */
  values: number[][];
  /** Events whose place fell in no unit, or whose period is not in the list. */
  unplaced: number;
};

/**
 * Sums event weights per areal unit and period: the input of Gi* and of the emerging analysis. `unitOf`
 * places an event (a boundary index for communes, `cellAt` for a grid) and returns the unit id or null.
 */
export function tallyByUnitAndPeriod<E extends { weight?: number }>(
  events: readonly E[],
  ids: readonly string[],
  unitOf: (e: E) => string | null,
  periodOf: (e: E) => string,
  periods?: readonly string[],
): TallyResult {
  const labels = periods ? [...periods] : [...new Set(events.map(periodOf))].sort();
  const unitIndex = new Map(ids.map((id, i) => [id, i]));
  const periodIndex = new Map(labels.map((p, k) => [p, k]));
  const values = labels.map(() => ids.map(() => 0));
  let unplaced = 0;
  for (const e of events) {
    const u = unitIndex.get(unitOf(e) ?? '');
    const k = periodIndex.get(periodOf(e));
    if (u === undefined || k === undefined) {
      unplaced++;
      continue;
    }
    values[k]![u]! += e.weight ?? 1;
  }
  return { periods: labels, values, unplaced };
}
