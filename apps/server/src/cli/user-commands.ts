import type { Role, User } from '@pcmt/contracts';
import { privilegedRoles, username as usernameSchema } from '@pcmt/contracts';
import { findAgencyByCode } from '../modules/access/agency.repository.ts';
import { systemActor } from '../modules/access/system-account.ts';
import { findAccountByUsername } from '../modules/access/user.repository.ts';
import { randomToken } from '../platform/crypto/keys.ts';
import type { Db } from '../platform/db/client.ts';
import { AppError } from '../platform/errors.ts';
import type { Services } from '../services.ts';

/*
 * The console acts as the built-in `system` account through the same service methods as the HTTP routes, so
 * an account created here leaves the same audit row as one created on the users page (actor `system`, request
 * id `cli:<command>@<OS user>`). Only the messages are the console's own, naming the flag at fault.
 */

const parseUsername = (value: string) => {
  const parsed = usernameSchema.safeParse(value);
  if (!parsed.success) throw new Error(`--username: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
};

/** `password` comes from `readInitialPassword` (stdin or a hidden prompt, never argv); absent → generated. */
export async function createUserCommand(
  services: Services,
  db: Db,
  opts: { username: string; role: Role[]; agency: string; name?: string; password?: string },
): Promise<User> {
  const username = parseUsername(opts.username);
  const ag = await findAgencyByCode(db, opts.agency);
  if (!ag) throw new Error(`--agency: không có cơ quan mã "${opts.agency}"`);
  const generated = !opts.password;
  const password = opts.password ?? randomToken(12);
  const actor = await systemActor(db, { via: 'cli', command: 'user create' });
  let created: User;
  try {
    created = await services.users.create(actor, {
      username,
      displayName: (opts.name ?? username).normalize('NFC'),
      agencyId: ag.id,
      roles: opts.role,
      password,
    });
  } catch (e) {
    // Service errors map by message id: the CLI words its own Vietnamese around the service's text.
    if (e instanceof AppError && e.messageId.startsWith('password.'))
      throw new Error(`Mật khẩu ban đầu: ${e.message}`);
    if (e instanceof AppError && e.messageId === 'user.usernameTaken')
      throw new Error(`--username: tài khoản "${username}" đã tồn tại`);
    throw e;
  }
  console.log(`Đã tạo tài khoản ${username} (${created.roles.join(', ')}) thuộc ${ag.name}.`);
  if (generated) console.log(`Mật khẩu dùng một lần (chỉ hiện lần này): ${password}`);
  console.log('Người dùng phải đổi mật khẩu ở lần đăng nhập đầu.');
  return created;
}

/**
 * `pcmt user reset-password`: a new one-time password for a person locked out (the last administrator
 * included), as "Cấp lại mật khẩu" on the users page does: sessions end, tokens are revoked, a lock is lifted.
 */
export async function resetPasswordCommand(
  services: Services,
  db: Db,
  opts: { username: string },
): Promise<void> {
  const username = parseUsername(opts.username);
  const account = await findAccountByUsername(db, username);
  const actor = await systemActor(db, { via: 'cli', command: 'user reset-password' });
  // The system account itself is nobody's to reset: it reads as unknown, as on the users page.
  if (!account || account.id === actor.userId)
    throw new Error(`--username: không có tài khoản "${opts.username}"`);
  const { password } = await services.users.resetPassword(actor, account.id);
  console.log(
    `Đã cấp lại mật khẩu cho ${username}; mọi phiên đăng nhập và mã truy cập API của tài khoản đã bị thu hồi.`,
  );
  console.log(`Mật khẩu dùng một lần (chỉ hiện lần này): ${password}`);
  console.log('Người dùng phải đổi mật khẩu ở lần đăng nhập đầu.');
}

export async function createTokenCommand(
  services: Services,
  db: Db,
  opts: { username: string; name: string; days?: number },
): Promise<void> {
  const account = await findAccountByUsername(db, opts.username.toLowerCase());
  if (!account) throw new Error(`--username: không có tài khoản "${opts.username}"`);
  const needsMfa = account.roles.some((r) => (privilegedRoles as readonly string[]).includes(r));
  if (account.status !== 'active')
    throw new Error(`--username: tài khoản "${account.username}" đã bị vô hiệu hóa`);
  if (opts.days !== undefined && !(Number.isInteger(opts.days) && opts.days >= 1 && opts.days <= 366)) {
    throw new Error('--days: số ngày hiệu lực phải là số nguyên từ 1 đến 366');
  }
  const by = await systemActor(db, { via: 'cli', command: 'token create' });
  const { token, expiresAt } = await services.tokens.create(
    account,
    opts.name.normalize('NFC'),
    { ip: null, userAgent: 'pcmt-cli', requestId: by.requestId },
    // The console has no second factor: such a token works only for roles that do not require 2FA.
    { days: opts.days, mfa: false, by },
  );
  console.log('Mã truy cập API (chỉ hiện lần này, dùng trong tiêu đề "Authorization: Bearer …"):');
  console.log(token);
  if (needsMfa)
    console.error(
      'CẢNH BÁO: vai trò của tài khoản này bắt buộc xác thực hai lớp, nên mã tạo từ dòng lệnh sẽ bị từ chối khi dùng. Hãy tạo mã ở trang "Mã truy cập API" sau khi đăng nhập hai lớp.',
    );
  if (expiresAt)
    console.log(
      `Hết hạn: ${new Date(expiresAt).toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })}`,
    );
}
