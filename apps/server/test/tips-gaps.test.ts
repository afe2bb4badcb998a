import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { TipModule } from '../src/modules/tips/tip.module.ts';
import { queryRows } from '../src/platform/db/rows.ts';
import { describeEachBackend } from './db.ts';
import { bearerFor, createAgency, createTestApp, createUser, type TestApp, unitId } from './fixtures.ts';

/**
 * The tips register's later parts (issue 10): links to businesses and cases (scoped both ways, audited), the
 * retention review (warn / expired, nothing deleted; injected clock) and the list export (a reason, audited with
 * the row count, reporter masked, text as text).
 */
describeEachBackend('tips: links to businesses and cases, retention review, export', (getDb) => {
  let t: TestApp;
  let tips: TipModule;
  let now = new Date('2026-03-02T02:00:00Z');
  let here: string;
  let there: string;
  let kontum: string; // commune police, Phường Kon Tum
  let dakha: string; // commune police, Xã Đăk Hà
  let chief: string;
  let committee: string;
  let desk: string;
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
  const newTip = async (auth: string, unit: string, extra: object = {}) => {
    const res = await call('POST', '/api/v1/tips', auth, phoneTip(unit, extra));
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const business = async (auth: string, unit: string, name: string) => {
    const res = await call('POST', '/api/v1/businesses', auth, {
      line: 'karaoke',
      name,
      address: '45 Phan Đình Phùng',
      unitId: unit,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const criminalCase = async (auth: string, unit: string, number: string) => {
    const res = await call('POST', '/api/v1/cases', auth, {
      number,
      openedOn: '2026-03-01',
      unitId: unit,
      summary: 'Tàng trữ trái phép chất ma túy',
      charges: [{ article: '249', clause: 1 }],
      suspects: [
        { name: 'Nguyễn Văn A', birthYear: 1990, arrestedOn: '2026-03-01', arrestKind: 'caught_in_act' },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };

  beforeAll(async () => {
    t = await createTestApp(getDb());
    tips = t.services.registers.tips;
    tips.setClock(() => now);
    here = await unitId(t.db, '23293', '2026-03-01');
    there = await unitId(t.db, '23500', '2026-03-01');
    const a = await createAgency(t.db, { kind: 'commune_police', unitIds: [here] });
    const b = await createAgency(t.db, { kind: 'commune_police', unitIds: [there] });
    const pc04Agency = await createAgency(t.db, { kind: 'drug_police', unitIds: [here] });
    const bearer = async (agency: string, role: Parameters<typeof createUser>[1]['roles'][number]) =>
      bearerFor(t.services, await createUser(t.db, { agencyId: agency, roles: [role] }), agency, t.db);
    kontum = await bearer(a, 'commune_police');
    dakha = await bearer(b, 'commune_police');
    chief = await bearer(a, 'commune_police_chief');
    committee = await bearer(a, 'commune_committee');
    desk = await bearer(a, 'tip_desk');
    pc04 = await bearer(pc04Agency, 'drug_police');
  });

  it('links a tip to a business and a case readable by the officer; another commune’s are refused like unknown ones', async () => {
    const tip = await newTip(kontum, here);
    const karaoke = await business(kontum, here, 'Karaoke Liên Kết');
    const kase = await criminalCase(kontum, here, '07/VA-LK');
    const elsewhereBiz = await business(dakha, there, 'Karaoke Đăk Hà');
    const elsewhereCase = await criminalCase(dakha, there, '08/VA-DH');

    const linkBiz = await call('POST', `/api/v1/tips/${tip.id}/links`, kontum, {
      kind: 'business',
      targetId: karaoke,
    });
    expect(linkBiz.statusCode, linkBiz.body).toBe(200);
    const linkCase = await call('POST', `/api/v1/tips/${tip.id}/links`, kontum, {
      kind: 'case',
      targetId: kase,
      note: 'Cùng đối tượng',
    });
    expect(linkCase.statusCode, linkCase.body).toBe(200);
    expect(linkCase.json().links).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'business', targetId: karaoke, label: 'Karaoke Liên Kết' }),
        expect.objectContaining({ kind: 'case', targetId: kase, label: '07/VA-LK' }),
      ]),
    );
    const audited = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from audit_event where action = 'tip.link' and record_id = ${tip.id}`,
    );
    expect(audited[0]!.n).toBe(2);
    expect(
      (await call('POST', `/api/v1/tips/${tip.id}/links`, kontum, { kind: 'case', targetId: kase }))
        .statusCode,
    ).toBe(409);

    // Attack: a business or case of another commune answers exactly as one that does not exist.
    const unknown = await call('POST', `/api/v1/tips/${tip.id}/links`, kontum, {
      kind: 'case',
      targetId: crypto.randomUUID(),
    });
    for (const [kind, targetId] of [
      ['business', elsewhereBiz],
      ['case', elsewhereCase],
    ] as const) {
      const res = await call('POST', `/api/v1/tips/${tip.id}/links`, kontum, { kind, targetId });
      expect(res.statusCode).toBe(404);
      expect(unknown.statusCode).toBe(404);
      expect(res.json().error.details).toEqual(unknown.json().error.details);
      expect(res.body).not.toContain('Đăk Hà');
    }
    expect(unknown.json().error.details[0]).toMatchObject({
      path: 'targetId',
      messageId: 'tip.linkTargetNotFound',
    });
    // The other commune's officer cannot reach the tip itself (404), nor link to it.
    expect(
      (await call('POST', `/api/v1/tips/${tip.id}/links`, dakha, { kind: 'case', targetId: elsewhereCase }))
        .statusCode,
    ).toBe(404);
    // Read side: the commune chief reads both registers and sees both names.
    const seen = (await call('GET', `/api/v1/tips/${tip.id}`, chief)).json().links;
    expect(seen.map((l: { label: string }) => l.label).sort()).toEqual(['07/VA-LK', 'Karaoke Liên Kết']);
    const bad = await call('POST', `/api/v1/tips/${tip.id}/links`, kontum, {
      kind: 'vehicle',
      targetId: kase,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('kind');
  });

  const dismiss = async (auth: string, tipId: string) => {
    const current = (await call('GET', `/api/v1/tips/${tipId}`, auth)).json();
    const res = await call('POST', `/api/v1/tips/${tipId}/dismissal`, auth, {
      reason: 'spam',
      version: current.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const review = (auth: string, query = '') => call('GET', `/api/v1/tips/retention${query}`, auth);

  it('unlinks a tip from a record: the handling officer, audited with what it pointed to; others refused', async () => {
    const tip = await newTip(kontum, here);
    const kase = await criminalCase(kontum, here, '09/VA-GO');
    const karaoke = await business(kontum, here, 'Karaoke Gỡ Liên Kết');
    for (const [kind, targetId] of [
      ['case', kase],
      ['business', karaoke],
    ] as const)
      expect(
        (await call('POST', `/api/v1/tips/${tip.id}/links`, kontum, { kind, targetId })).statusCode,
      ).toBe(200);
    const unlink = (auth: string, query: string, id = tip.id) =>
      t.app.inject({
        method: 'DELETE',
        url: `/api/v1/tips/${id}/links?${query}`,
        headers: { authorization: auth },
      });

    // Attacks first: nothing may change.
    // Another commune's officer: the tip does not exist for them (404, not 403).
    const outside = await unlink(dakha, `kind=case&targetId=${kase}`);
    expect(outside.statusCode).toBe(404);
    expect(outside.body).not.toContain('09/VA-GO');
    // A role without tip.handle.
    expect((await unlink(committee, `kind=case&targetId=${kase}`)).statusCode).toBe(403);
    // Bad input names the field.
    const badKind = await unlink(kontum, `kind=vehicle&targetId=${kase}`);
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().error.details.map((d: { path: string }) => d.path)).toContain('kind');
    const badId = await unlink(kontum, 'kind=case&targetId=abc');
    expect(badId.statusCode).toBe(400);
    expect(badId.json().error.details.map((d: { path: string }) => d.path)).toContain('targetId');
    const noTarget = await unlink(kontum, 'kind=case');
    expect(noTarget.statusCode).toBe(400);
    expect(noTarget.json().error.details.map((d: { path: string }) => d.path)).toContain('targetId');
    // A link the tip does not have (a real record of the other kind): 404 on the field.
    const missing = await unlink(kontum, `kind=hotspot&targetId=${kase}`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.details[0]).toMatchObject({
      path: 'targetId',
      messageId: 'tip.linkNotFound',
    });
    expect((await call('GET', `/api/v1/tips/${tip.id}`, kontum)).json().links).toHaveLength(2);

    // The handling officer removes the case link: the other stays, the audit row says what it was.
    const done = await unlink(kontum, `kind=case&targetId=${kase}`);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().links).toEqual([expect.objectContaining({ kind: 'business', targetId: karaoke })]);
    const [row] = await queryRows<{ n: number; before: { kind: string; targetId: string } }>(
      t.db,
      sql`select count(*) over ()::int as n, before from audit_event
           where action = 'tip.unlink' and record_id = ${tip.id}`,
    );
    expect(row).toMatchObject({ n: 1, before: { kind: 'case', targetId: kase } });
    // Twice is a 404 (already gone), and the case may be linked again.
    expect((await unlink(kontum, `kind=case&targetId=${kase}`)).statusCode).toBe(404);
    expect(
      (await call('POST', `/api/v1/tips/${tip.id}/links`, kontum, { kind: 'case', targetId: kase }))
        .statusCode,
    ).toBe(200);
    // The timeline names the move.
    const timeline = (await call('GET', `/api/v1/tips/${tip.id}/timeline`, kontum)).json().data;
    expect(JSON.stringify(timeline)).toContain('Gỡ liên kết tin báo với hồ sơ');
  });

  it('lists closed tips whose retention ends soon or has ended, with the end date, and deletes nothing', async () => {
    // Dismissed tips are kept 2 years (rules' placeholder), warned 90 days before.
    now = new Date('2026-04-01T02:00:00Z');
    const old = await newTip(kontum, here, { content: 'Tin báo đóng sớm' });
    await dismiss(kontum, old.id);
    const elsewhere = await newTip(dakha, there, { content: 'Tin báo xã khác' });
    await dismiss(dakha, elsewhere.id);
    now = new Date('2026-09-01T02:00:00Z');
    const later = await newTip(kontum, here, { content: 'Tin báo đóng muộn' });
    await dismiss(kontum, later.id);

    now = new Date('2027-12-15T02:00:00Z'); // 107 days before 01/04/2028: nothing to review yet
    expect((await review(chief)).json().data).toEqual([]);
    now = new Date('2028-02-01T02:00:00Z'); // 60 days before the first end
    const warn = (await review(chief, '?state=warn')).json();
    expect(warn.data.map((x: { id: string }) => x.id)).toEqual([old.id]);
    expect(warn.data[0].retention).toEqual({ state: 'warn', endsOn: '2028-04-01' });
    expect((await review(chief, '?state=expired')).json().data).toEqual([]);

    now = new Date('2028-04-02T02:00:00Z'); // the day after the first end
    const expired = (await review(chief, '?state=expired')).json().data;
    expect(expired.map((x: { id: string }) => x.id)).toEqual([old.id]);
    expect(expired[0].retention).toEqual({ state: 'expired', endsOn: '2028-04-01' });
    // Scope: the chief never sees the other commune's tip; PC04 (province) sees both.
    const province = (await review(pc04, '?state=expired')).json().data.map((x: { id: string }) => x.id);
    expect(province).toEqual(expect.arrayContaining([old.id, elsewhere.id]));
    expect((await review(chief)).json().data.map((x: { id: string }) => x.id)).toEqual([old.id]);
    // Nothing deleted: the expired tip is still there and readable.
    expect((await call('GET', `/api/v1/tips/${old.id}`, chief)).statusCode).toBe(200);
    const audited = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from audit_event where action = 'tip.retention'`,
    );
    expect(audited[0]!.n).toBeGreaterThan(0);

    // Wrong role 403 (a commune officer, the tip desk), bad input 400 naming the field.
    expect((await review(kontum)).statusCode).toBe(403);
    expect((await review(desk)).statusCode).toBe(403);
    expect((await review(committee)).statusCode).toBe(403);
    const bad = await review(chief, '?state=soon');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0]).toMatchObject({
      path: 'state',
      messageId: 'tip.retentionReviewState',
    });
  });

  it('exports the inbox with a reason: reporter absent, script as text, formulas neutralised, audited', async () => {
    now = new Date('2026-05-04T02:00:00Z');
    const evil = '<script>alert("x")</script> mua bán ở chợ';
    const a = await newTip(kontum, here, {
      content: evil,
      reporter: { name: 'Trần Văn Báo', phone: '0905123456', email: 'bao@example.vn' },
    });
    const b = await newTip(kontum, here, { content: '=HYPERLINK("http://x","bấm")' });
    const res = await call('POST', '/api/v1/tips/export', chief, {
      reason: 'Báo cáo tháng 5 gửi Công an tỉnh',
      from: '2026-05-04',
      to: '2026-05-04',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['x-pcmt-rows']).toBe('2');
    const text = res.rawPayload.toString('utf8');
    expect(text.startsWith('\uFEFF"STT","Số tin báo"')).toBe(true);
    expect(text).toContain(`"${evil.replace(/"/g, '""')}"`);
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""bấm"")"`);
    for (const secret of ['0905123456', 'Trần Văn Báo', 'bao@example.vn', '09******56', 'T*** V** B**'])
      expect(text).not.toContain(secret);
    expect(text).toContain(a.number);
    expect(text).toContain(b.number);
    const [row] = await queryRows<{ after: { reason: string; rows: number } }>(
      t.db,
      sql`select after from audit_event where action = 'tip.export' order by id desc limit 1`,
    );
    expect(row!.after).toMatchObject({ reason: 'Báo cáo tháng 5 gửi Công an tỉnh', rows: 2 });

    // Scope: the other commune's chief-less officer is refused (403); a reason is required (400 naming it).
    expect(
      (await call('POST', '/api/v1/tips/export', kontum, { reason: 'Báo cáo tháng năm' })).statusCode,
    ).toBe(403);
    const noReason = await call('POST', '/api/v1/tips/export', chief, { reason: 'ngắn' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details[0]).toMatchObject({ path: 'reason', messageId: 'tip.exportReason' });
    const badFilter = await call('POST', '/api/v1/tips/export', chief, {
      reason: 'Báo cáo tháng năm',
      from: 'hôm qua',
    });
    expect(badFilter.json().error.details[0].path).toBe('from');
    // PC04 of the province gets the other commune's tips too; the chief of Kon Tum does not.
    const other = await newTip(dakha, there, { content: 'Tin báo Đăk Hà xuất' });
    const chiefFile = (
      await call('POST', '/api/v1/tips/export', chief, { reason: 'Báo cáo tháng 5 gửi Công an tỉnh' })
    ).rawPayload.toString('utf8');
    expect(chiefFile).not.toContain(other.number);
    const pc04File = (
      await call('POST', '/api/v1/tips/export', pc04, { reason: 'Báo cáo tháng 5 gửi Công an tỉnh' })
    ).rawPayload.toString('utf8');
    expect(pc04File).toContain(other.number);
  });
});
