import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { repoDataDir } from '../../platform/data-dir.ts';
import type { Db } from '../../platform/db/client.ts';
import { unit, unitBoundary, unitLink } from '../../platform/db/schema/index.ts';

/**
 * Seeds the real unit data of data/admin-units (see its PROVENANCE.md): the Kon Tum tree valid until the
 * 2025 reform, the 40 Quảng Ngãi communes that cover former Kon Tum, the 102-row old→new mapping and the
 * boundaries. Idempotent: does nothing when province 62 is already there.
 */
const REFORM_DATE = '2025-07-01';
const LAST_OLD_DAY = '2025-06-30';
/** First GSO snapshot containing Kon Tum; "created" there means "present since at least this date". */
const BASELINE_DATE = '2004-08-31';
/** Where the GSO snapshot date is not the legal effective date (PROVENANCE: Măng Đen 1/9/2019). */
const LEGAL_DATE_OVERRIDES: Record<string, string> = { '2019-11-01': '2019-09-01' };

type OldUnit = {
  code: string;
  name: string;
  shortName: string;
  type: string;
  level: number;
  parentCode: string | null;
};
type NewUnit = {
  code: string;
  name: string;
  shortName: string;
  type: string;
  parentCode: string;
  areaKm2: number | null;
  population: number | null;
  adminCenter: string | null;
  formerUnitCodes: string[];
};
type MappingRow = {
  oldCode: string;
  newCode: string;
  mergeType: string;
  legalBasis: string;
  effectiveDate: string;
  note?: string;
};
type HistoryEvent = { gsoDataDate: string; changes: unknown };
type Feature = { properties: { code: string; labelPoint?: [number, number] }; geometry: unknown };

const read = <T>(file: string): T =>
  JSON.parse(readFileSync(path.join(repoDataDir, 'admin-units', file), 'utf8')) as T;

/** validFrom of each 2023 unit: the date of the last change that touched its code (else the baseline). */
function lastChangeDates(): Map<string, string> {
  const history = read<{ events: HistoryEvent[] }>('kontum_history.json');
  const dates = new Map<string, string>();
  for (const event of history.events) {
    if (!Array.isArray(event.changes)) continue; // the 2025 summary entry has no per-code rows
    const date = LEGAL_DATE_OVERRIDES[event.gsoDataDate] ?? event.gsoDataDate;
    for (const change of event.changes as { code: string }[]) {
      if (date > (dates.get(change.code) ?? '')) dates.set(change.code, date);
    }
  }
  return dates;
}

export async function seedUnits(db: Db): Promise<{ inserted: boolean }> {
  const existing = await db.select({ id: unit.id }).from(unit).where(eq(unit.code, '62')).limit(1);
  if (existing.length > 0) return { inserted: false };

  const oldUnits = read<OldUnit[]>('kontum_units_2023.json');
  const newUnits = read<NewUnit[]>('units_2025.json');
  const mapping = read<MappingRow[]>('mapping_2025.json');
  const changed = lastChangeDates();

  await db.transaction(async (tx) => {
    const oldIds = new Map<string, string>();
    // Parents first: the list is ordered province, districts, communes, but sort by level to be sure.
    for (const u of [...oldUnits].sort((a, b) => a.level - b.level)) {
      const [row] = await tx
        .insert(unit)
        .values({
          code: u.code,
          name: u.name,
          shortName: u.shortName,
          type: u.type,
          level: u.level,
          parentId: u.parentCode ? (oldIds.get(u.parentCode) ?? null) : null,
          validFrom: changed.get(u.code) ?? BASELINE_DATE,
          validTo: LAST_OLD_DAY,
        })
        .returning({ id: unit.id });
      oldIds.set(u.code, row!.id);
    }

    const [province] = await tx
      .insert(unit)
      .values({
        code: '51',
        name: 'Tỉnh Quảng Ngãi',
        shortName: 'Quảng Ngãi',
        type: 'tinh',
        level: 1,
        validFrom: REFORM_DATE,
      })
      .returning({ id: unit.id });
    const newIds = new Map<string, string>();
    const newRows = await tx
      .insert(unit)
      .values(
        newUnits.map((u) => ({
          code: u.code,
          name: u.name,
          shortName: u.shortName,
          type: u.type,
          level: 2,
          parentId: province!.id,
          validFrom: REFORM_DATE,
          facts: { areaKm2: u.areaKm2, population: u.population, adminCenter: u.adminCenter },
        })),
      )
      .returning({ id: unit.id, code: unit.code });
    for (const r of newRows) newIds.set(r.code, r.id);

    await tx.insert(unitLink).values([
      {
        predecessorId: oldIds.get('62')!,
        successorId: province!.id,
        mergeType: 'full',
        legalBasis: '202/2025/QH15',
        effectiveDate: REFORM_DATE,
        note: 'Hợp nhất tỉnh Kon Tum và tỉnh Quảng Ngãi thành tỉnh Quảng Ngãi',
      },
      ...mapping.map((m) => ({
        predecessorId: must(oldIds, m.oldCode),
        successorId: must(newIds, m.newCode),
        mergeType: m.mergeType,
        legalBasis: m.legalBasis,
        effectiveDate: m.effectiveDate,
        note: m.note ?? null,
      })),
    ]);

    const boundaries = [
      ...read<{ features: Feature[] }>('kontum_boundaries.geojson').features.map((f) => ({
        f,
        ids: oldIds,
        source: 'kontum_boundaries.geojson',
      })),
      ...read<{ features: Feature[] }>('kontum_communes_2025.geojson').features.map((f) => ({
        f,
        ids: newIds,
        source: 'kontum_communes_2025.geojson',
      })),
    ];
    await tx.insert(unitBoundary).values(
      boundaries.map(({ f, ids, source }) => ({
        unitId: must(ids, f.properties.code),
        geometry: f.geometry,
        labelPoint: f.properties.labelPoint ?? null,
        source,
      })),
    );
  });
  return { inserted: true };
}

function must(ids: Map<string, string>, code: string): string {
  const id = ids.get(code);
  if (!id) throw new Error(`Dữ liệu đơn vị hành chính thiếu mã ${code}`);
  return id;
}
