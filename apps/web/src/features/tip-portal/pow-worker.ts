// The solver's own file, not the package's index: the index brings every contract and zod (~200 kB) into a
// chunk that needs one function.
import { solvePow } from '../../../../../packages/contracts/src/registers/tip-pow.ts';

/**
 * The portal's proof of work, off the page's thread: the form stays responsive on a low-end phone while
 * ~2^18 hashes run. Posts `{tried}` now and then and `{nonce}` once found.
 */
type Job = { challenge: string; difficulty: number };
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<Job>) => void) | null;
  postMessage: (m: unknown) => void;
};
scope.onmessage = (e) => {
  const { challenge, difficulty } = e.data;
  void solvePow(challenge, difficulty, {
    batch: 50_000,
    onProgress: (tried) => scope.postMessage({ tried }),
  }).then((nonce) => scope.postMessage({ nonce }));
};
