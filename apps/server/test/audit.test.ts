import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { appendAudit, systemContext } from '../src/modules/audit/audit.recorder.ts';
import { verifyAuditChain } from '../src/modules/audit/audit.verifier.ts';
import type { Db } from '../src/platform/db/client.ts';
import { queryRows } from '../src/platform/db/rows.ts';
import { describeEachBackend } from './db.ts';

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

describeEachBackend('audit chain', (getDb) => {
  let db: Db;
  beforeAll(async () => {
    db = getDb().db;
    await write(db, 20);
  });

  it('verifies an untouched chain', async () => {
    expect(await verifyAuditChain(db, 7)).toEqual({ ok: true, checked: 20, brokenAt: null, reason: null });
  });

  it('refuses UPDATE and DELETE from the application', async () => {
    await expect(db.execute(sql`update audit_event set action = 'x' where id = 3`)).rejects.toThrow();
    await expect(db.execute(sql`delete from audit_event where id = 3`)).rejects.toThrow();
  });

  it('rolls the audit row back with the change it records', async () => {
    await expect(
      db.transaction(async (tx) => {
        await appendAudit(tx, systemContext(), { action: 'test.rolled_back', recordType: 'thing' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const rows = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from audit_event where action = 'test.rolled_back'`,
    );
    expect(rows[0]!.n).toBe(0);
  });

  it('names the row a superuser altered behind the trigger', async () => {
    await db.execute(sql`alter table audit_event disable trigger audit_event_no_update`);
    await db.execute(sql`update audit_event set after = '{"a": 999}'::jsonb where id = 12`);
    await db.execute(sql`alter table audit_event enable trigger audit_event_no_update`);
    const report = await verifyAuditChain(db);
    expect(report).toMatchObject({ ok: false, brokenAt: 12, checked: 11 });
    expect(report.reason).toContain('12');
  });

  it('names the gap a deleted row leaves', async () => {
    await db.execute(sql`alter table audit_event disable trigger audit_event_no_update`);
    await db.execute(sql`delete from audit_event where id in (5, 12)`);
    await db.execute(sql`alter table audit_event enable trigger audit_event_no_update`);
    const report = await verifyAuditChain(db);
    expect(report).toMatchObject({ ok: false, brokenAt: 5 });
  });
});
