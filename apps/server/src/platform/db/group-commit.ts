import type { Db } from './client.ts';

type Pending<I, R> = { item: I; resolve: (r: R) => void; reject: (e: unknown) => void };

/**
 * Group commit: writes that arrive together share one transaction, so one WAL flush makes them all durable.
 * A durable commit waits for the disk (~2–4 ms here); when every write is its own transaction and they all
 * serialise on the same lock (the audit chain, a rate-limit bucket row), that wait caps the whole stream at a
 * few hundred writes a second however many cores there are.
 *
 * No timer and no added latency: a write arriving while no batch runs starts one at once (alone); writes arriving
 * while a batch commits wait for it and then go together in the next (leader/follower, as PostgreSQL's own
 * group commit). Each write runs in its own savepoint: one that throws rolls back only its own rows and gets its
 * own error; the others commit. If the transaction itself fails (the commit), every write of the batch gets that
 * error — none of them was written.
 */
export function groupCommit<I, R>(
  db: Db,
  write: (tx: Db, item: I) => Promise<R>,
  opts: { maxBatch?: number } = {},
): (item: I) => Promise<R> {
  const maxBatch = opts.maxBatch ?? 64;
  const queue: Pending<I, R>[] = [];
  let running = false;

  async function runBatch(batch: Pending<I, R>[]) {
    const outcomes: ({ ok: true; value: R } | { ok: false; error: unknown })[] = [];
    try {
      await db.transaction(async (tx) => {
        for (const p of batch) {
          try {
            // A savepoint per write: `tx.transaction` nests as SAVEPOINT / ROLLBACK TO on both drivers.
            outcomes.push({ ok: true, value: await tx.transaction((sp) => write(sp as Db, p.item)) });
          } catch (error) {
            outcomes.push({ ok: false, error });
          }
        }
      });
    } catch (error) {
      for (const p of batch) p.reject(error);
      return;
    }
    batch.forEach((p, i) => {
      const o = outcomes[i]!;
      if (o.ok) p.resolve(o.value);
      else p.reject(o.error);
    });
  }

  async function drain() {
    running = true;
    try {
      while (queue.length > 0) await runBatch(queue.splice(0, maxBatch));
    } finally {
      running = false;
    }
  }

  return (item: I) =>
    new Promise<R>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (!running) void drain();
    });
}
