import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { appendAudit, systemContext } from '../src/modules/audit/audit.recorder.ts';
import { verifyAuditChain } from '../src/modules/audit/audit.verifier.ts';
import type { Db } from '../src/platform/db/client.ts';
import { groupCommit } from '../src/platform/db/group-commit.ts';
import { queryRows } from '../src/platform/db/rows.ts';
import { createServices } from '../src/services.ts';
import { describeEachBackend } from './db.ts';
import { testKeyring } from './fixtures.ts';

const txid = async (tx: Db) =>
  (await queryRows<{ x: string }>(tx, sql`select txid_current()::text as x`))[0]!.x;
const ids = async (db: Db, table: string) =>
  (await queryRows<{ id: number }>(db, sql`select id from ${sql.raw(table)} order by id`)).map((r) => r.id);

describeEachBackend('group commit', (get) => {
  let db: Db;
  beforeAll(async () => {
    db = get().db;
    createServices(db, testKeyring());
    await db.execute(sql`create table gc_row (id int primary key)`);
    await db.execute(sql`create table gc_deferred (id int primary key deferrable initially deferred)`);
  });

  it('writes arriving while a batch commits go together in the next transaction', async () => {
    let open!: () => void;
    const gate = new Promise<void>((r) => {
      open = r;
    });
    const write = groupCommit(db, async (tx, id: number) => {
      await tx.execute(sql`insert into gc_row (id) values (${id})`);
      if (id === 1) await gate; // the first batch stays open while the others arrive
      return txid(tx);
    });
    const first = write(1);
    const rest = Array.from({ length: 19 }, (_, i) => write(i + 2));
    open();
    const [t1, ...others] = await Promise.all([first, ...rest]);
    expect(new Set(others).size).toBe(1);
    expect(others[0]).not.toBe(t1);
    expect(await ids(db, 'gc_row')).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('a write that throws loses only its own rows and gets its own error', async () => {
    const write = groupCommit(db, async (tx, id: number) => {
      await tx.execute(sql`insert into gc_row (id) values (${id})`);
      if (id === 102) throw new Error('refused 102');
      return id;
    });
    const results = await Promise.allSettled([101, 102, 103].map(write));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toEqual(new Error('refused 102'));
    expect((await ids(db, 'gc_row')).filter((id) => id > 100)).toEqual([101, 103]);
  });

  it('a failed commit fails every write of the batch and writes none', async () => {
    let open!: () => void;
    const gate = new Promise<void>((r) => {
      open = r;
    });
    const write = groupCommit(db, async (tx, id: number) => {
      if (id === 0) await gate;
      // The same key twice: allowed until the deferred check at commit, which then fails.
      else await tx.execute(sql`insert into gc_deferred (id) values (7)`);
      return id;
    });
    const warm = write(0);
    const pair = [write(1), write(2)];
    open();
    await warm;
    const results = await Promise.allSettled(pair);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await ids(db, 'gc_deferred')).toEqual([]);
  });

  it('grouped audit appends keep one verifiable chain', async () => {
    const write = groupCommit(db, (tx, i: number) =>
      appendAudit(tx, systemContext(`gc-${i}`), {
        action: 'test.write',
        recordType: 'thing',
        recordId: `${i}`,
      }),
    );
    await Promise.all(Array.from({ length: 30 }, (_, i) => write(i)));
    const rows = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from audit_event where request_id like 'gc-%'`,
    );
    expect(rows[0]!.n).toBe(30);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });
});
