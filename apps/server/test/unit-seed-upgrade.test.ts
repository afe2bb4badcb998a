import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { seedUnits } from '../src/modules/units/unit-seed.ts';
import type { Db } from '../src/platform/db/client.ts';
import { queryRows } from '../src/platform/db/rows.ts';
import { describeEachBackend } from './db.ts';
import { createAgency, unitId } from './fixtures.ts';

/** Units of former Quảng Ngãi: the old province, its districts (52x, 53x) and communes, the 56 new communes (21xxx). */
const quangNgaiPart = sql`(code = '51' and valid_to is not null) or code ~ '^(5[23][0-9]|21[0-9]{3})$'`;

/**
 * A database seeded before the whole province was (Kon Tum only) gets the rest on its next start: the seeded
 * template is cut back to the Kon Tum part, then seeded again.
 */
describeEachBackend('upgrading a database seeded with Kon Tum only', (getDb) => {
  let db: Db;
  let before: { id: string; code: string; valid_from: string }[];
  let province: string;
  beforeAll(async () => {
    db = getDb().db;
    const part = sql`select id from unit where ${quangNgaiPart}`;
    await db.execute(sql`delete from unit_boundary where unit_id in (${part})`);
    await db.execute(
      sql`delete from unit_link where predecessor_id in (${part}) or successor_id in (${part})`,
    );
    await db.execute(sql`delete from unit where ${quangNgaiPart}`);
    before = await queryRows(db, sql`select id, code, valid_from::text as valid_from from unit order by id`);
    province = await createAgency(db, { unitIds: [await unitId(db, '51', '2026-01-01')] });
  });
  const scopeCount = async (agencyId: string, at: string) =>
    (
      await queryRows<{ n: number }>(
        db,
        sql`select count(*)::int as n from agency_scope_unit s join unit u on u.id = s.unit_id
             where s.agency_id = ${agencyId} and u.valid_from <= ${at}::date and (u.valid_to is null or u.valid_to >= ${at}::date)`,
      )
    )[0]!.n;

  it('starts from the Kon Tum part alone', async () => {
    expect(before).toHaveLength(128 + 1 + 40);
    expect(await scopeCount(province, '2024-01-01')).toBe(113);
  });

  it('adds the Quảng Ngãi part, keeps every existing unit id and refreshes every agency scope', async () => {
    expect(await seedUnits(db)).toEqual({ inserted: true, parts: ['quangngai'] });
    const ids = new Set(
      (await queryRows<{ id: string }>(db, sql`select id from unit where not (${quangNgaiPart})`)).map(
        (r) => r.id,
      ),
    );
    expect(ids).toEqual(new Set(before.map((r) => r.id)));
    const [row] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from unit where valid_from = '2025-07-01'`,
    );
    expect(row?.n).toBe(97);
    expect(await scopeCount(province, '2024-01-01')).toBe(113 + 187);
    expect(await scopeCount(province, '2026-01-01')).toBe(97);
  });

  it('does nothing on the next start', async () => {
    expect(await seedUnits(db)).toEqual({ inserted: false, parts: [] });
  });
});
