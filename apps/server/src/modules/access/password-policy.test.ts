import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.ts';
import { assertPasswordPolicy, commonPasswords } from './password-policy.ts';

function refusal(password: string, field = 'newPassword'): AppError | null {
  try {
    assertPasswordPolicy(password, 'can.bo', field);
    return null;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
}

describe('password policy: common and breached passwords', () => {
  it('ships a real list (≥ 10,000 entries) and loads it once', () => {
    expect(commonPasswords().size).toBeGreaterThanOrEqual(10_000);
    expect(commonPasswords()).toBe(commonPasswords());
  });

  it.each([
    'Password12345', // "password" + digits
    'qwertyuiop123',
    'QWERTYUIOP123!',
    'iloveyou2026!!',
    '!!Sunshine2026',
    'Matkhau@2026123',
    '1qaz2wsx3edc',
  ])('refuses %s with a Vietnamese error naming the field', (password) => {
    const err = refusal(password);
    expect(err?.code).toBe('validation_failed');
    expect(err?.message).toMatch(/phổ biến/);
    expect(err?.details).toEqual([{ path: 'newPassword', messageId: err?.messageId }]);
  });

  it('compares case-insensitively against the list itself', () => {
    const entry = [...commonPasswords()].find((p) => p.length >= 12 && /^[a-z]+$/.test(p));
    expect(entry).toBeDefined();
    expect(refusal(entry!.toUpperCase())?.message).toBe('Mật khẩu quá phổ biến, hãy chọn mật khẩu khác');
  });

  it.each(['Rừng Măng Đen mùa mưa 2026', 'tàu-xanh-bơi-qua-sông-Pô-Kô', 'Kx7#vR2m!pQ9zT'])(
    'accepts %s',
    (password) => {
      expect(refusal(password)).toBeNull();
    },
  );

  it('keeps the other rules', () => {
    expect(refusal('ngắn quá')?.message).toBe('Mật khẩu phải có ít nhất 12 ký tự');
    expect(refusal('xin chào can.bo 2026')?.message).toBe('Mật khẩu không được chứa tên đăng nhập');
  });
});
