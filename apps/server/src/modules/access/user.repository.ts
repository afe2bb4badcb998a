import type { Role, User } from '@pcmt/contracts';
import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { agency, userAccount } from '../../platform/db/schema/index.ts';
import type { Actor } from './actor.ts';
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

export async function listUsers(db: Db, actor: Actor): Promise<User[]> {
  return (await select(db, actor).orderBy(asc(userAccount.username))).map(toUser);
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
