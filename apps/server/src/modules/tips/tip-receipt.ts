import { randomInt, scrypt } from 'node:crypto';
import {
  formatReceiptCode,
  isReceiptCodeWellFormed,
  normaliseReceiptCode,
  receiptCodeFromRandomDigits,
} from '@pcmt/domain';
import type { Keyring } from '../../platform/crypto/keys.ts';

/**
 * Portal receipt codes (mã tiếp nhận): 15 digits from the CSPRNG plus the domain's Damm check digit, shown once
 * and stored only as a KEYED SLOW hash: scrypt(code, pepper) where the pepper is derived from the key file
 * (never in the database). Why both:
 * - keyed: the database alone (a dump, a backup) gives nothing to brute-force — every guess needs the key file;
 * - slow: with the key file AND the database, 10^15 codes × HMAC-SHA256 is days on GPUs; scrypt makes each guess
 *   cost memory and CPU. A per-code salt is impossible (the hash is the lookup key), hence the pepper.
 * Cost: N = 2^8, r = 8 (256 KiB, ≈ 0.8 ms) rather than the first choice N = 2^10 (1 MiB, ≈ 3 ms). Whoever holds
 * the key file and the database can already read every tip and unseal the reporter's details with that key, so
 * the hash only guards the reporter's *conversation* against such an attacker; 2^8 still puts the whole space at
 * about 25 000 CPU-years, and the submission rate on 2 cores doubles (docs/BENCHMARKS.md, `npm run bench:tips`).
 */
export type ReceiptHashCost = { N: number; r: number; p: number };
export const defaultReceiptHashCost: ReceiptHashCost = { N: 256, r: 8, p: 1 };

export function newReceiptCode(): string {
  let digits = '';
  for (let i = 0; i < 15; i++) digits += String(randomInt(10));
  return receiptCodeFromRandomDigits(digits);
}

export function receiptHasher(keyring: Keyring, cost: ReceiptHashCost = defaultReceiptHashCost) {
  const pepper = Buffer.from(keyring.blindIndex('pcmt/tips/receipt-code/v1'), 'hex');
  return (code16: string): Promise<string> =>
    new Promise((resolve, reject) =>
      scrypt(code16, pepper, 32, { ...cost, maxmem: 256 * cost.N * cost.r + 1_048_576 }, (err, key) =>
        err ? reject(err) : resolve(key.toString('hex')),
      ),
    );
}
export type ReceiptHasher = ReturnType<typeof receiptHasher>;

/** The typed code as 16 digits when it is well formed (Damm check passes), else null. */
export const wellFormedReceipt = (typed: string): string | null =>
  isReceiptCodeWellFormed(typed) ? normaliseReceiptCode(typed) : null;

export const displayReceipt = formatReceiptCode;
