import { describe, expect, it } from 'vitest';
import { mfaVerifyRequest, reauthRequest, userCreate } from '../access.ts';
import { hotspotCreate } from '../registers/hotspots.ts';
import { registerContracts } from '../registers/index.ts';
import { programmeReportCreate } from '../registers/programmes.ts';
import { scorecardQuery } from '../registers/tasks.ts';
import {
  foundationMessages,
  interpolate,
  isMessageId,
  type MessageId,
  messageCatalogue,
  messageIdOfText,
  placeholdersOf,
  renderMessage,
} from './index.ts';

const vietnameseLetter = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;
const entries = Object.entries(messageCatalogue);

describe('the message catalogue', () => {
  it('has a Vietnamese text with diacritics and an English one for every id, with the same placeholders', () => {
    expect(entries.length).toBeGreaterThan(150);
    const bad = entries.filter(
      ([, t]) =>
        !t.vi.trim() ||
        !t.en.trim() ||
        !vietnameseLetter.test(t.vi) ||
        vietnameseLetter.test(t.en) ||
        placeholdersOf(t.vi).join() !== placeholdersOf(t.en).join(),
    );
    expect(bad).toEqual([]);
  });

  it('keeps ids unique and prefixes each register’s ids with its record type', () => {
    const tables = [foundationMessages, ...registerContracts.map((c) => c.messages)];
    const all = tables.flatMap((t) => Object.keys(t));
    expect(all.length).toBe(new Set(all).size);
    for (const c of registerContracts)
      for (const id of Object.keys(c.messages)) expect(id.startsWith(`${c.recordType}.`), id).toBe(true);
    const recordTypes = new Set(registerContracts.map((c) => c.recordType));
    for (const id of Object.keys(foundationMessages))
      expect(recordTypes.has(id.split('.')[0]!), `${id} belongs in its register's contract`).toBe(false);
    expect(all.every((id) => /^[a-z_]+\.[a-zA-Z]+$/.test(id))).toBe(true);
  });

  it('keeps Vietnamese texts unique, so a zod message finds its one id', () => {
    const texts = entries.map(([, t]) => t.vi);
    expect(texts.length).toBe(new Set(texts).size);
  });

  it('renders a message with its parameters in either language, localised parameters included', () => {
    expect(renderMessage('auth.lockedUntil', { until: '14:05 28/11/2026' }, 'en')).toBe(
      'Account locked after repeated failures; try again after 14:05 28/11/2026',
    );
    expect(renderMessage('agency.notFound', undefined, 'vi')).toBe('Không tìm thấy cơ quan');
    const allowed = { vi: 'Đang xác minh, Không xác lập', en: 'Verifying, Dismissed' };
    expect(renderMessage('common.allowedMoves', { allowed }, 'en')).toBe(
      'Allowed moves: Verifying, Dismissed',
    );
    expect(renderMessage('common.allowedMoves', { allowed }, 'vi')).toBe(
      'Có thể chuyển sang: Đang xác minh, Không xác lập',
    );
    // A missing parameter stays visible instead of vanishing.
    expect(interpolate('thử lại sau {until}', {}, 'vi')).toBe('thử lại sau {until}');
  });

  it('finds the message id of every custom zod message in the contracts (for their English)', () => {
    const messagesOf = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
      r.error?.issues.map((i) => i.message) ?? [];
    const refused = [
      ...messagesOf(hotspotCreate.safeParse({ behaviours: [], location: { lat: 1, lng: 1 } })),
      ...messagesOf(hotspotCreate.safeParse({ behaviours: ['selling'], location: { lat: 30, lng: 120 } })),
      ...messagesOf(userCreate.safeParse({ username: 'A B', password: 'ngắn' })),
      ...messagesOf(mfaVerifyRequest.safeParse({ code: '12' })),
      ...messagesOf(reauthRequest.safeParse({})),
      ...messagesOf(programmeReportCreate.safeParse({ month: '2025-13' })),
      ...messagesOf(scorecardQuery.safeParse({ by: 'street' })),
    ];
    const expected: MessageId[] = [
      'hotspot.behaviourRequired',
      'hotspot.latitudeOutOfRange',
      'hotspot.longitudeOutOfRange',
      'user.usernameFormat',
      'password.tooShort',
      'mfa.codeFormat',
      'auth.passwordOrCode',
      'programme.monthFormat',
      'task.scorecardGrouping',
    ];
    const found = refused.map(messageIdOfText).filter((id) => id !== undefined);
    for (const id of expected) expect(found, id).toContain(id);
  });

  it('tells ids from other strings', () => {
    expect(isMessageId('hotspot.notFound')).toBe(true);
    expect(isMessageId('Không tìm thấy cơ quan')).toBe(false);
    expect(messageIdOfText('Bạn cần đăng nhập')).toBe('auth.signInRequired');
  });
});
