import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { Db } from '../src/platform/db/client.ts';
import { queryRows } from '../src/platform/db/rows.ts';
import { describeEachBackend } from './db.ts';
import { createAgency, unitId } from './fixtures.ts';

/** What an agency's jurisdiction reaches: descendants, earlier versions, and units merged into it. */
describeEachBackend('jurisdiction scope through history', (getDb) => {
  let db: Db;
  beforeAll(() => {
    db = getDb().db;
  });
  const scopeCodes = async (agencyId: string, at: string) =>
    (
      await queryRows<{ code: string }>(
        db,
        sql`select u.code from agency_scope_unit s join unit u on u.id = s.unit_id
             where s.agency_id = ${agencyId} and u.valid_from <= ${at}::date and (u.valid_to is null or u.valid_to >= ${at}::date)
             order by u.code`,
      )
    ).map((r) => r.code);

  it('gives a 2025 commune the records of the five wards merged into it', async () => {
    const agency = await createAgency(db, { unitIds: [await unitId(db, '23293', '2026-01-01')] });
    expect(await scopeCodes(agency, '2024-01-01')).toEqual(['23281', '23287', '23290', '23293', '23299']);
    expect(await scopeCodes(agency, '2026-01-01')).toEqual(['23293']);
  });

  it('does not give an old ward the new, larger ward that reuses its code', async () => {
    const agency = await createAgency(db, { unitIds: [await unitId(db, '23293', '2024-01-01')] });
    expect(await scopeCodes(agency, '2026-01-01')).toEqual([]);
    expect(await scopeCodes(agency, '2024-01-01')).toEqual(['23293']);
  });

  it('gives a district its communes across its own versions (Thị xã → Thành phố Kon Tum)', async () => {
    const agency = await createAgency(db, { unitIds: [await unitId(db, '608', '2024-01-01')] });
    const in2024 = await scopeCodes(agency, '2024-01-01');
    expect(in2024).toHaveLength(22); // the city and its 21 communes
    expect(in2024).toContain('23281');
    expect(await scopeCodes(agency, '2008-01-01')).toContain('608');
  });

  it('gives the new province everything of former Kon Tum and former Quảng Ngãi', async () => {
    const agency = await createAgency(db, { unitIds: [await unitId(db, '51', '2026-01-01')] });
    expect(await scopeCodes(agency, '2024-01-01')).toHaveLength(113 + 187);
    expect(await scopeCodes(agency, '2026-01-01')).toHaveLength(97);
    // A commune of old Quảng Ngãi in 2023, one merged away on 01/01/2025, a district dissolved in 2020.
    expect(await scopeCodes(agency, '2023-06-01')).toEqual(expect.arrayContaining(['21211', '21253', '51']));
    expect(await scopeCodes(agency, '2019-06-01')).toContain('526');
  });

  it('keeps old Quảng Ngãi out of a former Kon Tum ward, and the new province out of the old one', async () => {
    const ward = await createAgency(db, { unitIds: [await unitId(db, '23293', '2026-01-01')] });
    expect((await scopeCodes(ward, '2023-06-01')).filter((c) => !c.startsWith('23'))).toEqual([]);
    // Same code 51, two units: the old province is not a version of the new one.
    const oldProvince = await createAgency(db, { unitIds: [await unitId(db, '51', '2024-01-01')] });
    expect(await scopeCodes(oldProvince, '2026-01-01')).toEqual([]);
    expect(await scopeCodes(oldProvince, '2024-01-01')).toHaveLength(187);
  });

  it('gives a 2025 commune the units merged into its predecessors earlier (An Phú: Nghĩa An + Nghĩa Phú)', async () => {
    const anPhu = await createAgency(db, { unitIds: [await unitId(db, '21034', '2026-01-01')] });
    const in2024 = await scopeCodes(anPhu, '2024-06-01');
    expect(in2024).toEqual(expect.arrayContaining(['21253', '21262']));
    expect(in2024.every((c) => c.startsWith('21'))).toBe(true);
  });

  it('gives both successors of the split xã Trà Bùi its records to place, by point or by choice', async () => {
    for (const code of ['21136', '21157']) {
      const agency = await createAgency(db, { unitIds: [await unitId(db, code, '2026-01-01')] });
      expect(await scopeCodes(agency, '2024-06-01')).toContain('21142');
    }
  });
});
