import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { queryRows } from '../../platform/db/rows.ts';
import { agency } from '../../platform/db/schema/index.ts';
import { refreshAgencyScope } from '../access/scope.ts';
import { seedKonTum } from './unit-seed-kontum.ts';
import { seedQuangNgai } from './unit-seed-quangngai.ts';

/**
 * Seeds the real unit data of data/admin-units (see its PROVENANCE.md), one part per former province, each
 * with its versions since the first GSO snapshot (31/8/2004), its share of the 96 communes of today's tỉnh
 * Quảng Ngãi, its old → new links and its boundaries. Idempotent and incremental: a part whose marker unit is
 * present is skipped, so a database seeded before a part existed (Kon Tum only) gets the rest on its next start,
 * and the ids records point at are never touched.
 */
export const SEED_LOCK = 7_262_003;

type SeedPart = { name: string; marker: SQL; seed: (tx: Db) => Promise<void> };

/** In order: the new province 51 is created by whichever part comes first and reused by the others. */
const PARTS: SeedPart[] = [
  // Province 62 exists only in the Kon Tum part.
  { name: 'kontum', marker: sql`exists (select 1 from unit where code = '62')`, seed: seedKonTum },
  // The old tỉnh Quảng Ngãi (51 until 30/6/2025), not the new one that the Kon Tum part also creates.
  {
    name: 'quangngai',
    marker: sql`exists (select 1 from unit where code = '51' and valid_to = '2025-06-30')`,
    seed: seedQuangNgai,
  },
];

const missingParts = async (db: Db): Promise<SeedPart[]> => {
  const [row] = await queryRows<Record<string, boolean>>(
    db,
    sql`select ${sql.join(
      PARTS.map((p) => sql`${p.marker} as ${sql.identifier(p.name)}`),
      sql`, `,
    )}`,
  );
  return PARTS.filter((p) => !row?.[p.name]);
};

export async function seedUnits(db: Db): Promise<{ inserted: boolean; parts: string[] }> {
  if ((await missingParts(db)).length === 0) return { inserted: false, parts: [] };
  return db.transaction(async (tx) => {
    // Several app servers may start together: one seeds, the others find it done.
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    const missing = await missingParts(tx);
    for (const part of missing) await part.seed(tx);
    if (missing.length > 0) {
      // New links give existing units new predecessors (province 51 now reaches the old Quảng Ngãi): every
      // agency's materialised scope is rebuilt in the same transaction.
      for (const a of await tx.select({ id: agency.id }).from(agency)) await refreshAgencyScope(tx, a.id);
    }
    return { inserted: missing.length > 0, parts: missing.map((p) => p.name) };
  });
}
