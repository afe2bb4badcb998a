import type { Db } from '../../platform/db/client.ts';
import { unitLink } from '../../platform/db/schema/index.ts';
import { type HistoryEvent, type SnapshotUnit, unitVersions } from './unit-history.ts';
import {
  ensureNewProvince,
  insertBoundaries,
  insertNewCommunes,
  insertVersions,
  LAST_OLD_DAY,
  type MappingRow,
  must,
  type NewUnit,
  REFORM_DATE,
  readData,
} from './unit-seed-support.ts';

/**
 * Former tỉnh Kon Tum (62): its 113 units of 2023 with their versions since 31/8/2004, the 40 communes of the new
 * tỉnh Quảng Ngãi that cover it (units_2025.json), the 102-row mapping, link 62 → 51 and the boundaries.
 */
export async function seedKonTum(tx: Db): Promise<void> {
  const versions = unitVersions(
    readData<SnapshotUnit[]>('kontum_units_2023.json'),
    readData<{ events: HistoryEvent[] }>('kontum_history.json').events,
    { snapshotDate: '2023-04-10', lastDay: LAST_OLD_DAY },
  );
  const { lastIds: oldIds } = await insertVersions(tx, versions);
  const provinceId = await ensureNewProvince(tx);
  const newIds = await insertNewCommunes(tx, provinceId, readData<NewUnit[]>('units_2025.json'));

  await tx.insert(unitLink).values([
    {
      predecessorId: must(oldIds, '62'),
      successorId: provinceId,
      mergeType: 'full',
      legalBasis: '202/2025/QH15',
      effectiveDate: REFORM_DATE,
      note: 'Hợp nhất tỉnh Kon Tum và tỉnh Quảng Ngãi thành tỉnh Quảng Ngãi',
    },
    ...readData<MappingRow[]>('mapping_2025.json').map((m) => ({
      predecessorId: must(oldIds, m.oldCode),
      successorId: must(newIds, m.newCode),
      mergeType: m.mergeType,
      legalBasis: m.legalBasis,
      effectiveDate: m.effectiveDate,
      // Data-provenance remarks (English, about upstream sources) belong in PROVENANCE.md, not on screen.
      note: null,
    })),
  ]);

  await insertBoundaries(tx, 'kontum_boundaries.geojson', oldIds);
  await insertBoundaries(tx, 'kontum_communes_2025.geojson', newIds);
}
