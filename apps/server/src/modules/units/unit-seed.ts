import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { repoDataDir } from '../../platform/data-dir.ts';
import type { Db } from '../../platform/db/client.ts';
import { unit, unitBoundary, unitLink } from '../../platform/db/schema/index.ts';
import { type HistoryEvent, type SnapshotUnit, unitVersions } from './unit-history.ts';

/**
 * Seeds the real unit data of data/admin-units (see its PROVENANCE.md): the Kon Tum tree with its versions
 * since the first GSO snapshot (31/8/2004) until the 2025 reform, the 40 Quảng Ngãi communes that cover
 * former Kon Tum, the 102-row old→new mapping and the boundaries. Idempotent: does nothing when province 62 is already there.
 */
export const SEED_LOCK = 7_262_003;
const REFORM_DATE = '2025-07-01';
const LAST_OLD_DAY = '2025-06-30';

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
type Feature = { properties: { code: string; labelPoint?: [number, number] }; geometry: unknown };

const read = <T>(file: string): T =>
  JSON.parse(readFileSync(path.join(repoDataDir, 'admin-units', file), 'utf8')) as T;

export async function seedUnits(db: Db): Promise<{ inserted: boolean }> {
  const existing = await db.select({ id: unit.id }).from(unit).where(eq(unit.code, '62')).limit(1);
  if (existing.length > 0) return { inserted: false };

  const oldUnits = read<SnapshotUnit[]>('kontum_units_2023.json');
  const newUnits = read<NewUnit[]>('units_2025.json');
  const mapping = read<MappingRow[]>('mapping_2025.json');

  return db.transaction(async (tx) => {
    // Several app servers may start together on an empty PostgreSQL: one seeds, the others find it done.
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    const [already] = await tx.select({ id: unit.id }).from(unit).where(eq(unit.code, '62')).limit(1);
    if (already) return { inserted: false };
    const oldIds = new Map<string, string>();
    // Parents first: the list is ordered province, districts, communes, but sort by level to be sure.
    // Parents first (by level), each version pointing at its parent's version valid on its first day.
    const versions = unitVersions(
      oldUnits,
      read<{ events: HistoryEvent[] }>('kontum_history.json').events,
      LAST_OLD_DAY,
    );
    const inserted: { code: string; id: string; validFrom: string; validTo: string }[] = [];
    for (const v of [...versions].sort(
      (a, b) => a.level - b.level || a.validFrom.localeCompare(b.validFrom),
    )) {
      const parent = v.parentCode
        ? inserted.find(
            (p) => p.code === v.parentCode && p.validFrom <= v.validFrom && p.validTo >= v.validFrom,
          )
        : undefined;
      if (v.parentCode && !parent)
        throw new Error(`Dữ liệu lịch sử: ${v.code} thiếu đơn vị cha ${v.parentCode} ngày ${v.validFrom}`);
      const [row] = await tx
        .insert(unit)
        .values({
          code: v.code,
          name: v.name,
          shortName: v.shortName,
          type: v.type,
          level: v.level,
          parentId: parent?.id ?? null,
          validFrom: v.validFrom,
          validTo: v.validTo,
        })
        .returning({ id: unit.id });
      inserted.push({ code: v.code, id: row!.id, validFrom: v.validFrom, validTo: v.validTo });
      // The mapping and the boundaries concern the last version (the one the 2025 reform ended).
      if (v.validTo === LAST_OLD_DAY) oldIds.set(v.code, row!.id);
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
        // Data-provenance remarks (English, about upstream sources) belong in PROVENANCE.md, not on screen.
        note: null,
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
    return { inserted: true };
  });
}

function must(ids: Map<string, string>, code: string): string {
  const id = ids.get(code);
  if (!id) throw new Error(`Dữ liệu đơn vị hành chính thiếu mã ${code}`);
  return id;
}
