import { describe, expect, it } from 'vitest';
import { configureTipRules } from './rules.ts';
import {
  formatVnDateTime,
  isRemoteCommune,
  parseVnDateTime,
  tipTransferDueAt,
  tipTransferState,
  vnDateOf,
} from './transfer.ts';

describe('commune-police transfer window (TTLT 01/2017 Điều 4 k2)', () => {
  it('gives 24 hours, 48 hours for a remote commune, round the clock (no day-off move)', () => {
    // Received Friday 24/01/2025 22:30 in Vietnam, the eve of the Tết break.
    expect(tipTransferDueAt('2025-01-24T22:30', false).toISOString()).toBe('2025-01-25T15:30:00.000Z');
    expect(tipTransferDueAt('2025-01-24T22:30', true).toISOString()).toBe('2025-01-26T15:30:00.000Z');
    expect(formatVnDateTime(tipTransferDueAt('2025-01-24T22:30', true))).toBe('26/01/2025 22:30');
    // The same instant given in UTC or as a Date.
    expect(tipTransferDueAt('2025-01-24T15:30:00Z', true).getTime()).toBe(
      tipTransferDueAt(new Date('2025-01-24T22:30:00+07:00'), true).getTime(),
    );
  });
  it('reads the remote list from configuration', () => {
    const rules = configureTipRules({ remoteCommuneUnitCodes: ['62-23500'] });
    expect(isRemoteCommune('62-23500', rules)).toBe(true);
    expect(isRemoteCommune('62-23500')).toBe(false);
    expect(rules.remoteCommuneUnitCodes.configured).toBe(true);
    expect(rules.version).toBe('1+cau-hinh');
  });
  it('tells ok, due soon, overdue, done and done late', () => {
    const receivedAt = '2025-03-03T08:00';
    const at = (now: string, transferredAt?: string) =>
      tipTransferState({ receivedAt, remote: true, now, transferredAt });
    expect(at('2025-03-04T08:00')).toBe('ok');
    expect(at('2025-03-05T02:00')).toBe('due_soon');
    expect(at('2025-03-05T08:00')).toBe('due_soon'); // the last instant is still in time
    expect(at('2025-03-05T08:01')).toBe('overdue');
    expect(at('2025-03-06T08:00', '2025-03-05T07:59')).toBe('done');
    expect(at('2025-03-06T08:00', '2025-03-05T09:00')).toBe('done_late');
    expect(tipTransferState({ receivedAt, remote: false, now: '2025-03-04T08:01' })).toBe('overdue');
  });
  it('takes the Vietnamese calendar day of an instant and refuses malformed date-times', () => {
    expect(vnDateOf('2025-01-10T18:30:00Z')).toBe('2025-01-11');
    expect(vnDateOf('2025-01-10T23:59')).toBe('2025-01-10');
    expect(() => parseVnDateTime('2025-02-30T08:00')).toThrow(RangeError);
    expect(() => parseVnDateTime('2025-01-10T24:00')).toThrow(RangeError);
    expect(() => parseVnDateTime('10/01/2025 08:00')).toThrow(RangeError);
    expect(() => parseVnDateTime(new Date(Number.NaN))).toThrow(RangeError);
  });
});
