import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, systemContext } from '../src/modules/audit/audit.recorder.ts';
import { verifyAuditChain } from '../src/modules/audit/audit.verifier.ts';
import type { Db } from '../src/platform/db/client.ts';
import { queryRows } from '../src/platform/db/rows.ts';
import { createServices } from '../src/services.ts';
import { asSuperuser, deleteAndRechain, hmacChain, sha256Chain } from './audit-tamper.ts';
import { describeEachBackend } from './db.ts';
import { testKeyring } from './fixtures.ts';

/**
 * Only the chain itself: these tests use nothing newer than `verifyAuditChain(db)`, so they also run against
 * the code from before the keyed chain (where the re-chained trail passed). Checkpoints: audit-checkpoint.test.ts.
 */
const write = (db: Db, n: number) =>
  db.transaction(async (tx) => {
    for (let i = 0; i < n; i++) {
      await appendAudit(tx, systemContext(`req-${i}`), {
        action: 'test.write',
        recordType: 'thing',
        recordId: String(i),
        before: { a: i },
        after: { a: i + 1, tên: 'Nguyễn Văn Ất' },
      });
    }
  });

/** A fresh database per block, its audit keys registered as the server does, with `rows` audit rows. */
function withTrail(name: string, rows: number, body: (db: () => Db) => void) {
  describeEachBackend(name, (getDb) => {
    let db: Db;
    beforeAll(async () => {
      db = getDb().db;
      createServices(db, testKeyring());
      await write(db, rows);
    });
    body(() => db);
  });
}

withTrail('audit chain', 20, (db) => {
  it('verifies an untouched chain', async () => {
    expect(await verifyAuditChain(db(), 7)).toMatchObject({
      ok: true,
      checked: 20,
      brokenAt: null,
      reason: null,
    });
  });

  it('refuses UPDATE and DELETE from the application', async () => {
    await expect(db().execute(sql`update audit_event set action = 'x' where id = 3`)).rejects.toThrow();
    await expect(db().execute(sql`delete from audit_event where id = 3`)).rejects.toThrow();
  });

  it('rolls the audit row back with the change it records', async () => {
    await expect(
      db().transaction(async (tx) => {
        await appendAudit(tx, systemContext(), { action: 'test.rolled_back', recordType: 'thing' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const rows = await queryRows<{ n: number }>(
      db(),
      sql`select count(*)::int as n from audit_event where action = 'test.rolled_back'`,
    );
    expect(rows[0]!.n).toBe(0);
  });
});

describe('tampering by someone with database write access but not the key file', () => {
  withTrail('altered row', 20, (db) => {
    it('names the row a superuser altered behind the trigger', async () => {
      await asSuperuser(db(), sql`update audit_event set after = '{"a": 999}'::jsonb where id = 12`);
      const report = await verifyAuditChain(db());
      expect(report).toMatchObject({ ok: false, brokenAt: 12, checked: 11 });
      expect(report.reason).toContain('12');
    });
  });

  withTrail('deleted middle row', 20, (db) => {
    it('names the gap a deleted row leaves', async () => {
      await asSuperuser(db(), sql`delete from audit_event where id in (5, 12)`);
      expect(await verifyAuditChain(db())).toMatchObject({ ok: false, brokenAt: 5 });
    });
  });

  withTrail('re-chained with SHA-256', 100, (db) => {
    it('catches 50 deleted rows when the rest is renumbered and re-hashed with plain SHA-256', async () => {
      // The attacker also removes every checkpoint, hoping the rows pass as the legacy SHA-256 chain.
      await db().execute(sql`delete from audit_checkpoint`);
      const { lastId } = await deleteAndRechain(db(), { from: 21, to: 70 }, sha256Chain);
      expect(lastId).toBe(50);
      const report = await verifyAuditChain(db());
      expect(report).toMatchObject({ ok: false, brokenAt: 21, checked: 20 });
    });
  });

  withTrail('re-chained with a wrong HMAC key', 100, (db) => {
    it('catches 50 deleted rows when the rest is renumbered and re-hashed with an HMAC under another key', async () => {
      await deleteAndRechain(db(), { from: 21, to: 70 }, hmacChain(randomBytes(32)));
      const report = await verifyAuditChain(db());
      expect(report).toMatchObject({ ok: false, brokenAt: 21, checked: 20 });
      expect(report.reason).toContain('21');
    });
  });
});
