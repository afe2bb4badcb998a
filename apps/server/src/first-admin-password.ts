import { existsSync } from 'node:fs';
import path from 'node:path';
import { bootstrapAdminPasswordPending } from './modules/access/bootstrap.ts';
import type { Db } from './platform/db/client.ts';
import { removeSecretFile, writeSecretFile } from './platform/secret-file.ts';

/**
 * The first administrator's one-time password must reach the operator, never the JSON log stream: pino
 * writes to stdout too, and a service manager or container keeps stdout in its journal. So it is printed only
 * when stdout is a terminal; otherwise it goes to an owner-only file whose path is printed, and that file is
 * deleted as soon as the admin has replaced the password (then it is useless) — right after the change, or
 * at the next start if the server was not running then.
 */
export const firstAdminPasswordFile = (dataDir: string) =>
  path.join(dataDir, 'secrets', 'first-admin-password.txt');

/** The start-banner lines for a freshly created first admin (writing the file when stdout is not a TTY). */
export function announceFirstAdmin(
  admin: { username: string; password: string },
  file: string,
  stdoutIsTty: boolean,
): string[] {
  const lines = ['Lần đầu đăng nhập / First sign-in:', `  Tên đăng nhập: ${admin.username}`];
  if (stdoutIsTty) {
    lines.push(`  Mật khẩu dùng một lần: ${admin.password}`);
  } else {
    writeSecretFile(file, `${admin.password}\n`);
    lines.push(
      `  Mật khẩu dùng một lần đã được ghi vào tệp (chỉ chủ sở hữu đọc được): ${file}`,
      '  Tệp sẽ tự xóa khi admin đã đổi mật khẩu.',
    );
  }
  lines.push(
    '  Hệ thống sẽ yêu cầu đổi mật khẩu và đăng ký xác thực hai lớp (ứng dụng TOTP).',
    '  Tài khoản và cơ quan mẫu để khám phá: npm run pcmt -- seed --demo',
  );
  return lines;
}

/**
 * Deletes the password file once the admin no longer has to change the password. Returns the banner line
 * to print: a reminder while the file is still needed, a note when it was deleted, nothing otherwise.
 */
export async function settleFirstAdminPasswordFile(db: Db, file: string): Promise<string | null> {
  if (!existsSync(file)) return null;
  if (await bootstrapAdminPasswordPending(db))
    return `Mật khẩu dùng một lần của admin (chưa đổi) vẫn nằm trong tệp: ${file}`;
  return removeSecretFile(file) ? `Đã xóa tệp mật khẩu dùng một lần (admin đã đổi mật khẩu): ${file}` : null;
}
