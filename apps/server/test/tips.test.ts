import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { Actor } from '../src/modules/access/actor.ts';
import type { TipModule } from '../src/modules/tips/tip.module.ts';
import { queryRows } from '../src/platform/db/rows.ts';
import { tipRegister } from '../src/registers/tips.register.ts';
import { describeEachBackend } from './db.ts';
import { bearerFor, createAgency, createTestApp, createUser, type TestApp, unitId } from './fixtures.ts';

/**
 * Desk intake and handling through the routes: jurisdiction (404 out of scope), roles (403), stale versions (409),
 * refusals naming the field (400), the external reference linking instead of retyping (409), deadlines from the
 * domain with an injected clock, the sealed reporter revealed with a reason and audited, alerts, overdue list,
 * statistics, the demo.
 */
describeEachBackend('tips: desk intake and handling', (getDb) => {
  let t: TestApp;
  let tips: TipModule;
  let now = new Date('2026-03-02T02:00:00Z'); // 09:00 in Vietnam, Monday 2 March 2026
  let here: string;
  let there: string;
  let kontum: string; // commune police, Phường Kon Tum
  let dakha: string; // commune police, Xã Đăk Hà
  let pc04Agency: string;
  let chief: string;
  let committee: string;
  let pc04: string;

  const call = (method: 'GET' | 'POST', url: string, auth: string, payload?: object) =>
    t.app.inject({ method, url, headers: { authorization: auth }, ...(payload ? { payload } : {}) });
  const phoneTip = (unit: string, extra: object = {}) => ({
    channel: 'phone',
    source: 'denunciation',
    form: 'oral',
    content: 'Có người mua bán ma túy gần chợ',
    place: { kind: 'unit', unitId: unit },
    ...extra,
  });

  beforeAll(async () => {
    t = await createTestApp(getDb());
    tips = t.services.registers.tips;
    tips.setClock(() => now);
    here = await unitId(t.db, '23293', '2026-03-01');
    there = await unitId(t.db, '23500', '2026-03-01');
    const a = await createAgency(t.db, { kind: 'commune_police', unitIds: [here] });
    const b = await createAgency(t.db, { kind: 'commune_police', unitIds: [there] });
    pc04Agency = await createAgency(t.db, { kind: 'drug_police', unitIds: [here] });
    const bearer = async (agency: string, role: Parameters<typeof createUser>[1]['roles'][number]) =>
      bearerFor(t.services, await createUser(t.db, { agencyId: agency, roles: [role] }), agency, t.db);
    kontum = await bearer(a, 'commune_police');
    dakha = await bearer(b, 'commune_police');
    chief = await bearer(a, 'commune_police_chief');
    committee = await bearer(a, 'commune_committee');
    pc04 = await bearer(pc04Agency, 'drug_police');
  });

  it('records a desk tip with its 20-day deadline and the commune police’s 24-hour transfer window', async () => {
    const res = await call(
      'POST',
      '/api/v1/tips',
      kontum,
      phoneTip(here, { externalRef: 'HL-0769-001', channel: 'hotline_call' }),
    );
    expect(res.statusCode).toBe(201);
    const tip = res.json();
    expect(tip.number).toMatch(/^TB-2026-\d{6}$/);
    expect(tip.status).toBe('received');
    expect(tip.receivedOn).toBe('2026-03-02');
    // 20 days from 02/3 (receipt day not counted) = 22/3/2026, a Sunday → Monday 23/3 (Điều 134).
    expect(tip.deadlines.dueOn).toBe('2026-03-23');
    expect(tip.deadlines.transferDueAt).toBe('2026-03-03T02:00:00.000Z');
    expect(tip.deadlines.transferState).toBe('ok');
    // The same hotline reference again: 409 naming the tip already recorded, never a second record.
    const again = await call(
      'POST',
      '/api/v1/tips',
      kontum,
      phoneTip(here, { externalRef: 'HL-0769-001', channel: 'hotline_call' }),
    );
    expect(again.statusCode).toBe(409);
    expect(again.json().error.details.map((d: { path: string }) => d.path)).toContain(`existing.${tip.id}`);
    // Another commune's police learn only which agency holds it.
    const elsewhere = await call(
      'POST',
      '/api/v1/tips',
      dakha,
      phoneTip(there, { externalRef: 'HL-0769-001', channel: 'hotline_call' }),
    );
    expect(elsewhere.statusCode).toBe(409);
    expect(JSON.stringify(elsewhere.json())).not.toContain(tip.id);
  });

  it('keeps tips inside the jurisdiction (404), refuses roles without the permission (403) and stale versions (409)', async () => {
    const tip = (await call('POST', '/api/v1/tips', kontum, phoneTip(here))).json();
    expect((await call('GET', `/api/v1/tips/${tip.id}`, dakha)).statusCode).toBe(404);
    expect(
      (
        await call('POST', `/api/v1/tips/${tip.id}/triage`, dakha, {
          category: 'use',
          urgency: 'high',
          version: tip.version,
        })
      ).statusCode,
    ).toBe(404);
    const list = (await call('GET', '/api/v1/tips', dakha)).json();
    expect(list.data.map((x: { id: string }) => x.id)).not.toContain(tip.id);
    expect((await call('GET', `/api/v1/tips/${tip.id}`, committee)).statusCode).toBe(403);
    expect((await call('GET', '/api/v1/tips/overdue', kontum)).statusCode).toBe(403);
    const triaged = await call('POST', `/api/v1/tips/${tip.id}/triage`, kontum, {
      category: 'use',
      urgency: 'high',
      version: tip.version,
    });
    expect(triaged.statusCode).toBe(200);
    const stale = await call('POST', `/api/v1/tips/${tip.id}/triage`, kontum, {
      category: 'use',
      urgency: 'urgent',
      version: tip.version,
    });
    expect(stale.statusCode).toBe(409);
    const bad = await call('POST', '/api/v1/tips', kontum, { ...phoneTip(here), channel: 'fax' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('channel');
    const notCommune = await call(
      'POST',
      '/api/v1/tips',
      kontum,
      phoneTip(await unitId(t.db, '62', '2024-01-01'), { receivedAt: '2026-03-02T01:00:00Z' }),
    );
    expect(notCommune.statusCode).toBe(400);
    expect(notCommune.json().error.details[0].path).toBe('place.unitId');
  });

  it('transfers, verifies, extends, suspends, resumes and decides with the domain’s deadlines', async () => {
    const tip = (await call('POST', '/api/v1/tips', kontum, phoneTip(here))).json();
    const moved = await call('POST', `/api/v1/tips/${tip.id}/transfer`, kontum, {
      agencyId: pc04Agency,
      version: tip.version,
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().deadlines.transferState).toBe('done');
    expect(moved.json().status).toBe('assigned');
    // Now PC04's: the commune still sees it (its commune), PC04 handles it.
    let t2 = (
      await call('POST', `/api/v1/tips/${tip.id}/verification`, pc04, { version: moved.json().version })
    ).json();
    expect(t2.status).toBe('verifying');
    const ext = await call('POST', `/api/v1/tips/${tip.id}/extensions`, pc04, {
      kind: 'extension',
      months: 2,
      on: '2026-03-02',
      reason: 'Phức tạp',
      version: t2.version,
    });
    expect(ext.statusCode).toBe(200);
    t2 = ext.json();
    expect(t2.deadlines.dueOn).toBe('2026-05-04'); // 02/5 is a Saturday → Monday 04/5
    const twice = await call('POST', `/api/v1/tips/${tip.id}/extensions`, pc04, {
      kind: 'extension',
      months: 1,
      on: '2026-03-02',
      reason: 'Thêm',
      version: t2.version,
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.details[0].path).toBe('months');
    t2 = (
      await call('POST', `/api/v1/tips/${tip.id}/suspension`, pc04, {
        on: '2026-03-02',
        ground: 'awaiting_expertise',
        reason: 'Chờ giám định',
        version: t2.version,
      })
    ).json();
    expect(t2.deadlines.state).toBe('suspended');
    now = new Date('2026-03-10T02:00:00Z');
    t2 = (
      await call('POST', `/api/v1/tips/${tip.id}/resumption`, pc04, {
        on: '2026-03-10',
        reason: 'Có kết quả',
        version: t2.version,
      })
    ).json();
    expect(t2.status).toBe('resumed');
    expect(t2.deadlines.dueOn).toBe('2026-04-10'); // Điều 149: one month from the resumption
    const future = await call('POST', `/api/v1/tips/${tip.id}/outcome`, pc04, {
      outcome: 'prosecute',
      on: '2026-04-01',
      reason: 'x',
      version: t2.version,
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.details[0].path).toBe('on');
    const done = await call('POST', `/api/v1/tips/${tip.id}/outcome`, pc04, {
      outcome: 'prosecute',
      on: '2026-03-10',
      decisionNumber: '12/QĐ',
      reason: 'Có dấu hiệu tội phạm',
      version: t2.version,
    });
    expect(done.json().status).toBe('resolved');
    expect(done.json().retention.state).toBe('ok');
    const refused = await call('POST', `/api/v1/tips/${tip.id}/suspension`, pc04, {
      on: '2026-03-10',
      ground: 'other',
      reason: 'x',
      version: done.json().version,
    });
    expect(refused.statusCode).toBe(409);
  });

  it('seals the reporter: masked in reads, revealed with a reason to those who may, each view audited', async () => {
    const tip = (
      await call(
        'POST',
        '/api/v1/tips',
        kontum,
        phoneTip(here, { reporter: { name: 'Trần Văn Báo', phone: '0905123456' } }),
      )
    ).json();
    expect(tip.reporter).toEqual({ provided: true, name: 'T*** V** B**', phone: '09******56', email: null });
    const [row] = await queryRows<{ s: string }>(
      t.db,
      sql`select reporter_sealed as s from tip where id = ${tip.id}`,
    );
    expect(row!.s).not.toContain('0905123456');
    expect(
      (await call('POST', `/api/v1/tips/${tip.id}/reporter`, kontum, { reason: 'Cần gọi lại xác minh' }))
        .statusCode,
    ).toBe(403);
    const short = await call('POST', `/api/v1/tips/${tip.id}/reporter`, chief, { reason: 'ngắn' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details[0].path).toBe('reason');
    const open = await call('POST', `/api/v1/tips/${tip.id}/reporter`, chief, {
      reason: 'Cần gọi lại xác minh nội dung',
    });
    expect(open.json().phone).toBe('0905123456');
    const [audit] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from audit_event where action = 'tip.reporter.read' and record_id = ${tip.id}
            and after->>'reason' = 'Cần gọi lại xác minh nội dung'`,
    );
    expect(audit!.n).toBe(1);
    const [leak] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from audit_event x where x::text like '%0905123456%'`,
    );
    expect(leak!.n).toBe(0);
  });

  it('alerts before deadlines, lists overdue tips for the unit head, counts by source and commune', async () => {
    now = new Date('2026-03-02T02:00:00Z');
    const tip = (await call('POST', '/api/v1/tips', kontum, phoneTip(here, { source: 'report' }))).json();
    now = new Date('2026-03-03T00:00:00Z'); // 22 h later: 2 h of the transfer window left
    const alerts = (await call('GET', '/api/v1/tips/alerts?withinDays=1', kontum)).json().data;
    expect(alerts).toContainEqual(
      expect.objectContaining({ tipId: tip.id, kind: 'transfer', overdue: false }),
    );
    now = new Date('2026-04-01T02:00:00Z');
    const overdue = (await call('GET', '/api/v1/tips/overdue', chief)).json().data;
    expect(overdue.map((x: { id: string }) => x.id)).toContain(tip.id);
    expect(overdue.every((x: { deadlines: { state: string } }) => x.deadlines.state === 'overdue')).toBe(
      true,
    );
    const stats = (await call('GET', '/api/v1/tips/statistics?from=2026-01-01&to=2026-12-31', chief)).json();
    expect(stats.received).toBeGreaterThan(0);
    expect(stats.bySource.report).toBeGreaterThan(0);
    expect(stats.overdue).toBeGreaterThan(0);
    expect(stats.byCommune[0].unitId).toBe(here);
    expect((await call('GET', `/api/v1/tips/${tip.id}`, chief)).statusCode).toBe(200);
    const audited = await queryRows<{ action: string }>(
      t.db,
      sql`select distinct action from audit_event where action in ('tip.alerts', 'tip.overdue', 'tip.statistics', 'tip.list', 'tip.read')`,
    );
    expect(audited.map((a) => a.action).sort()).toEqual([
      'tip.alerts',
      'tip.list',
      'tip.overdue',
      'tip.read',
      'tip.statistics',
    ]);
  });

  it('links a tip to a hotspot of its commune and keeps the conversation', async () => {
    now = new Date('2026-03-05T02:00:00Z');
    const tip = (await call('POST', '/api/v1/tips', kontum, phoneTip(here))).json();
    const hotspot = await call('POST', '/api/v1/hotspots', kontum, {
      name: 'Điểm liên kết',
      behaviours: ['selling'],
      detectedOn: '2026-03-01',
      unitId: here,
    });
    const linked = await call('POST', `/api/v1/tips/${tip.id}/links`, kontum, {
      kind: 'hotspot',
      targetId: hotspot.json().id,
    });
    expect(linked.json().links[0]).toEqual(
      expect.objectContaining({ kind: 'hotspot', label: 'Điểm liên kết' }),
    );
    expect(
      (
        await call('POST', `/api/v1/tips/${tip.id}/links`, kontum, {
          kind: 'hotspot',
          targetId: hotspot.json().id,
        })
      ).statusCode,
    ).toBe(409);
    const notes = await call('POST', `/api/v1/tips/${tip.id}/notes`, kontum, {
      text: 'Đã xác minh sơ bộ tại chỗ',
    });
    expect(notes.json().data[0].text).toBe('Đã xác minh sơ bộ tại chỗ');
  });

  it('seeds demo tips in every state, some past their deadlines, once', async () => {
    now = new Date();
    const demoAgency = async (code: string, unitCode: string, role: 'commune_police' | 'drug_police') => {
      const agencyId = await createAgency(t.db, {
        kind: role,
        unitIds: [await unitId(t.db, unitCode, '2026-03-01')],
      });
      const u = await createUser(t.db, { agencyId, roles: [role] });
      const actor: Actor = {
        userId: u.id,
        username: u.username,
        agencyId,
        roles: [role],
        via: 'system',
        requestId: 'cli:seed --demo',
        ip: null,
      };
      return [code, actor] as const;
    };
    const actors = new Map([
      await demoAgency('DEMO-CA-KONTUM', '23293', 'commune_police'),
      await demoAgency('DEMO-PC04', '51', 'drug_police'),
    ]);
    const world = { db: t.db, actorOf: async (code: string) => actors.get(code)! };
    expect(await tipRegister.demo!(tips, world)).toBe(13);
    expect(await tipRegister.demo!(tips, world)).toBe(0);
    const states = await queryRows<{ status: string }>(
      t.db,
      sql`select distinct status from tip where is_demo`,
    );
    expect(states.map((r) => r.status).sort()).toEqual([
      'assigned',
      'dismissed',
      'received',
      'resolved',
      'resumed',
      'suspended',
      'triaged',
      'verifying',
    ]);
    const [late] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from tip where is_demo and status in ('assigned', 'verifying') and due_on < current_date`,
    );
    expect(late!.n).toBeGreaterThan(0);
  });
});
