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
  const now = new Date('2026-03-02T02:00:00Z');
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
      expect(res.statusCode).toBe(400);
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
    void committee;
    void desk;
    void pc04;
  });
});
