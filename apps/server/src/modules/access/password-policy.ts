import { AppError } from '../../platform/errors.ts';

/**
 * NIST SP 800-63B style: length over composition rules. At least 12 characters, not the username, not a
 * run of one character, not on the short list of passwords attackers try first.
 */
const COMMON = new Set([
  '123456789012',
  'matkhau12345',
  'password1234',
  'qwertyuiop12',
  'admin1234567',
  'congan123456',
  'kontum123456',
]);

export function assertPasswordPolicy(password: string, username: string, path: string): void {
  const fail = (message: string) => {
    throw new AppError('validation_failed', message, { details: [{ path, message }] });
  };
  if (password.length < 12) fail('Mật khẩu phải có ít nhất 12 ký tự');
  if (password.length > 256) fail('Mật khẩu dài tối đa 256 ký tự');
  const lower = password.toLowerCase();
  if (lower.includes(username.toLowerCase())) fail('Mật khẩu không được chứa tên đăng nhập');
  if (/^(.)\1+$/.test(password)) fail('Mật khẩu không được lặp một ký tự');
  if (COMMON.has(lower)) fail('Mật khẩu quá phổ biến, hãy chọn mật khẩu khác');
}
