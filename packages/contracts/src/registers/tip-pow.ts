/**
 * Proof of work of the anonymous tip portal (hashcash, as GlobaLeaks does): the server issues a signed,
 * short-lived, single-use challenge with a difficulty `d`; the browser finds a `nonce` such that
 * SHA-256(`<challenge>:<nonce>`) starts with `d` zero bits. The server checks it with one hash. Nobody is
 * tracked: the cost falls on whoever sends, person or script, and rises when the portal is flooded.
 *
 * The solver is plain TypeScript (no Web Crypto: its promise per hash is far slower for millions of small
 * hashes, and this file must run in the browser, a worker and Node alike). ASCII input only (challenges are
 * base64url, nonces decimal).
 */

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);
const H0 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
const W = new Uint32Array(64);

/** SHA-256 of an ASCII string, as its eight 32-bit words. */
export function sha256Words(ascii: string): Uint32Array {
  const n = ascii.length;
  const blocks = ((n + 8) >> 6) + 1;
  const msg = new Uint32Array(blocks * 16);
  for (let i = 0; i < n; i++) msg[i >> 2]! |= (ascii.charCodeAt(i) & 0xff) << (24 - (i & 3) * 8);
  msg[n >> 2]! |= 0x80 << (24 - (n & 3) * 8);
  msg[blocks * 16 - 1] = n * 8;
  const h = Uint32Array.from(H0);
  for (let b = 0; b < blocks; b++) {
    for (let t = 0; t < 16; t++) W[t] = msg[b * 16 + t]!;
    for (let t = 16; t < 64; t++) {
      const w15 = W[t - 15]!;
      const w2 = W[t - 2]!;
      const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
      const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
      W[t] = (W[t - 16]! + s0 + W[t - 7]! + s1) | 0;
    }
    let [a, bb, c, d, e, f, g, hh] = [h[0]!, h[1]!, h[2]!, h[3]!, h[4]!, h[5]!, h[6]!, h[7]!];
    for (let t = 0; t < 64; t++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (hh + S1 + ((e & f) ^ (~e & g)) + K[t]! + W[t]!) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (S0 + ((a & bb) ^ (a & c) ^ (bb & c))) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = bb;
      bb = a;
      a = (t1 + t2) | 0;
    }
    h[0] = h[0]! + a;
    h[1] = h[1]! + bb;
    h[2] = h[2]! + c;
    h[3] = h[3]! + d;
    h[4] = h[4]! + e;
    h[5] = h[5]! + f;
    h[6] = h[6]! + g;
    h[7] = h[7]! + hh;
  }
  return h;
}

/** How many leading zero bits the words have. */
export function leadingZeroBits(words: Uint32Array): number {
  let bits = 0;
  for (const w of words) {
    if (w === 0) {
      bits += 32;
      continue;
    }
    return bits + Math.clz32(w);
  }
  return bits;
}

/** Does `nonce` solve `challenge` at `difficulty` bits? (What the server checks; the solver's own test.) */
export const powSolves = (challenge: string, nonce: string, difficulty: number): boolean =>
  /^\d{1,15}$/.test(nonce) && leadingZeroBits(sha256Words(`${challenge}:${nonce}`)) >= difficulty;

/**
 * Finds a nonce for the challenge. Runs `batch` hashes between yields so a page stays responsive (the web
 * runs it in a worker or awaits it); `onProgress` gets the number of hashes tried. Expected work: 2^difficulty.
 */
export async function solvePow(
  challenge: string,
  difficulty: number,
  opts: { batch?: number; onProgress?: (tried: number) => void; signal?: AbortSignal } = {},
): Promise<string> {
  const batch = opts.batch ?? 20_000;
  for (let nonce = 0; ; nonce++) {
    if (leadingZeroBits(sha256Words(`${challenge}:${nonce}`)) >= difficulty) return String(nonce);
    if (nonce % batch === batch - 1) {
      opts.onProgress?.(nonce + 1);
      if (opts.signal?.aborted) throw new Error('Đã hủy');
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
}

/** The same without yielding (tests, benchmarks, workers). */
export function solvePowSync(challenge: string, difficulty: number): string {
  for (let nonce = 0; ; nonce++)
    if (leadingZeroBits(sha256Words(`${challenge}:${nonce}`)) >= difficulty) return String(nonce);
}
