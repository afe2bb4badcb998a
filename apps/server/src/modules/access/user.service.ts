import type { Paged, UserListQuery } from '@pcmt/contracts';
import { privilegedRoles, type Role, type User } from '@pcmt/contracts';
import { randomToken } from '../../platform/crypto/keys.ts';
import { hashPassword } from '../../platform/crypto/password.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError, conflict, invalid, issue, notFound } from '../../platform/errors.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { authorize } from './access.policy.ts';
import { type Actor, SYSTEM_USERNAME } from './actor.ts';
import { findAgency } from './agency.repository.ts';
import { auditContextOf } from './agency.service.ts';
import { clearMfa } from './mfa.repository.ts';
import { assertPasswordPolicy } from './password-policy.ts';
import { deleteUserSessions, revokeAllTokens } from './session.repository.ts';
import { clearAllSignInFailures } from './sign-in-throttle.repository.ts';
import {
  clearAccountLock,
  findUser,
  insertAccount,
  listUsers,
  resetAccountPassword,
  updateAccountVersioned,
  usernameTaken,
} from './user.repository.ts';

export type UserCreateInput = {
  username: string;
  displayName: string;
  agencyId: string;
  roles: Role[];
  password: string;
};
export type UserUpdateInput = {
  displayName: string;
  agencyId: string;
  roles: Role[];
  status: 'active' | 'disabled';
  version: number;
};

/** A suspected compromise (password or 2FA reset): every session ends and every API token is revoked. */
async function endAllAccess(tx: Db, userId: string): Promise<void> {
  await deleteUserSessions(tx, userId);
  await revokeAllTokens(tx, userId);
}

export function createUserService(db: Db) {
  const mustFind = async (tx: Db, actor: Actor, id: string) => {
    const found = await findUser(tx, actor, id);
    if (!found) throw notFound('user.notFound');
    return found;
  };
  const assertAgency = async (tx: Db, actor: Actor, agencyId: string) => {
    if (!(await findAgency(tx, actor, agencyId))) throw invalid('agencyId', 'agency.doesNotExist');
  };

  return {
    /** The directory is personal data too: each listing leaves one audit row with what it returned. */
    async list(actor: Actor, query: UserListQuery): Promise<Paged<User>> {
      authorize(actor, 'user.read');
      return db.transaction(async (tx) => {
        const page = await listUsers(tx, actor, query);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'user.list',
          recordType: 'user',
          after: { filter: query, returned: page.data.length, total: page.total },
        });
        return page;
      });
    },

    /** Reading a person's account is a read of personal data: audited in the same transaction. */
    async get(actor: Actor, id: string): Promise<User> {
      authorize(actor, 'user.read');
      return db.transaction(async (tx) => {
        const found = await mustFind(tx, actor, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'user.read',
          recordType: 'user',
          recordId: id,
        });
        return found;
      });
    },

    async create(
      actor: Actor,
      input: UserCreateInput,
      opts: { isDemo?: boolean; mustChangePassword?: boolean } = {},
    ): Promise<User> {
      authorize(actor, 'user.manage');
      assertPasswordPolicy(input.password, input.username, 'password');
      const passwordHash = await hashPassword(input.password);
      return db.transaction(async (tx) => {
        await assertAgency(tx, actor, input.agencyId);
        // `system` is the built-in account's name: reserved even before that account exists.
        if (input.username === SYSTEM_USERNAME || (await usernameTaken(tx, input.username)))
          throw new AppError('conflict', 'user.usernameTaken', undefined, {
            details: [issue('username', 'user.usernameTaken')],
          });
        const id = await insertAccount(tx, {
          username: input.username,
          displayName: input.displayName,
          agencyId: input.agencyId,
          roles: [...new Set(input.roles)],
          passwordHash,
          isDemo: opts.isDemo ?? false,
          mustChangePassword: opts.mustChangePassword ?? true,
        });
        const created = (await findUser(tx, actor, id))!;
        await appendAudit(tx, auditContextOf(actor), {
          action: 'user.create',
          recordType: 'user',
          recordId: created.id,
          after: created,
        });
        return created;
      });
    },

    async update(actor: Actor, id: string, input: UserUpdateInput): Promise<User> {
      authorize(actor, 'user.manage');
      return db.transaction(async (tx) => {
        const before = await mustFind(tx, actor, id);
        await assertAgency(tx, actor, input.agencyId);
        if (id === actor.userId && (!input.roles.includes('admin') || input.status !== 'active')) {
          throw invalid('roles', 'user.cannotDemoteSelf');
        }
        const updated = await updateAccountVersioned(tx, id, input.version, {
          displayName: input.displayName,
          agencyId: input.agencyId,
          roles: [...new Set(input.roles)],
          status: input.status,
        });
        if (!updated) throw conflict();
        // A disabled account or a change of agency/roles ends its sessions (rights are re-read at next sign-in)
        // and revokes its API tokens: a token must not carry old rights forward, nor wake up on re-enabling.
        if (
          input.status !== 'active' ||
          input.agencyId !== before.agencyId ||
          [...input.roles].sort().join() !== [...before.roles].sort().join()
        ) {
          await endAllAccess(tx, id);
        }
        const after = (await findUser(tx, actor, id))!;
        await appendAudit(tx, auditContextOf(actor), {
          action: 'user.update',
          recordType: 'user',
          recordId: id,
          before,
          after,
        });
        return after;
      });
    },

    async unlock(actor: Actor, id: string): Promise<User> {
      authorize(actor, 'user.manage');
      return db.transaction(async (tx) => {
        const found = await mustFind(tx, actor, id);
        await clearAccountLock(tx, id);
        // …and the slowed-down addresses of this username (the owner called the help desk).
        await clearAllSignInFailures(tx, found.username);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'user.unlock',
          recordType: 'user',
          recordId: id,
        });
        return (await findUser(tx, actor, id))!;
      });
    },

    /**
     * A forgotten password: a new one-time password, shown once to the administrator, to be changed at the
     * next sign-in. Ends the user's sessions and clears a lock. Not for one's own account (use "Đổi mật khẩu").
     */
    async resetPassword(actor: Actor, id: string): Promise<{ user: User; password: string }> {
      authorize(actor, 'user.manage');
      if (id === actor.userId) throw new AppError('forbidden', 'user.cannotResetOwnPassword');
      const password = randomToken(12);
      const passwordHash = await hashPassword(password);
      return db.transaction(async (tx) => {
        await mustFind(tx, actor, id);
        await resetAccountPassword(tx, id, passwordHash);
        await endAllAccess(tx, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'user.password_reset',
          recordType: 'user',
          recordId: id,
        });
        return { user: (await findUser(tx, actor, id))!, password };
      });
    },

    /** For a lost phone: the user enrols again at next sign-in (forced for privileged roles). */
    async resetMfa(actor: Actor, id: string): Promise<User> {
      authorize(actor, 'user.manage');
      return db.transaction(async (tx) => {
        await mustFind(tx, actor, id);
        await clearMfa(tx, id);
        await endAllAccess(tx, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'user.mfa_reset',
          recordType: 'user',
          recordId: id,
        });
        return (await findUser(tx, actor, id))!;
      });
    },
  };
}

export const requiresMfa = (roles: readonly string[], mfaEnabled: boolean) =>
  mfaEnabled || roles.some((r) => (privilegedRoles as readonly string[]).includes(r));

export type UserService = ReturnType<typeof createUserService>;
