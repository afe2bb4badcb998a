import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { userAccount } from '../../platform/db/schema/index.ts';
import { SEED_LOCK } from '../units/unit-seed.ts';
import { SYSTEM_USERNAME } from './actor.ts';

/** The built-in `system` account, or null before its first start. */
export async function findSystemAccount(db: Db) {
  const [row] = await db
    .select({ id: userAccount.id, agencyId: userAccount.agencyId, status: userAccount.status })
    .from(userAccount)
    .where(eq(userAccount.username, SYSTEM_USERNAME));
  return row ?? null;
}

/**
 * Serialises what a first start creates (units, the system account, the first administrator) with other app
 * servers and CLI runs starting at the same moment. Released when the transaction ends.
 */
export async function lockFirstStart(tx: Db): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
}
