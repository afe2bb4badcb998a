import { createHmac, randomBytes } from 'node:crypto';
import { powSolves } from '@pcmt/contracts';
import { type Keyring, safeEqual } from '../../platform/crypto/keys.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError, invalid } from '../../platform/errors.ts';
import { type BucketSpec, peekTokens, spendChallenge, takeToken } from './tip-portal.repository.ts';

/**
 * Flood and guessing protection of the anonymous portal, without tracking anyone (no address, no cookie, no
 * fingerprint):
 * - every submission and every opening by receipt code carries a solved proof-of-work challenge (hashcash,
 *   `solvePow` in @pcmt/contracts): HMAC-signed by the server, short-lived, spent once;
 * - submissions take a token from one global bucket. Its last `reserve` tokens go only to solutions of RAISED
 *   difficulty, and challenges are issued raised while the bucket is that low: a script that pre-solved
 *   hundreds of cheap challenges drains the ordinary capacity and is then refused (429), while a person who
 *   fetches a challenge now solves the harder one (seconds in a browser) and still gets through. A script that
 *   keeps going pays the raised work for every tip;
 * - wrong receipt codes take tokens from a global bucket and from one per code prefix (keyed hash of the first
 *   digits: someone who saw part of a code can try only a few completions). When either is empty every opening
 *   is refused the same way BEFORE the code is looked at, so a refusal never says whether a code exists.
 */
export type PortalSettings = {
  now: () => Date;
  submitDifficulty: number;
  accessDifficulty: number;
  /** Extra bits of a challenge issued while the submission bucket is in its reserve. */
  raisedBits: number;
  challengeSeconds: number;
  submit: BucketSpec & { reserve: number };
  wrongCodes: BucketSpec;
  wrongCodesPerPrefix: BucketSpec & { digits: number };
  sessionMinutes: number;
  maxReporterFiles: number;
};

export const defaultPortalSettings: PortalSettings = {
  now: () => new Date(),
  // ~2^18 hashes: about a second in a phone's browser; raised to 2^22 while flooded.
  submitDifficulty: 18,
  accessDifficulty: 14,
  raisedBits: 4,
  challengeSeconds: 600,
  // 240 tips at once, then one every 3 s (≈ 1 200 a hour) — far above any real day, well below a bot flood.
  submit: { capacity: 240, perSecond: 1 / 3, reserve: 40 },
  wrongCodes: { capacity: 120, perSecond: 1 / 6 },
  wrongCodesPerPrefix: { capacity: 5, perSecond: 1 / 180, digits: 4 },
  sessionMinutes: 30,
  maxReporterFiles: 10,
};

type Purpose = 'submit' | 'access';
type Payload = { p: Purpose; d: number; e: number; n: string };

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
const busy = () =>
  new AppError('rate_limited', 'tip.portalBusy', undefined, { headers: { 'retry-after': '60' } });

export function portalGuard(db: Db, keyring: Keyring, settings: () => PortalSettings) {
  const key = Buffer.from(keyring.blindIndex('pcmt/tips/pow-challenge/v1'), 'hex');
  const prefixKey = Buffer.from(keyring.blindIndex('pcmt/tips/code-prefix/v1'), 'hex');
  const sign = (body: string) => createHmac('sha256', key).update(body).digest('base64url');

  function parse(challenge: string, nonce: string, purpose: Purpose): Payload {
    const [body = '', mac = ''] = challenge.split('.');
    const refuse = () => invalid('challenge', 'tip.powInvalid');
    if (!body || !safeEqual(mac, sign(body))) throw refuse();
    let p: Payload;
    try {
      p = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Payload;
    } catch {
      throw refuse();
    }
    if (p.p !== purpose || p.e < settings().now().getTime()) throw refuse();
    if (!powSolves(challenge, nonce, p.d)) throw invalid('nonce', 'tip.powInvalid');
    return p;
  }

  return {
    async issue(purpose: Purpose) {
      const s = settings();
      const now = s.now();
      let d = purpose === 'submit' ? s.submitDifficulty : s.accessDifficulty;
      if (purpose === 'submit' && (await peekTokens(db, 'submit', s.submit, now)) < s.submit.reserve + 1)
        d += s.raisedBits;
      const payload: Payload = {
        p: purpose,
        d,
        e: now.getTime() + s.challengeSeconds * 1000,
        n: randomBytes(12).toString('base64url'),
      };
      const body = b64(JSON.stringify(payload));
      return {
        challenge: `${body}.${sign(body)}`,
        difficulty: d,
        expiresAt: new Date(payload.e).toISOString(),
      };
    },

    /** A submission: solved, unspent, and a token (from the reserve only for a raised challenge). */
    async admitSubmission(challenge: string, nonce: string): Promise<void> {
      const s = settings();
      const p = parse(challenge, nonce, 'submit');
      if (!(await spendChallenge(db, p.n, new Date(p.e), s.now())))
        throw invalid('challenge', 'tip.powInvalid');
      const raised = p.d >= s.submitDifficulty + s.raisedBits;
      if (!(await takeToken(db, 'submit', s.submit, raised ? 0 : s.submit.reserve, s.now()))) throw busy();
    },

    /** Before looking a code up: solved and unspent, and neither wrong-code bucket empty. */
    async admitAccess(challenge: string, nonce: string, code: string): Promise<void> {
      const s = settings();
      const p = parse(challenge, nonce, 'access');
      if (!(await spendChallenge(db, p.n, new Date(p.e), s.now())))
        throw invalid('challenge', 'tip.powInvalid');
      const now = s.now();
      if (
        (await peekTokens(db, 'access-wrong', s.wrongCodes, now)) < 1 ||
        (await peekTokens(db, this.prefixBucket(code), s.wrongCodesPerPrefix, now)) < 1
      )
        throw new AppError('rate_limited', 'tip.accessThrottled', undefined, {
          headers: { 'retry-after': '300' },
        });
    },

    /** A wrong code costs a token of both buckets. */
    async recordWrongCode(code: string): Promise<void> {
      const s = settings();
      await takeToken(db, 'access-wrong', s.wrongCodes, -1, s.now());
      await takeToken(db, this.prefixBucket(code), s.wrongCodesPerPrefix, -1, s.now());
    },

    prefixBucket: (code: string) =>
      `prefix:${createHmac('sha256', prefixKey).update(code.slice(0, settings().wrongCodesPerPrefix.digits)).digest('hex').slice(0, 16)}`,

    /** An opaque, sealed session for the conversation (no cookie): the tip id and an expiry. */
    openSession(tipId: string): { token: string; expiresAt: string } {
      const e = settings().now().getTime() + settings().sessionMinutes * 60_000;
      return {
        token: keyring.seal(JSON.stringify({ t: tipId, e }), 'tip.portal-session'),
        expiresAt: new Date(e).toISOString(),
      };
    },
    sessionTip(token: string | undefined): string {
      const expired = () => new AppError('unauthenticated', 'tip.portalSessionExpired');
      if (!token || token.length > 500) throw expired();
      try {
        const v = JSON.parse(keyring.unseal(token, 'tip.portal-session')) as { t: string; e: number };
        if (v.e < settings().now().getTime()) throw expired();
        return v.t;
      } catch {
        throw expired();
      }
    },
  };
}
export type PortalGuard = ReturnType<typeof portalGuard>;
