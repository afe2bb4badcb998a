import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { leadingZeroBits, powSolves, sha256Words, solvePow, solvePowSync } from './tip-pow.ts';

const hex = (w: Uint32Array) => [...w].map((x) => x.toString(16).padStart(8, '0')).join('');

describe('tip portal proof of work', () => {
  it('hashes like SHA-256 for inputs around the block boundaries', () => {
    for (const n of [0, 1, 55, 56, 63, 64, 65, 119, 120, 200]) {
      const s = 'a1:'.repeat(70).slice(0, n);
      expect(hex(sha256Words(s))).toBe(createHash('sha256').update(s).digest('hex'));
    }
  });

  it('finds a nonce the checker accepts, and the checker refuses others', async () => {
    const challenge = 'eyJwIjoic3VibWl0In0.c2lnbmF0dXJl';
    const nonce = await solvePow(challenge, 10, { batch: 100 });
    expect(powSolves(challenge, nonce, 10)).toBe(true);
    expect(leadingZeroBits(sha256Words(`${challenge}:${nonce}`))).toBeGreaterThanOrEqual(10);
    expect(solvePowSync(challenge, 10)).toBe(nonce);
    expect(powSolves(challenge, '12a', 0)).toBe(false);
    expect(powSolves(challenge, '', 0)).toBe(false);
  });
});
