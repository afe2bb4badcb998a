/**
 * Rebuilds the versions of a province's units from its GSO history file (kontum_history.json,
 * quangngai_history.json): replaying the events from the first snapshot (31/8/2004), every retype, rename or
 * move closes one version the day before and opens the next, a deletion closes the last one. So the tree of any
 * date is the tree of that date (Thị xã Kon Tum until 10/4/2009, Huyện Tây Trà until 31/1/2020, Xã Nghĩa Phú
 * until 31/12/2024…). The 2023 snapshot is checked against the replay and lends its short names.
 */
export type UnitFields = { name: string; type: string; parentCode: string | null };
export type HistoryChange = {
  code: string;
  change: string;
  before: UnitFields | null;
  after: UnitFields | null;
  /** For a deletion: the units that took its area (several when it was split). */
  absorbedBy?: string[];
};
export type HistoryEvent = {
  gsoDataDate: string;
  /** Absent: not checked (GSO date used). Null: known to be unverified (1279/NQ-UBTVQH15). */
  legalEffectiveDate?: string | null;
  decrees?: string[];
  changes: unknown;
};
export type SnapshotUnit = {
  code: string;
  name: string;
  shortName: string;
  type: string;
  level: number;
  parentCode: string | null;
};
export type UnitVersion = SnapshotUnit & { validFrom: string; validTo: string };
/** A unit that ceased to exist and the unit (one of several for a split) that took its area. */
export type AbsorptionLink = {
  oldCode: string;
  newCode: string;
  /** The legal (or GSO) date of the event: the old unit's last day is the day before. */
  date: string;
  /** Several absorbers: each received part of the old unit. */
  partial: boolean;
  legalBasis: string;
  /** The event's legal date was not verified; `date` is the GSO data date. */
  dateUnverified: boolean;
};

/** First GSO snapshot containing either province; "created" there means "present since at least this date". */
export const BASELINE_DATE = '2004-08-31';
/** Where the GSO snapshot date is not the legal date and the file does not say so (PROVENANCE: Măng Đen 1/9/2019). */
const LEGAL_DATE_OVERRIDES: Record<string, string> = { '2019-11-01': '2019-09-01' };

const TYPE_PREFIX = /^(Tỉnh|Huyện|Thành phố|Thị xã|Thị trấn|Xã|Phường)\s+/i;

export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The date a change takes effect: a known override, the legal date when the file gives one, else the GSO date. */
export const eventDate = (e: HistoryEvent): string =>
  LEGAL_DATE_OVERRIDES[e.gsoDataDate] ?? e.legalEffectiveDate ?? e.gsoDataDate;

/** The dated per-code events, oldest first (the 2025 summary entry has no per-code rows). */
function datedEvents(events: readonly HistoryEvent[]) {
  return events
    .filter((e) => Array.isArray(e.changes))
    .map((e) => ({ event: e, date: eventDate(e), changes: e.changes as HistoryChange[] }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

export function unitVersions(
  snapshot: readonly SnapshotUnit[],
  events: readonly HistoryEvent[],
  opts: { snapshotDate: string; lastDay: string },
): UnitVersion[] {
  const snap = new Map(snapshot.map((u) => [u.code, u]));
  const open = new Map<string, UnitVersion>();
  const out: UnitVersion[] = [];
  const start = (code: string, f: UnitFields, validFrom: string): UnitVersion => {
    const s = snap.get(code);
    // The snapshot's short name (GSO sorted list) where this version is the snapshot's; derived otherwise.
    const same = s && s.name === f.name && s.type === f.type && s.parentCode === f.parentCode;
    const parent = f.parentCode ? open.get(f.parentCode) : undefined;
    if (f.parentCode && !parent) throw new Error(`Dữ liệu lịch sử: ${code} thiếu đơn vị cha ${f.parentCode}`);
    return {
      code,
      name: f.name,
      shortName: same ? s.shortName : f.name.replace(TYPE_PREFIX, ''),
      type: f.type,
      level: parent ? parent.level + 1 : 1,
      parentCode: f.parentCode,
      validFrom,
      validTo: opts.lastDay,
    };
  };
  let checked = false;
  const check = () => {
    checked = true;
    const mismatch = [...snap.values()].filter((s) => {
      const v = open.get(s.code);
      return !v || v.name !== s.name || v.type !== s.type || v.parentCode !== s.parentCode;
    });
    if (mismatch.length > 0 || open.size !== snap.size)
      throw new Error(
        `Dữ liệu lịch sử không khớp danh mục ${opts.snapshotDate}: ${mismatch.map((m) => m.code)}`,
      );
  };
  for (const { date, changes } of datedEvents(events)) {
    if (!checked && date > opts.snapshotDate) check();
    // Parents before children: a district created on the same day as its communes.
    for (const c of [...changes].sort((a, b) => a.code.length - b.code.length)) {
      const prev = open.get(c.code);
      if (c.change === 'created') {
        if (prev) throw new Error(`Dữ liệu lịch sử: ${c.code} được tạo hai lần`);
        open.set(c.code, start(c.code, c.after!, date));
        continue;
      }
      if (!prev) throw new Error(`Dữ liệu lịch sử: ${c.code} thay đổi khi chưa tồn tại (${date})`);
      prev.validTo = dayBefore(date);
      out.push(prev);
      open.delete(c.code);
      if (c.change !== 'deleted') open.set(c.code, start(c.code, c.after!, date));
    }
  }
  if (!checked) check();
  out.push(...open.values());
  return out;
}

/** One link per (deleted unit, absorber) of the history: Xã Nghĩa Phú → Xã An Phú on 01/01/2025… */
export function absorptionLinks(events: readonly HistoryEvent[]): AbsorptionLink[] {
  return datedEvents(events).flatMap(({ event, date, changes }) =>
    changes
      .filter((c) => c.change === 'deleted')
      .flatMap((c) => {
        const absorbers = c.absorbedBy ?? [];
        if (absorbers.length === 0)
          throw new Error(`Dữ liệu lịch sử: ${c.code} bị xóa mà không rõ đơn vị nhận`);
        return absorbers.map((newCode) => ({
          oldCode: c.code,
          newCode,
          date,
          partial: absorbers.length > 1,
          legalBasis: (event.decrees?.[0] ?? '').split(/[\s:]/)[0]!,
          dateUnverified: event.legalEffectiveDate === null,
        }));
      }),
  );
}
