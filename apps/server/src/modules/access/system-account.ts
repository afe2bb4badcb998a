import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { Role } from '@pcmt/contracts';
import { hashPassword } from '../../platform/crypto/password.ts';
import type { Db } from '../../platform/db/client.ts';
import { type AuditEntry, appendAudit } from '../audit/audit.recorder.ts';
import { currentProvinceIds } from '../units/unit.repository.ts';
import { type Actor, SYSTEM_USERNAME } from './actor.ts';
import { findAgency, findAgencyByCode, insertAgency, replaceAgencyUnits } from './agency.repository.ts';
import { auditContextOf } from './agency.service.ts';
import { refreshAgencyScope } from './scope.ts';
import { findSystemAccount, lockFirstStart } from './system-account.repository.ts';
import { findAnyUser, insertAccount } from './user.repository.ts';

/** The IT agency of the provincial police: home of the `system` account and of the first `admin`. */
export const BOOTSTRAP_AGENCY_CODE = 'QNG-CAT-QTHT';

/**
 * What the system may do is fixed here, not read from its row: administration only (accounts and agencies),
 * never a register's records. A demo record is written by a demo officer instead (`actingAs`).
 */
const SYSTEM_ROLES: readonly Role[] = ['admin'];

/**
 * What ran a system action, kept as the audit row's request id (`cli:user create@pcmt`): the channel, the
 * command, and the operating-system user that ran it when known. The actor column says "system"; this says
 * through what and by whom on the machine.
 */
export type SystemContext = { via: 'cli' | 'start'; command: string };

export function systemRequestId(context: SystemContext): string {
  let osUser = '';
  try {
    osUser = `@${os.userInfo().username}`;
  } catch {
    // A container user without a passwd entry: the channel and command still say what ran.
  }
  return `${context.via}:${context.command}${osUser}`;
}

/** An actor for `account` driven by the process itself (no session, no token, no client address). */
export const actingAs = (
  account: { id: string; username: string; agencyId: string; roles: readonly string[] },
  context: SystemContext,
): Actor => ({
  userId: account.id,
  username: account.username,
  agencyId: account.agencyId,
  roles: account.roles as Role[],
  via: 'system',
  requestId: systemRequestId(context),
  ip: null,
});

/**
 * Creates the built-in `system` account once (idempotent; serialised with other starting processes), in
 * agency QNG-CAT-QTHT, created with the province as its jurisdiction if missing. The account is disabled and
 * its password hash is of a random secret nobody ever saw, so it can never sign in; it is left out of every
 * user list and count (`user.repository.ts`). Its creation is audited with the same shapes as
 * `agencies.create` and `users.create`, the system as actor.
 */
export async function ensureSystemAccount(db: Db): Promise<{ id: string; agencyId: string }> {
  const existing = await findSystemAccount(db);
  if (existing) return checked(existing);
  const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
  return db.transaction(async (tx) => {
    await lockFirstStart(tx);
    const again = await findSystemAccount(tx);
    if (again) return checked(again);
    const found = await findAgencyByCode(tx, BOOTSTRAP_AGENCY_CODE);
    const agencyId =
      found?.id ??
      (await insertAgency(tx, {
        code: BOOTSTRAP_AGENCY_CODE,
        name: 'Công an tỉnh Quảng Ngãi — Quản trị hệ thống',
        kind: 'provincial_police',
        isDemo: false,
      }));
    if (!found) {
      await replaceAgencyUnits(tx, agencyId, await currentProvinceIds(tx));
      await refreshAgencyScope(tx, agencyId);
    }
    const id = await insertAccount(tx, {
      username: SYSTEM_USERNAME,
      displayName: 'Hệ thống',
      agencyId,
      roles: [...SYSTEM_ROLES],
      passwordHash,
      status: 'disabled',
      mustChangePassword: false,
    });
    const actor = actingAs(
      { id, username: SYSTEM_USERNAME, agencyId, roles: SYSTEM_ROLES },
      { via: 'start', command: 'system account' },
    );
    const entries: AuditEntry[] = [];
    if (!found)
      entries.push({
        action: 'agency.create',
        recordType: 'agency',
        recordId: agencyId,
        after: await findAgency(tx, actor, agencyId),
      });
    entries.push({
      action: 'user.create',
      recordType: 'user',
      recordId: id,
      after: await findAnyUser(tx, id),
    });
    await appendAudit(tx, auditContextOf(actor), entries);
    return { id, agencyId };
  });
}

/** An active account named `system` is not ours (created before the name was reserved): never act as it. */
function checked(row: { id: string; agencyId: string; status: string }) {
  if (row.status !== 'disabled')
    throw new Error(
      `Tên đăng nhập "${SYSTEM_USERNAME}" dành cho tài khoản hệ thống nhưng đang là một tài khoản hoạt động: hãy đổi tên hoặc vô hiệu hóa tài khoản đó rồi chạy lại.`,
    );
  return { id: row.id, agencyId: row.agencyId };
}

/** The system as actor, for the CLI, the first-admin bootstrap and the demo seed (creates it if needed). */
export async function systemActor(db: Db, context: SystemContext): Promise<Actor> {
  const account = await ensureSystemAccount(db);
  return actingAs(
    { id: account.id, username: SYSTEM_USERNAME, agencyId: account.agencyId, roles: SYSTEM_ROLES },
    context,
  );
}
