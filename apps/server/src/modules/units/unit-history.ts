/**
 * Rebuilds the versions of each unit of the 2023 snapshot from kontum_history.json: every retype, rename or
 * move ends one version the day before and starts the next, so the tree of any date since the first GSO
 * snapshot (31/8/2004) is the tree of that date (Thị xã Kon Tum until 10/4/2009, Xã Đắk Long of Kon Plông
 * until 31/8/2019…).
 */
export type UnitFields = { name: string; type: string; parentCode: string | null };
export type HistoryChange = {
  code: string;
  change: string;
  before: UnitFields | null;
  after: UnitFields | null;
};
export type HistoryEvent = { gsoDataDate: string; changes: unknown };
export type SnapshotUnit = {
  code: string;
  name: string;
  shortName: string;
  type: string;
  level: number;
  parentCode: string | null;
};
export type UnitVersion = SnapshotUnit & { validFrom: string; validTo: string };

/** First GSO snapshot containing Kon Tum; "created" there means "present since at least this date". */
export const BASELINE_DATE = '2004-08-31';
/** Where the GSO snapshot date is not the legal effective date (PROVENANCE: Măng Đen 1/9/2019). */
const LEGAL_DATE_OVERRIDES: Record<string, string> = { '2019-11-01': '2019-09-01' };

const TYPE_PREFIX = /^(Tỉnh|Huyện|Thành phố|Thị xã|Thị trấn|Xã|Phường)\s+/;

export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export function unitVersions(
  snapshot: readonly SnapshotUnit[],
  events: readonly HistoryEvent[],
  lastDay: string,
): UnitVersion[] {
  const byCode = new Map<string, { date: string; change: HistoryChange }[]>();
  for (const event of events) {
    if (!Array.isArray(event.changes)) continue; // the 2025 summary entry has no per-code rows
    const date = LEGAL_DATE_OVERRIDES[event.gsoDataDate] ?? event.gsoDataDate;
    for (const change of event.changes as HistoryChange[]) {
      byCode.set(change.code, [...(byCode.get(change.code) ?? []), { date, change }]);
    }
  }
  const out: UnitVersion[] = [];
  for (const unit of snapshot) {
    const changes = (byCode.get(unit.code) ?? []).sort((a, b) => a.date.localeCompare(b.date));
    let current: UnitVersion = { ...unit, validFrom: BASELINE_DATE, validTo: lastDay };
    // Walk back from the snapshot: each later change closes the version before it.
    for (const { date, change } of [...changes].reverse()) {
      if (change.change === 'created') {
        current.validFrom = date;
        break;
      }
      current.validFrom = date;
      out.push(current);
      const before = change.before ?? {
        name: current.name,
        type: current.type,
        parentCode: current.parentCode,
      };
      current = {
        ...current,
        name: before.name,
        shortName: before.name.replace(TYPE_PREFIX, ''),
        type: before.type,
        parentCode: before.parentCode,
        validFrom: BASELINE_DATE,
        validTo: dayBefore(date),
      };
    }
    out.push(current);
  }
  return out;
}
