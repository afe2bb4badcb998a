import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { createDifficultyService } from '../src/modules/difficulties/difficulty.service.ts';
import { todayInVietnam } from '../src/platform/clock.ts';
import { queryRows } from '../src/platform/db/rows.ts';
import { describeEachBackend } from './db.ts';
import { bearerFor, createAgency, createTestApp, createUser, type TestApp, unitId } from './fixtures.ts';

const today = todayInVietnam();
const daysAgo = (n: number) => {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
};

/**
 * The difficulties log through the HTTP API (issue 11 item 6): communes raise, the province answers, the raiser
 * closes or reopens; overdue after the answer period; figures raised/answered/open; refusals.
 */
describeEachBackend('difficulty register', (getDb) => {
  let t: TestApp;
  let ward: string;
  let police: string; // Công an phường Kon Tum: raises
  let dakHa: string; // Công an xã Đăk Hà
  let pc04: string; // answers, province-wide
  let leader: string; // answers, unscoped
  let dept: string; // Sở Y tế: raises, cannot answer

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, auth: string, payload?: unknown) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { authorization: auth },
      ...(payload ? { payload: payload as object } : {}),
    });
  const officer = async (
    units: string[],
    role: 'drug_police' | 'commune_police' | 'leadership' | 'department',
  ) => {
    const kind = role === 'leadership' ? 'steering_committee' : role;
    const agencyId = await createAgency(t.db, { kind, unitIds: units });
    return bearerFor(t.services, await createUser(t.db, { agencyId, roles: [role] }), agencyId, t.db);
  };
  const body = (extra: Record<string, unknown> = {}) => ({
    raisedOn: daysAgo(3),
    topic: 'funding',
    content: 'Thiếu que test nhanh cho đợt kiểm tra',
    proposal: 'Đề nghị hỗ trợ 500 que test',
    addressedTo: 'Công an tỉnh',
    ...extra,
  });
  const path = (res: {
    statusCode: number;
    body: string;
    json: () => { error: { details: { path: string }[] } };
  }) => {
    expect(res.statusCode, res.body).toBe(400);
    return res.json().error.details.map((d) => d.path);
  };

  beforeAll(async () => {
    t = await createTestApp(getDb());
    ward = await unitId(t.db, '23293', today);
    const province = await unitId(t.db, '51', today);
    police = await officer([ward], 'commune_police');
    dakHa = await officer([await unitId(t.db, '23500', today)], 'commune_police');
    pc04 = await officer([province], 'drug_police');
    leader = await officer([province], 'leadership');
    dept = await officer([province], 'department');
  });

  it('raised in the field, answered by the province, closed by the raiser; counted', async () => {
    // No unit named: the commune officer's own commune.
    const res = await call('POST', '/difficulties', police, body());
    expect(res.statusCode, res.body).toBe(201);
    const d = res.json();
    expect(d).toMatchObject({
      status: 'open',
      overdue: false,
      unit: { code: '23293' },
      allowedTransitions: ['answered', 'closed'],
    });
    expect(
      (
        await call('POST', `/difficulties/${d.id}/answer`, police, {
          on: today,
          answer: 'x',
          answeredBy: 'y',
          version: d.version,
        })
      ).statusCode,
    ).toBe(403);
    const answered = await call('POST', `/difficulties/${d.id}/answer`, pc04, {
      on: today,
      answer: 'Đã bố trí 300 que test từ ngân sách tỉnh',
      answeredBy: 'Thường trực Ban Chỉ đạo tỉnh',
      version: d.version,
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({
      status: 'answered',
      answeredOn: today,
      allowedTransitions: ['closed', 'open'],
    });
    // A further answer replaces the last; the trail keeps both.
    const further = await call('POST', `/difficulties/${d.id}/answer`, leader, {
      on: today,
      answer: 'Bổ sung: thêm 200 que từ nguồn xã hội hóa',
      answeredBy: 'Ban Chỉ đạo tỉnh',
      version: answered.json().version,
    });
    expect(further.statusCode, further.body).toBe(200);
    const closed = await call('POST', `/difficulties/${d.id}/transitions`, police, {
      to: 'closed',
      on: today,
      reason: 'Đã nhận đủ que test',
      version: further.json().version,
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(
      (
        await call('POST', `/difficulties/${d.id}/answer`, pc04, {
          on: today,
          answer: 'x',
          answeredBy: 'y',
          version: closed.json().version,
        })
      ).statusCode,
    ).toBe(409);

    await call(
      'POST',
      '/difficulties',
      police,
      body({ topic: 'law', content: 'Vướng mắc lập hồ sơ cai nghiện bắt buộc' }),
    );
    await call(
      'POST',
      '/difficulties',
      dept,
      body({ topic: 'rehabilitation', unitId: ward, content: 'Thiếu cán bộ y tế tại cơ sở cai nghiện' }),
    );
    const stats = (
      await call('GET', `/difficulties/statistics?from=${daysAgo(30)}&to=${today}`, leader)
    ).json();
    expect(stats.totals).toEqual({ raised: 3, answered: 1, open: 2, overdue: 0 });
    expect(stats.byTopic.find((r: { topic: string }) => r.topic === 'law')).toMatchObject({
      raised: 1,
      open: 1,
    });
    expect(stats.answerDays).toBe(30);

    const actions = await queryRows<{ action: string }>(
      t.db,
      sql`select action from audit_event where record_id = ${d.id} order by id`,
    );
    expect(actions.map((a) => a.action)).toEqual([
      'difficulty.create',
      'difficulty.answer',
      'difficulty.answer',
      'difficulty.transition',
    ]);
    const timeline = (await call('GET', `/difficulties/${d.id}/timeline`, police)).json().data;
    expect(timeline.map((e: { actionLabel: string }) => e.actionLabel)).toContain('Trả lời kiến nghị');
  });

  it('is overdue once the answer period has passed unanswered (configurable days)', async () => {
    const old = await call(
      'POST',
      '/difficulties',
      police,
      body({ raisedOn: daysAgo(31), content: 'Kiến nghị cũ chưa trả lời' }),
    );
    expect(old.json()).toMatchObject({ overdue: true, answerDueOn: daysAgo(0) });
    const fresh = await call(
      'POST',
      '/difficulties',
      police,
      body({ raisedOn: daysAgo(30), content: 'Kiến nghị vừa đủ hạn' }),
    );
    expect(fresh.json().overdue).toBe(false);
    const overdue = (await call('GET', '/difficulties?overdue=true', pc04)).json();
    expect(overdue.data.map((r: { id: string }) => r.id)).toContain(old.json().id);
    expect(overdue.data.map((r: { id: string }) => r.id)).not.toContain(fresh.json().id);
    // A province choosing 7 days sees both overdue.
    const week = createDifficultyService(t.db, { answerDays: 7 });
    const actor = {
      userId: null,
      username: 'x',
      agencyId: (
        await queryRows<{ agency_id: string }>(
          t.db,
          sql`select agency_id from difficulty where id = ${fresh.json().id}`,
        )
      )[0]!.agency_id,
      roles: ['commune_police'],
      via: 'system',
      requestId: 't',
      ip: null,
    } as never;
    expect(await week.readable(actor, fresh.json().id)).toBe(true);
    const page = await week.list(actor, { page: 1, pageSize: 100, overdue: 'true' } as never);
    expect(page.data.map((r) => r.id)).toEqual(expect.arrayContaining([old.json().id, fresh.json().id]));
  });

  it('refuses out-of-scope (404), wrong role (403), stale versions (409) and bad input (400), writing nothing', async () => {
    const d = (await call('POST', '/difficulties', police, body())).json();
    expect((await call('GET', `/difficulties/${d.id}`, dakHa)).statusCode).toBe(404);
    expect(
      (
        await call('POST', `/difficulties/${d.id}/transitions`, dakHa, {
          to: 'closed',
          on: today,
          reason: 'Đóng',
          version: d.version,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await call('POST', `/difficulties/${d.id}/answer`, dept, {
          on: today,
          answer: 'x',
          answeredBy: 'y',
          version: d.version,
        })
      ).statusCode,
    ).toBe(403);
    expect(path(await call('POST', '/difficulties', dakHa, body({ unitId: ward })))).toEqual(['unitId']);
    const edited = await call('PUT', `/difficulties/${d.id}`, police, {
      ...body({ proposal: 'Sửa' }),
      version: d.version,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(
      (await call('PUT', `/difficulties/${d.id}`, police, { ...body(), version: d.version })).statusCode,
    ).toBe(409);
    expect(
      (
        await call('POST', `/difficulties/${d.id}/answer`, pc04, {
          on: today,
          answer: 'a',
          answeredBy: 'b',
          version: d.version,
        })
      ).statusCode,
    ).toBe(409);

    const count = async () => (await call('GET', '/difficulties', police)).json().total;
    const before = await count();
    expect(path(await call('POST', '/difficulties', police, body({ topic: 'weather' })))).toEqual(['topic']);
    expect(path(await call('POST', '/difficulties', police, body({ content: '   ' })))).toEqual(['content']);
    expect(path(await call('POST', '/difficulties', police, body({ raisedOn: daysAgo(-1) })))).toEqual([
      'raisedOn',
    ]);
    expect(path(await call('POST', '/difficulties', police, body({ content: 'x'.repeat(4001) })))).toEqual([
      'content',
    ]);
    expect((await call('POST', '/difficulties', police, body({ content: 'Khó\u001bkhăn' }))).statusCode).toBe(
      400,
    );
    const early = await call('POST', `/difficulties/${d.id}/answer`, pc04, {
      on: daysAgo(10),
      answer: 'a',
      answeredBy: 'b',
      version: edited.json().version,
    });
    expect(path(early)).toEqual(['on']);
    expect(early.json().error.details[0].message).toContain('không được trước ngày nêu kiến nghị');
    expect(await count()).toBe(before);
    expect((await call('GET', `/difficulties/${d.id}`, police)).json()).toMatchObject({
      status: 'open',
      proposal: 'Sửa',
    });
  });
});
