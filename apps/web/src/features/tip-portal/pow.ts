import type { TipChallenge } from '@pcmt/contracts';

/**
 * Solves a portal challenge: in a Web Worker when the browser has them, else on the page in small batches
 * (the solver yields between them). `onProgress` gets a rough share of the expected work (0–0.95): the
 * search is random, so the text says "about".
 */
export function solveChallenge(
  challenge: TipChallenge,
  onProgress: (share: number) => void,
  signal?: AbortSignal,
): Promise<string> {
  const expected = 2 ** challenge.difficulty;
  const report = (tried: number) => onProgress(Math.min(0.95, tried / expected));
  const job = { challenge: challenge.challenge, difficulty: challenge.difficulty };
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./pow-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  if (!worker) return onPage(job, report, signal);
  const w = worker;
  return new Promise<string>((resolve, reject) => {
    const stop = () => w.terminate();
    signal?.addEventListener('abort', () => {
      stop();
      reject(new DOMException('aborted', 'AbortError'));
    });
    w.onmessage = (e: MessageEvent<{ tried?: number; nonce?: string }>) => {
      if (e.data.nonce !== undefined) {
        stop();
        onProgress(1);
        resolve(e.data.nonce);
      } else if (e.data.tried !== undefined) report(e.data.tried);
    };
    // A worker refused at load (an old browser, a strict policy): the same work on the page.
    w.onerror = (ev) => {
      ev.preventDefault();
      stop();
      onPage(job, report, signal).then(resolve, reject);
    };
    w.postMessage(job);
  });
}

async function onPage(
  job: { challenge: string; difficulty: number },
  report: (tried: number) => void,
  signal?: AbortSignal,
): Promise<string> {
  const { solvePow } = await import('../../../../../packages/contracts/src/registers/tip-pow.ts');
  return solvePow(job.challenge, job.difficulty, { batch: 5_000, onProgress: report, signal });
}
