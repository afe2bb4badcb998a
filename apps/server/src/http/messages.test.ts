import { describe, expect, it } from 'vitest';
import { AppError, invalid, issue } from '../platform/errors.ts';
import { render, wireParams, zodIssue } from './messages.ts';

/**
 * Messages are sent by id and rendered per client (the catalogue's own test, in `@pcmt/contracts`, checks
 * that every id has both texts with the same placeholders). What is left to check here: the compiler refuses
 * unknown ids and missing parameters, and the HTTP layer renders ids and zod's texts in both languages. That
 * every error the API tests provoke renders in both languages is checked on the way out of the test apps
 * (`test/rendered-errors.ts`).
 */
describe('messages of the API', () => {
  it('refuses unknown ids and missing parameters at compile time', () => {
    // Never called: these lines only have to fail the typecheck (`@ts-expect-error` fails when they do not).
    const typeErrors = () => [
      // @ts-expect-error an id no table defines
      new AppError('conflict', 'user.nameTaken'),
      // @ts-expect-error a sentence where an id belongs
      new AppError('not_found', 'Không tìm thấy cơ quan'),
      // @ts-expect-error the {until} parameter is missing
      new AppError('locked', 'auth.lockedUntil'),
      // @ts-expect-error a parameter the text does not name
      invalid('on', 'date.watchNotOver', { date: '01/01/2026' }),
      // @ts-expect-error an id without parameters given some
      issue('code', 'agency.codeTaken', { code: 'X' }),
    ];
    expect(typeof typeErrors).toBe('function');
  });

  it('keeps the Vietnamese text as the error message, for logs, tests and the CLI', () => {
    const e = new AppError('locked', 'auth.lockedUntil', { until: '14:05 28/11/2026' });
    expect([e.status, e.messageId, e.message]).toEqual([
      423,
      'auth.lockedUntil',
      'Tài khoản tạm khóa do nhập sai nhiều lần, thử lại sau 14:05 28/11/2026',
    ]);
    expect(invalid('to', 'date.endBeforeStart').details).toEqual([
      { path: 'to', messageId: 'date.endBeforeStart' },
    ]);
  });

  it('renders ids and their parameters in the client’s language', () => {
    expect(render('agency.notFound', undefined, 'en')).toBe('Agency not found');
    expect(render('agency.notFound', undefined, 'vi')).toBe('Không tìm thấy cơ quan');
    const from = { vi: 'Đã giao', en: 'Assigned' };
    expect(render('common.allowedMoves', { allowed: from }, 'en')).toBe('Allowed moves: Assigned');
    expect(wireParams({ allowed: from, n: 3 }, 'en')).toEqual({ allowed: 'Assigned', n: '3' });
    expect(wireParams({}, 'vi')).toBeUndefined();
  });

  it('renders a contract’s zod message from the catalogue, and zod’s own ones from zod', () => {
    const custom = { keyword: 'too_small', message: 'Vĩ độ phải trong lãnh thổ Việt Nam (8–24)', params: {} };
    expect(zodIssue(custom, 3, 'en')).toEqual({
      message: 'The latitude must lie in Vietnam (8–24)',
      messageId: 'hotspot.latitudeOutOfRange',
    });
    expect(zodIssue(custom, 3, 'vi').message).toBe('Vĩ độ phải trong lãnh thổ Việt Nam (8–24)');
    const generic = {
      keyword: 'invalid_type',
      message: 'Đầu vào không hợp lệ: mong đợi string, nhận được number',
      params: { expected: 'string' },
    };
    expect(zodIssue(generic, 12, 'en')).toEqual({
      message: 'Invalid input: expected string, received number',
    });
    expect(zodIssue(generic, 12, 'vi')).toEqual({ message: generic.message });
  });
});
