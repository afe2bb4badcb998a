import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { signInThrottle } from '../../platform/db/schema/index.ts';

/**
 * Password guessing is slowed per (typed username, client address) pair instead of locking the account:
 * anyone could otherwise lock the well-known `admin` with five requests every quarter hour. After `free`
 * failures in a row the pair waits 30 s, doubling with each further failure up to `maxDelayMinutes`. An hour
 * without failures starts a fresh count. Unknown usernames are throttled exactly like real ones, so the
 * answer never tells whether an account exists.
 */
export type ThrottlePolicy = { free: number; maxDelayMinutes: number };
export const defaultThrottlePolicy: ThrottlePolicy = { free: 5, maxDelayMinutes: 15 };

/** The address a pair is keyed by; a missing address (tests, unix sockets) is one shared bucket. */
const addressOf = (ip: string | null) => ip ?? '-';

/** When the pair may try again, or null when it may try now. */
export async function throttledUntil(db: Db, username: string, ip: string | null): Promise<Date | null> {
  const [row] = await db
    .select({ blockedUntil: signInThrottle.blockedUntil })
    .from(signInThrottle)
    .where(and(eq(signInThrottle.username, username), eq(signInThrottle.ip, addressOf(ip))));
  const until = row?.blockedUntil ?? null;
  return until && until.getTime() > Date.now() ? until : null;
}

export async function recordSignInFailure(
  db: Db,
  username: string,
  ip: string | null,
  policy: ThrottlePolicy = defaultThrottlePolicy,
): Promise<void> {
  const fresh = sql`${signInThrottle.lastFailureAt} < now() - interval '1 hour'`;
  const failures = sql`case when ${fresh} then 1 else ${signInThrottle.failures} + 1 end`;
  // Delay in seconds: 0 for the first `free` failures, then 30 s · 2^(n − free − 1) up to the cap.
  const delay = sql`case when ${failures} <= ${policy.free} then 0
      else least(30 * power(2, least(${failures} - ${policy.free} - 1, 20)), ${policy.maxDelayMinutes * 60}) end`;
  await db
    .insert(signInThrottle)
    .values({ username, ip: addressOf(ip), failures: 1, blockedUntil: null })
    .onConflictDoUpdate({
      target: [signInThrottle.username, signInThrottle.ip],
      set: {
        failures,
        blockedUntil: sql`case when ${delay} = 0 then null else now() + make_interval(secs => ${delay}) end`,
        lastFailureAt: sql`now()`,
      },
    });
}

/** A successful sign-in from this pair clears its count. */
export async function clearSignInFailures(db: Db, username: string, ip: string | null): Promise<void> {
  await db
    .delete(signInThrottle)
    .where(and(eq(signInThrottle.username, username), eq(signInThrottle.ip, addressOf(ip))));
}

/** The administrator's unlock clears every address's count for the username. */
export async function clearAllSignInFailures(db: Db, username: string): Promise<void> {
  await db.delete(signInThrottle).where(eq(signInThrottle.username, username));
}
