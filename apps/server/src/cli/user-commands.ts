import type { Role } from '@pcmt/contracts';
import { privilegedRoles, username as usernameSchema } from '@pcmt/contracts';
import { eq } from 'drizzle-orm';
import { assertPasswordPolicy } from '../modules/access/password-policy.ts';
import { appendAudit, systemContext } from '../modules/audit/audit.recorder.ts';
import { randomToken } from '../platform/crypto/keys.ts';
import { hashPassword } from '../platform/crypto/password.ts';
import type { Db } from '../platform/db/client.ts';
import { agency, userAccount } from '../platform/db/schema/index.ts';
import { AppError } from '../platform/errors.ts';
import type { Services } from '../services.ts';

const cliContext = () => ({ ...systemContext(), actorUsername: 'cli' });

/** `password` comes from `readInitialPassword` (stdin or a hidden prompt, never argv); absent → generated. */
export async function createUserCommand(
  db: Db,
  opts: { username: string; role: Role[]; agency: string; name?: string; password?: string },
): Promise<void> {
  const parsed = usernameSchema.safeParse(opts.username);
  if (!parsed.success) throw new Error(`--username: ${parsed.error.issues[0]?.message}`);
  const username = parsed.data;
  const [ag] = await db
    .select({ id: agency.id, name: agency.name })
    .from(agency)
    .where(eq(agency.code, opts.agency));
  if (!ag) throw new Error(`--agency: không có cơ quan mã "${opts.agency}"`);
  const generated = !opts.password;
  const password = opts.password ?? randomToken(12);
  try {
    assertPasswordPolicy(password, username, 'password');
  } catch (e) {
    throw new Error(`Mật khẩu ban đầu: ${e instanceof AppError ? e.message : String(e)}`);
  }
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: userAccount.id })
      .from(userAccount)
      .where(eq(userAccount.username, username));
    if (taken) throw new Error(`--username: tài khoản "${username}" đã tồn tại`);
    const [row] = await tx
      .insert(userAccount)
      .values({
        username,
        displayName: (opts.name ?? username).normalize('NFC'),
        agencyId: ag.id,
        roles: [...new Set(opts.role)],
        passwordHash,
        mustChangePassword: true,
      })
      .returning({ id: userAccount.id });
    await appendAudit(tx, cliContext(), {
      action: 'user.create',
      recordType: 'user',
      recordId: row!.id,
      after: { username, roles: opts.role, agencyId: ag.id },
    });
  });
  console.log(`Đã tạo tài khoản ${username} (${opts.role.join(', ')}) thuộc ${ag.name}.`);
  if (generated) console.log(`Mật khẩu dùng một lần (chỉ hiện lần này): ${password}`);
  console.log('Người dùng phải đổi mật khẩu ở lần đăng nhập đầu.');
}

export async function createTokenCommand(
  db: Db,
  services: Services,
  opts: { username: string; name: string; days?: number },
): Promise<void> {
  const [account] = await db
    .select({
      id: userAccount.id,
      username: userAccount.username,
      agencyId: userAccount.agencyId,
      status: userAccount.status,
      roles: userAccount.roles,
    })
    .from(userAccount)
    .where(eq(userAccount.username, opts.username.toLowerCase()));
  if (!account) throw new Error(`--username: không có tài khoản "${opts.username}"`);
  const needsMfa = account.roles.some((r) => (privilegedRoles as readonly string[]).includes(r));
  if (account.status !== 'active')
    throw new Error(`--username: tài khoản "${account.username}" đã bị vô hiệu hóa`);
  if (opts.days !== undefined && !(Number.isInteger(opts.days) && opts.days >= 1 && opts.days <= 366)) {
    throw new Error('--days: số ngày hiệu lực phải là số nguyên từ 1 đến 366');
  }
  const { token, expiresAt } = await services.tokens.create(
    account,
    opts.name.normalize('NFC'),
    { ip: null, userAgent: 'pcmt-cli', requestId: 'cli' },
    // The console has no second factor: such a token works only for roles that do not require 2FA.
    { days: opts.days, mfa: false },
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
