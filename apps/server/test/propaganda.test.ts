import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { Actor } from '../src/modules/access/actor.ts';
import { massEventDemo, propagandaDemo } from '../src/modules/propaganda/propaganda.demo.ts';
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
type Role = 'commune_police' | 'department' | 'leadership' | 'tip_desk' | 'border_guard';

/**
 * The propaganda and mass-event registers through their HTTP API (issue 11 item 6): a department records a
 * session in a ward, the ward's officers see it, the report counts held sessions by form, target group and
 * commune; status moves, scope, roles, versions and bad input are refused with nothing written.
 */
describeEachBackend('propaganda and mass-event registers', (getDb) => {
  let t: TestApp;
  let ward: string; // Phường Kon Tum today
  let dakHaUnit: string;
  let province: string;
  let kontum: string; // Công an phường Kon Tum
  let dakHa: string; // Công an xã Đăk Hà
  let soYte: string; // Sở Y tế (the province)
  let leader: string;
  let desk: string; // tip desk: no propaganda rights

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, auth: string, payload?: unknown) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { authorization: auth },
      ...(payload ? { payload: payload as object } : {}),
    });
  const officer = async (units: string[], role: Role) => {
    const kind =
      role === 'department'
        ? 'department'
        : role === 'leadership'
          ? 'steering_committee'
          : role === 'border_guard'
            ? 'border_guard'
            : role === 'tip_desk'
              ? 'drug_police'
              : 'commune_police';
    const agencyId = await createAgency(t.db, { kind, unitIds: units });
    return bearerFor(t.services, await createUser(t.db, { agencyId, roles: [role] }), agencyId, t.db);
  };
  const session = (title: string, extra: Record<string, unknown> = {}) => ({
    title,
    dateFrom: daysAgo(3),
    organizer: 'Sở Y tế, Sở Giáo dục và Đào tạo',
    unitId: ward,
    place: 'Trường THPT Kon Tum',
    forms: ['conference', 'school'],
    targetGroups: ['students', 'ethnic_minorities'],
    participants: 320,
    languages: ['01', '16'],
    materials: 400,
    topics: ['synthetic_drugs', 'new_plants'],
    ...extra,
  });
  const create = async (title: string, extra: Record<string, unknown> = {}, auth = soYte) => {
    const res = await call('POST', '/propaganda', auth, session(title, extra));
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const rows = async (table: 'propaganda_activity' | 'mass_event') =>
    (await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from ${sql.raw(table)}`))[0]!.n;

  beforeAll(async () => {
    t = await createTestApp(getDb());
    ward = await unitId(t.db, '23293', today);
    dakHaUnit = await unitId(t.db, '23500', today);
    province = await unitId(t.db, '51', today);
    kontum = await officer([ward], 'commune_police');
    dakHa = await officer([dakHaUnit], 'commune_police');
    soYte = await officer([province], 'department');
    leader = await officer([province], 'leadership');
    desk = await officer([province], 'tip_desk');
  });

  it('a department records a session in a ward; the ward sees it, Đăk Hà does not; the report counts it', async () => {
    const s = await create('Hội nghị ma túy tổng hợp THPT Kon Tum');
    expect(s).toMatchObject({
      status: 'held',
      dateTo: s.dateFrom,
      participants: 320,
      allowedTransitions: [],
    });
    expect(s.unit.id).toBe(ward);
    await create(
      'Loa truyền thanh tổ 5',
      { forms: ['loudspeaker'], participants: 80, materials: null },
      kontum,
    );
    await create('Kế hoạch tuần sau', { dateFrom: daysAgo(-7), participants: null }, kontum);

    const list = await call('GET', `/propaganda?form=school&status=held&unitId=${ward}`, kontum);
    expect(list.json().total).toBe(1);
    expect(list.json().data[0].title).toBe('Hội nghị ma túy tổng hợp THPT Kon Tum');
    expect((await call('GET', `/propaganda?status=planned`, kontum)).json().total).toBe(1);
    expect((await call('GET', '/propaganda', dakHa)).json().total).toBe(0);
    expect((await call('GET', `/propaganda/${s.id}`, kontum)).statusCode).toBe(200);

    const stats = (
      await call('GET', `/propaganda/statistics?from=${daysAgo(30)}&unitId=${ward}`, kontum)
    ).json();
    // The planned session is not counted; a two-form session counts under each form.
    expect(stats.totals).toEqual({ sessions: 2, participants: 400, materials: 400, reach: 0 });
    const form = (f: string) => stats.byForm.find((r: { form: string }) => r.form === f);
    expect(form('school')).toMatchObject({ sessions: 1, participants: 320 });
    expect(form('loudspeaker')).toMatchObject({ sessions: 1, participants: 80 });
    expect(form('staged')).toMatchObject({ sessions: 0 });
    const group = stats.byTargetGroup.find(
      (r: { targetGroup: string }) => r.targetGroup === 'ethnic_minorities',
    );
    expect(group).toMatchObject({ sessions: 2, participants: 400 });
    expect(stats.byUnit).toHaveLength(1);
    expect(stats.byUnit[0]).toMatchObject({ unit: { id: ward }, sessions: 2 });
    // Leadership counts province-wide; Đăk Hà's officers count nothing of Kon Tum's.
    const all = (await call('GET', `/propaganda/statistics?from=${daysAgo(30)}`, leader)).json();
    expect(all.totals.sessions).toBeGreaterThanOrEqual(2);
    const none = (await call('GET', `/propaganda/statistics?from=${daysAgo(30)}`, dakHa)).json();
    expect(none.totals.sessions).toBe(0);
  });

  it('moves planned → cancelled → planned → held, refuses held ahead of time and moves from held', async () => {
    let s = await create(
      'Buổi tuyên truyền làng Plei Đôn',
      { dateFrom: daysAgo(-2), participants: null },
      kontum,
    );
    expect(s).toMatchObject({ status: 'planned', allowedTransitions: ['held', 'cancelled'] });
    const early = await call('POST', `/propaganda/${s.id}/transitions`, kontum, {
      to: 'held',
      on: today,
      participants: 50,
      reason: 'Đã tổ chức',
      version: s.version,
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.details[0].path).toBe('to');
    const move = async (to: string, extra: Record<string, unknown> = {}) => {
      const res = await call('POST', `/propaganda/${s.id}/transitions`, kontum, {
        to,
        on: today,
        reason: 'Mưa lớn, dời lịch',
        version: s.version,
        ...extra,
      });
      expect(res.statusCode, res.body).toBe(200);
      s = res.json();
    };
    await move('cancelled');
    await move('planned');
    // Moved to yesterday, then held with its participants.
    const moved = await call('PUT', `/propaganda/${s.id}`, kontum, {
      ...session('Buổi tuyên truyền làng Plei Đôn', { dateFrom: today, participants: null }),
      version: s.version,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    s = moved.json();
    const noCount = await call('POST', `/propaganda/${s.id}/transitions`, kontum, {
      to: 'held',
      on: today,
      reason: 'Đã tổ chức',
      version: s.version,
    });
    expect(noCount.json().error.details[0].path).toBe('participants');
    await move('held', { participants: 64 });
    expect(s).toMatchObject({ status: 'held', participants: 64 });
    const again = await call('POST', `/propaganda/${s.id}/transitions`, kontum, {
      to: 'cancelled',
      on: today,
      reason: 'Hủy',
      version: s.version,
    });
    expect(again.statusCode).toBe(409);
    const timeline = (await call('GET', `/propaganda/${s.id}/timeline`, kontum)).json();
    const actions = (timeline.data ?? timeline).map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['propaganda.create', 'propaganda.transition', 'propaganda.update']),
    );
  });

  it('refuses out-of-scope (404), wrong role (403) and stale versions (409)', async () => {
    const s = await create('Tuyên truyền phạm vi', {}, kontum);
    expect((await call('GET', `/propaganda/${s.id}`, dakHa)).statusCode).toBe(404);
    expect(
      (await call('PUT', `/propaganda/${s.id}`, dakHa, { ...session('Sửa trộm'), version: s.version }))
        .statusCode,
    ).toBe(404);
    expect((await call('GET', `/propaganda/${s.id}/timeline`, dakHa)).statusCode).toBe(404);
    expect((await call('POST', '/propaganda', desk, session('Không có quyền'))).statusCode).toBe(403);
    expect((await call('GET', '/propaganda', desk)).statusCode).toBe(403);
    expect((await call('POST', '/propaganda', leader, session('Lãnh đạo không ghi'))).statusCode).toBe(403);
    const away = await call('POST', '/propaganda', dakHa, session('Sang phường khác'));
    expect(away.statusCode).toBe(400);
    expect(away.json().error.details[0].path).toBe('unitId');
    const reach = await call(
      'POST',
      '/propaganda',
      kontum,
      session('Lan sang xã khác', { unitIds: [dakHaUnit] }),
    );
    expect(reach.json().error.details[0].path).toBe('unitIds.0');
    const ok = await call('PUT', `/propaganda/${s.id}`, kontum, {
      ...session('Sửa lần 1'),
      version: s.version,
    });
    expect(ok.statusCode).toBe(200);
    const stale = await call('PUT', `/propaganda/${s.id}`, kontum, {
      ...session('Sửa cũ'),
      version: s.version,
    });
    expect(stale.statusCode).toBe(409);
    expect((await call('GET', `/propaganda/${s.id}`, kontum)).json().title).toBe('Sửa lần 1');
  });

  it('refuses bad input with 400 naming the field in Vietnamese, writing nothing', async () => {
    const before = await rows('propaganda_activity');
    const path = async (body: Record<string, unknown>) => {
      const res = await call('POST', '/propaganda', kontum, session('Sai', body));
      expect(res.statusCode, res.body).toBe(400);
      return res.json().error.details.map((d: { path: string }) => d.path);
    };
    const neg = await call('POST', '/propaganda', kontum, session('Âm', { participants: -5 }));
    expect(neg.json().error.details[0]).toMatchObject({
      path: 'participants',
      message: 'Số lượng phải là số nguyên không âm',
    });
    expect(await path({ materials: 1.5 })).toEqual(['materials']);
    expect(await path({ forms: [] })).toEqual(['forms']);
    expect(await path({ forms: ['other'] })).toEqual(['formOther']);
    expect(await path({ languages: ['99'] })).toEqual(['languages.0']);
    expect(await path({ title: 'Tuyên\u0000 truyền' })).toEqual(['title']);
    expect(await path({ title: 'x'.repeat(301) })).toEqual(['title']);
    expect(await path({ dateTo: daysAgo(5) })).toEqual(['dateTo']);
    expect(await path({ participants: null })).toEqual(['participants']);
    expect(await path({ dateFrom: daysAgo(-3), status: 'held' })).toEqual(['status']);
    expect(await path({ unknownField: 1 })).toHaveLength(1);
    expect(await rows('propaganda_activity')).toBe(before);
  });

  it('mass events: held and planned, listed by kind, counted in the report, scoped', async () => {
    const before = await rows('mass_event');
    const bad = await call('POST', '/mass-events', kontum, {
      title: 'Mít tinh',
      kind: 'drug_day_rally',
      on: daysAgo(1),
      organizer: 'UBND phường',
      unitId: ward,
      participants: -1,
    });
    expect(bad.json().error.details[0].path).toBe('participants');
    expect(await rows('mass_event')).toBe(before);
    const held = await call('POST', '/mass-events', kontum, {
      title: 'Mít tinh hưởng ứng Ngày toàn dân phòng, chống ma túy 26/6',
      kind: 'drug_day_rally',
      on: daysAgo(1),
      organizer: 'UBND phường Kon Tum',
      unitId: ward,
      participants: 500,
      results: '300 hộ ký cam kết',
    });
    expect(held.statusCode, held.body).toBe(201);
    expect(held.json()).toMatchObject({ status: 'held', participants: 500 });
    const planned = await call('POST', '/mass-events', kontum, {
      title: 'Ngày hội toàn dân bảo vệ ANTQ',
      kind: 'festival',
      on: daysAgo(-10),
      organizer: 'UBND phường Kon Tum',
      unitId: ward,
    });
    expect(planned.json().status).toBe('planned');
    expect((await call('GET', '/mass-events?kind=drug_day_rally', kontum)).json().total).toBe(1);
    expect((await call('GET', `/mass-events/${held.json().id}`, dakHa)).statusCode).toBe(404);
    expect((await call('GET', '/mass-events', desk)).statusCode).toBe(403);
    const stats = (
      await call('GET', `/propaganda/statistics?from=${daysAgo(30)}&unitId=${ward}`, kontum)
    ).json();
    expect(stats.massEvents).toEqual({ events: 1, participants: 500 });
    const e = planned.json();
    const cancel = await call('POST', `/mass-events/${e.id}/transitions`, kontum, {
      to: 'cancelled',
      on: today,
      reason: 'Trùng lịch',
      version: e.version,
    });
    expect(cancel.json().status).toBe('cancelled');
    const stale = await call('POST', `/mass-events/${e.id}/transitions`, kontum, {
      to: 'planned',
      on: today,
      reason: 'Lên lịch lại',
      version: e.version,
    });
    expect(stale.statusCode).toBe(409);
  });

  it('demo: sessions and events by every kind of agency, once only', async () => {
    const [u] = await queryRows<{ id: string; username: string }>(
      t.db,
      sql`select id, username from user_account limit 1`,
    );
    const agencyId = await createAgency(t.db, { kind: 'drug_police', unitIds: [province] });
    const user = await createUser(t.db, { agencyId, roles: ['drug_police'] });
    const actor: Actor = {
      userId: user.id,
      username: user.username ?? u!.username,
      agencyId,
      roles: ['drug_police'],
      via: 'system',
      requestId: 'demo',
      ip: null,
    };
    const world = { db: t.db, actorOf: async () => actor };
    expect(await propagandaDemo(t.services.registers.propaganda, world)).toBe(7);
    expect(await propagandaDemo(t.services.registers.propaganda, world)).toBe(0);
    expect(await massEventDemo(t.services.registers.massEvents, world)).toBe(4);
    const page = await t.services.registers.propaganda.list(actor, {
      page: 1,
      pageSize: 100,
      q: '(mẫu)',
    } as never);
    expect(new Set(page.data.map((p) => p.status))).toEqual(new Set(['held', 'planned']));
    expect(page.data.some((p) => p.languages.includes('16'))).toBe(true);
  });
});
