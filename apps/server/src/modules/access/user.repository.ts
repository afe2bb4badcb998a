import type { Paged, Role, User, UserListQuery } from '@pcmt/contracts';
import { and, asc, desc, eq, gt, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { agency, userAccount } from '../../platform/db/schema/index.ts';
import { type Actor, SYSTEM_USERNAME } from './actor.ts';
import { foldedContains } from './list-sql.ts';
import { agencyInScope } from './scope.ts';

const columns = {
  id: userAccount.id,
  username: userAccount.username,
  displayName: userAccount.displayName,
  agencyId: userAccount.agencyId,
  agencyName: agency.name,
  roles: userAccount.roles,
  status: userAccount.status,
  mfaEnabled: userAccount.mfaEnabled,
  lockedUntil: userAccount.lockedUntil,
  lastLoginAt: userAccount.lastLoginAt,
  version: userAccount.version,
};

type Row = { [K in keyof typeof columns]: unknown } & { lockedUntil: Date | null; lastLoginAt: Date | null };

const toUser = (r: Row): User => ({
  ...(r as unknown as User),
  roles: r.roles as Role[],
  lockedUntil: r.lockedUntil ? r.lockedUntil.toISOString() : null,
  lastLoginAt: r.lastLoginAt ? r.lastLoginAt.toISOString() : null,
});

/** The built-in `system` account is no one's to list, read or edit: every presenting query leaves it out. */
const notSystem = ne(userAccount.username, SYSTEM_USERNAME);

const select = (db: Db, actor: Actor, where?: SQL) =>
  db
    .select(columns)
    .from(userAccount)
    .innerJoin(agency, eq(agency.id, userAccount.agencyId))
    .where(and(agencyInScope(actor, 'user.read', userAccount.agencyId), notSystem, where));

const userSort = {
  username: userAccount.username,
  displayName: userAccount.displayName,
  agencyName: agency.name,
  lastLoginAt: userAccount.lastLoginAt,
} as const;

/** One page of the directory with the number of accounts matching the filters, sorted by the server. */
export async function listUsers(db: Db, actor: Actor, q: UserListQuery): Promise<Paged<User>> {
  const locked = and(eq(userAccount.status, 'active'), gt(userAccount.lockedUntil, sql`now()`));
  const where = and(
    q.q ? foldedContains([userAccount.username, userAccount.displayName, agency.name], q.q) : undefined,
    q.agencyId ? eq(userAccount.agencyId, q.agencyId) : undefined,
    q.role ? sql`${q.role} = any(${userAccount.roles})` : undefined,
    q.status === 'locked'
      ? locked
      : q.status === 'active'
        ? and(eq(userAccount.status, 'active'), sql`not coalesce(${locked}, false)`)
        : q.status === 'disabled'
          ? ne(userAccount.status, 'active')
          : undefined,
  );
  const column = userSort[q.sort ?? 'username'];
  const direction = q.order === 'desc' ? desc : asc;
  const scoped = and(agencyInScope(actor, 'user.read', userAccount.agencyId), notSystem, where);
  // The total rides along with the page (one scan instead of two); only a page past the end needs a count.
  const rows = await db
    .select({ ...columns, total: sql<number>`(count(*) over ())::int` })
    .from(userAccount)
    .innerJoin(agency, eq(agency.id, userAccount.agencyId))
    .where(scoped)
    // Nulls (never signed in) last either way; id breaks ties so pages never overlap.
    .orderBy(sql`${column} is null`, direction(column), asc(userAccount.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const total =
    rows[0]?.total ??
    (q.page > 1
      ? ((
          await db
            .select({ n: sql<number>`count(*)::int` })
            .from(userAccount)
            .innerJoin(agency, eq(agency.id, userAccount.agencyId))
            .where(scoped)
        )[0]?.n ?? 0)
      : 0);
  return { data: rows.map(({ total: _t, ...r }) => toUser(r)), total, page: q.page, pageSize: q.pageSize };
}

export async function findUser(db: Db, actor: Actor, id: string): Promise<User | null> {
  const [row] = await select(db, actor, eq(userAccount.id, id));
  return row ? toUser(row) : null;
}

/**
 * The account as presented, unscoped and including the `system` account: only for the audit row of the
 * system account's own creation, which has no actor to scope by yet.
 */
export async function findAnyUser(db: Db, id: string): Promise<User | null> {
  const [row] = await db
    .select(columns)
    .from(userAccount)
    .innerJoin(agency, eq(agency.id, userAccount.agencyId))
    .where(eq(userAccount.id, id));
  return row ? toUser(row) : null;
}

/** Unscoped lookup for sign-in and the CLI, never for presenting records. */
export async function findAccountByUsername(db: Db, username: string) {
  const [row] = await db.select().from(userAccount).where(eq(userAccount.username, username));
  return row ?? null;
}

export async function findAccountById(db: Db, id: string) {
  const [row] = await db.select().from(userAccount).where(eq(userAccount.id, id));
  return row ?? null;
}

export type NewAccount = typeof userAccount.$inferInsert;

export async function usernameTaken(db: Db, username: string): Promise<boolean> {
  const [row] = await db
    .select({ id: userAccount.id })
    .from(userAccount)
    .where(eq(userAccount.username, username));
  return !!row;
}

export async function insertAccount(db: Db, values: NewAccount): Promise<string> {
  const [row] = await db.insert(userAccount).values(values).returning({ id: userAccount.id });
  return row!.id;
}

/** `UPDATE … WHERE id AND version`: false when someone changed the account since it was read (409). */
export async function updateAccountVersioned(
  db: Db,
  id: string,
  version: number,
  set: Pick<NewAccount, 'displayName' | 'agencyId' | 'roles' | 'status'>,
): Promise<boolean> {
  const updated = await db
    .update(userAccount)
    .set({ ...set, version: version + 1, updatedAt: new Date() })
    .where(and(eq(userAccount.id, id), eq(userAccount.version, version)))
    .returning({ id: userAccount.id });
  return updated.length > 0;
}

/** The administrator's unlock: the second-factor lock and its failure count go. */
export async function clearAccountLock(db: Db, id: string): Promise<void> {
  await db
    .update(userAccount)
    .set({ lockedUntil: null, failedLoginCount: 0, updatedAt: new Date() })
    .where(eq(userAccount.id, id));
}

/** A new one-time password set by an administrator: to be changed at next sign-in; any lock is lifted. */
export async function resetAccountPassword(db: Db, id: string, passwordHash: string): Promise<void> {
  await db
    .update(userAccount)
    .set({
      passwordHash,
      mustChangePassword: true,
      failedLoginCount: 0,
      lockedUntil: null,
      updatedAt: new Date(),
    })
    .where(eq(userAccount.id, id));
}

/** The owner's own new password. */
export async function changeAccountPassword(db: Db, id: string, passwordHash: string): Promise<void> {
  await db
    .update(userAccount)
    .set({ passwordHash, mustChangePassword: false, updatedAt: new Date() })
    .where(eq(userAccount.id, id));
}

/**
 * Counts one more failed second-factor code (or wrong current password) and locks the second factor at
 * `maxFailures`. Returns the new count.
 */
export async function countSecondFactorFailure(
  db: Db,
  id: string,
  policy: { maxFailures: number; lockMinutes: number },
): Promise<number | undefined> {
  const [row] = await db
    .update(userAccount)
    .set({
      // A lock that has expired starts a fresh count: one more mistake must not re-lock at once.
      failedLoginCount: sql`case when ${userAccount.lockedUntil} <= now() then 1 else ${userAccount.failedLoginCount} + 1 end`,
      lockedUntil: sql`case
        when ${userAccount.lockedUntil} <= now() then null
        when ${userAccount.failedLoginCount} + 1 >= ${policy.maxFailures} then now() + make_interval(mins => ${policy.lockMinutes})
        else ${userAccount.lockedUntil} end`,
    })
    .where(eq(userAccount.id, id))
    .returning({ failed: userAccount.failedLoginCount });
  return row?.failed;
}

/** A password sign-in: its time, and (only for a complete sign-in) a fresh second-factor failure count. */
export async function recordAccountSignIn(db: Db, id: string, completes: boolean): Promise<void> {
  await db
    .update(userAccount)
    .set({ lastLoginAt: new Date(), ...(completes ? { failedLoginCount: 0 } : {}) })
    .where(eq(userAccount.id, id));
}

/** Accounts other than the built-in `system` one (an empty system has none). */
export async function countPersonAccounts(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(userAccount).where(notSystem);
  return row?.n ?? 0;
}

/** Accounts not flagged as demo, besides `admin` of agency `agencyCode` (and `system`). */
export async function countRealAccounts(db: Db, bootstrapAgencyCode: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(userAccount)
    .innerJoin(agency, eq(agency.id, userAccount.agencyId))
    .where(
      and(
        eq(userAccount.isDemo, false),
        notSystem,
        or(ne(userAccount.username, 'admin'), ne(agency.code, bootstrapAgencyCode)),
      ),
    );
  return row?.n ?? 0;
}

/** Whether `username` of agency `agencyCode` must still change its password (null: no such account). */
export async function mustChangePasswordOf(
  db: Db,
  username: string,
  agencyCode: string,
): Promise<boolean | null> {
  const [row] = await db
    .select({ pending: userAccount.mustChangePassword })
    .from(userAccount)
    .innerJoin(agency, eq(agency.id, userAccount.agencyId))
    .where(and(eq(userAccount.username, username), eq(agency.code, agencyCode)));
  return row?.pending ?? null;
}

/** The first account created in agency `agencyCode` (the demo officer the demo seed writes as). */
export async function firstAccountOfAgency(db: Db, agencyCode: string) {
  const [row] = await db
    .select({
      id: userAccount.id,
      username: userAccount.username,
      agencyId: userAccount.agencyId,
      roles: userAccount.roles,
    })
    .from(userAccount)
    .innerJoin(agency, eq(agency.id, userAccount.agencyId))
    .where(eq(agency.code, agencyCode))
    .orderBy(asc(userAccount.createdAt), asc(userAccount.id))
    .limit(1);
  return row ?? null;
}
