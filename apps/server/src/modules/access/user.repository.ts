import type { Paged, Role, User, UserListQuery } from '@pcmt/contracts';
import { and, asc, desc, eq, gt, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { agency, userAccount } from '../../platform/db/schema/index.ts';
import type { Actor } from './actor.ts';
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

const select = (db: Db, actor: Actor, where?: SQL) =>
  db
    .select(columns)
    .from(userAccount)
    .innerJoin(agency, eq(agency.id, userAccount.agencyId))
    .where(and(agencyInScope(actor, 'user.read', userAccount.agencyId), where));

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
  const scoped = and(agencyInScope(actor, 'user.read', userAccount.agencyId), where);
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

/** Unscoped lookup for sign-in and the CLI, never for presenting records. */
export async function findAccountByUsername(db: Db, username: string) {
  const [row] = await db.select().from(userAccount).where(eq(userAccount.username, username));
  return row ?? null;
}

export async function findAccountById(db: Db, id: string) {
  const [row] = await db.select().from(userAccount).where(eq(userAccount.id, id));
  return row ?? null;
}
