import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { repoDataDir } from '../../platform/data-dir.ts';
import type { Db } from '../../platform/db/client.ts';
import { unit, unitBoundary } from '../../platform/db/schema/index.ts';
import type { UnitVersion } from './unit-history.ts';

/** Shared by the per-province loaders of `unit-seed.ts` (data/admin-units, see its PROVENANCE.md). */
export const REFORM_DATE = '2025-07-01';
export const LAST_OLD_DAY = '2025-06-30';

/** A commune of the new tỉnh Quảng Ngãi (units_2025.json, quangngai_units_2025.json). */
export type NewUnit = {
  code: string;
  name: string;
  shortName: string;
  type: string;
  areaKm2: number | null;
  population: number | null;
  adminCenter: string | null;
};
/** One old → new row of mapping_2025.json / quangngai_mapping_2025.json. */
export type MappingRow = {
  oldCode: string;
  oldName: string;
  newCode: string;
  newName: string;
  mergeType: string;
  legalBasis: string;
  effectiveDate: string;
};
export type Feature = { properties: { code: string; labelPoint?: [number, number] }; geometry: unknown };

export const readData = <T>(file: string): T =>
  JSON.parse(readFileSync(path.join(repoDataDir, 'admin-units', file), 'utf8')) as T;

export function must(ids: ReadonlyMap<string, string>, code: string): string {
  const id = ids.get(code);
  if (!id) throw new Error(`Dữ liệu đơn vị hành chính thiếu mã ${code}`);
  return id;
}

export type InsertedVersions = {
  /** Code → id of the version the 2025 reform ended (what the mapping and the boundaries concern). */
  lastIds: Map<string, string>;
  /** The id of the version of `code` valid on `date`. */
  idAt(code: string, date: string): string;
};

/**
 * Inserts the versions of one province's history, each pointing at its parent's version valid on its first day.
 * Ids are drawn here so that a whole level goes in one statement (the first start stays short).
 */
export async function insertVersions(
  tx: Db,
  versions: readonly UnitVersion[],
  factsOf: (v: UnitVersion) => Record<string, unknown> = () => ({}),
): Promise<InsertedVersions> {
  const rows = versions.map((v) => ({ v, id: randomUUID() }));
  const byCode = new Map<string, typeof rows>();
  for (const r of rows) byCode.set(r.v.code, [...(byCode.get(r.v.code) ?? []), r]);
  const idAt = (code: string, date: string): string => {
    const found = byCode.get(code)?.find((r) => r.v.validFrom <= date && r.v.validTo >= date);
    if (!found) throw new Error(`Dữ liệu lịch sử: không có ${code} ngày ${date}`);
    return found.id;
  };
  const levels = [...new Set(versions.map((v) => v.level))].sort((a, b) => a - b);
  for (const level of levels) {
    await tx.insert(unit).values(
      rows
        .filter((r) => r.v.level === level)
        .map(({ v, id }) => ({
          id,
          code: v.code,
          name: v.name,
          shortName: v.shortName,
          type: v.type,
          level: v.level,
          parentId: v.parentCode ? idAt(v.parentCode, v.validFrom) : null,
          validFrom: v.validFrom,
          validTo: v.validTo,
          facts: factsOf(v),
        })),
    );
  }
  const lastIds = new Map(rows.filter((r) => r.v.validTo === LAST_OLD_DAY).map((r) => [r.v.code, r.id]));
  return { lastIds, idAt };
}

/**
 * The new tỉnh Quảng Ngãi (51 from 01/7/2025): one row whichever province file is loaded first. It is not the
 * old tỉnh Quảng Ngãi (51 until 30/6/2025), a separate unit linked to it.
 */
export async function ensureNewProvince(tx: Db): Promise<string> {
  const [found] = await tx
    .select({ id: unit.id })
    .from(unit)
    .where(and(eq(unit.code, '51'), eq(unit.validFrom, REFORM_DATE)));
  if (found) return found.id;
  const [row] = await tx
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
  return row!.id;
}

/** Inserts the communes of the new province; returns code → id of those inserted. */
export async function insertNewCommunes(
  tx: Db,
  provinceId: string,
  communes: readonly NewUnit[],
): Promise<Map<string, string>> {
  if (communes.length === 0) return new Map();
  const rows = await tx
    .insert(unit)
    .values(
      communes.map((u) => ({
        code: u.code,
        name: u.name,
        shortName: u.shortName,
        type: u.type,
        level: 2,
        parentId: provinceId,
        validFrom: REFORM_DATE,
        facts: { areaKm2: u.areaKm2, population: u.population, adminCenter: u.adminCenter },
      })),
    )
    .returning({ id: unit.id, code: unit.code });
  return new Map(rows.map((r) => [r.code, r.id]));
}

/** The polygons of `file` whose code is in `ids`, attached to those units (with their label points). */
export async function insertBoundaries(
  tx: Db,
  file: string,
  ids: ReadonlyMap<string, string>,
  opts: { only?: (code: string) => boolean } = {},
): Promise<void> {
  const features = readData<{ features: Feature[] }>(file).features.filter(
    (f) => opts.only?.(f.properties.code) ?? true,
  );
  if (features.length === 0) return;
  await tx.insert(unitBoundary).values(
    features.map((f) => ({
      unitId: must(ids, f.properties.code),
      geometry: f.geometry,
      labelPoint: f.properties.labelPoint ?? null,
      source: file,
    })),
  );
}
