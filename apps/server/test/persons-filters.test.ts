import { beforeAll, expect, it } from 'vitest';
import type { Actor } from '../src/modules/access/actor.ts';
import { createPersonModule, type PersonModule } from '../src/modules/persons/person.module.ts';
import { describeEachBackend } from './db.ts';
import {
  bearerFor,
  createAgency,
  createTestApp,
  createUser,
  type TestApp,
  testKeyring,
  unitId,
} from './fixtures.ts';

/**
 * The list filters the web asks for: a measure type in force, and "alerts due" (persons with an alert today, as
 * the profile shows them: the domain decides on each candidate's history). The clock is injected, so the
 * alerts do not depend on the day the test runs; the HTTP checks need no date.
 */
describeEachBackend('persons: list filters by measure type and alerts due', (getDb) => {
  let t: TestApp;
  let m: PersonModule;
  const clock = new Date('2026-04-10T03:00:00Z');
  let ward: string;
  let kontum: Actor;
  let dakha: Actor;
  let auth: string;
  const ids: Record<string, string> = {};

  const actorOf = async (unit: string, role: 'commune_police' | 'commune_police_chief') => {
    const agencyId = await createAgency(t.db, { kind: 'commune_police', unitIds: [unit] });
    const u = await createUser(t.db, { agencyId, roles: [role] });
    const actor: Actor = {
      userId: u.id,
      username: u.username,
      agencyId,
      roles: [role],
      via: 'token',
      requestId: 'filters',
      ip: null,
    };
    return { actor, bearer: await bearerFor(t.services, u, agencyId, t.db) };
  };
  const list = async (who: Actor, query: Record<string, unknown>) => {
    const page = await m.persons.list(who, { page: 1, pageSize: 50, ...query } as never);
    return { names: page.data.map((p) => p.fullName).sort(), total: page.total };
  };

  beforeAll(async () => {
    t = await createTestApp(getDb());
    ward = await unitId(t.db, '23293', '2026-01-01');
    const dakHaUnit = await unitId(t.db, '23500', '2026-01-01');
    const k = await actorOf(ward, 'commune_police_chief');
    kontum = k.actor;
    auth = k.bearer;
    dakha = (await actorOf(dakHaUnit, 'commune_police')).actor;
    m = createPersonModule(t.db, { keyring: testKeyring(), now: () => clock });
    const person = async (label: string, unitId = ward, who = kontum) => {
      const p = await m.persons.create(who, {
        fullName: `Lọc Thử ${label}`,
        birthDate: '1990-01-01',
        sex: 'male',
        unitId,
        confirmDuplicates: true,
      });
      ids[label] = p.id;
      return p.id;
    };
    const positive = (id: string, who = kontum) =>
      m.measures.addTest(who, id, { testedOn: '2026-03-01', method: 'rapid_urine', result: 'positive' });
    // A: nothing recorded. B: a positive test, no measure (management due).
    await person('A');
    await positive(await person('B'));
    // C: a positive test and user management decided and running (12 months): no alert on 10/4/2026.
    const c = await person('C');
    await positive(c);
    await m.measures.createMeasure(kontum, c, {
      type: 'user_management',
      status: 'in_progress',
      decisionNumber: '01/QĐ-UBND',
      decisionDate: '2026-03-05',
      startOn: '2026-03-05',
      durationMonths: 12,
    });
    // D: a positive test and user management only proposed: the alert stays (a proposal is not a decision).
    const d = await person('D');
    await positive(d);
    await m.measures.createMeasure(kontum, d, { type: 'user_management', startOn: '2026-03-10' });
    // E: Đăk Hà's, with an alert: never in Kon Tum's list.
    await positive(await person('E', dakHaUnit, dakha), dakha);
  });

  it('keeps the persons with a measure of the type in force (decided, running, suspended; not proposed)', async () => {
    expect(await list(kontum, { measureType: ['user_management'] })).toEqual({
      names: ['Lọc Thử C'],
      total: 1,
    });
    expect(await list(kontum, { measureType: ['compulsory_rehab'] })).toEqual({ names: [], total: 0 });
    // With the search and another filter.
    expect(await list(kontum, { q: 'loc thu', measureType: ['user_management'], sex: 'male' })).toEqual({
      names: ['Lọc Thử C'],
      total: 1,
    });
  });

  it('keeps the persons with an alert today, as the profile computes them, inside the jurisdiction', async () => {
    expect(await list(kontum, { alertsDue: 'true' })).toEqual({
      names: ['Lọc Thử B', 'Lọc Thử D'],
      total: 2,
    });
    // The same answer as each profile's alerts.
    for (const label of ['A', 'B', 'C', 'D']) {
      const { data } = await m.measures.alerts(kontum, ids[label]!);
      expect([label, data.length > 0]).toEqual([label, label === 'B' || label === 'D']);
    }
    // Paged in the list's order with the total; combined with the search; another commune's not counted.
    const byName = { alertsDue: 'true', sort: 'fullName', order: 'asc', pageSize: 1 };
    const first = await m.persons.list(kontum, { ...byName, page: 1 } as never);
    const second = await m.persons.list(kontum, { ...byName, page: 2 } as never);
    expect([first.total, first.data.map((p) => p.fullName), second.data.map((p) => p.fullName)]).toEqual([
      2,
      ['Lọc Thử B'],
      ['Lọc Thử D'],
    ]);
    expect(await list(kontum, { q: 'loc thu d', alertsDue: 'true' })).toEqual({
      names: ['Lọc Thử D'],
      total: 1,
    });
    expect(await list(dakha, { alertsDue: 'true' })).toEqual({ names: ['Lọc Thử E'], total: 1 });
    // Once D's measure is decided the alert ends, and so does D's place in the list.
    const [measure] = (await m.measures.measures(kontum, ids.D!)).data;
    await m.measures.transition(kontum, measure!.id, {
      to: 'decided',
      on: '2026-04-10',
      decisionNumber: '02/QĐ-UBND',
      decisionDate: '2026-03-10',
      reason: 'Quyết định quản lý',
      version: measure!.version,
    } as never);
    expect(await list(kontum, { alertsDue: 'true' })).toEqual({ names: ['Lọc Thử B'], total: 1 });
    expect(await list(kontum, { measureType: ['user_management'] })).toEqual({
      names: ['Lọc Thử C', 'Lọc Thử D'],
      total: 2,
    });
  });

  it('reads the filters from the query string, refuses a wrong value naming the field, and exports with them', async () => {
    const get = (query: string) =>
      t.app.inject({ method: 'GET', url: `/api/v1/persons?${query}`, headers: { authorization: auth } });
    const ok = await get('measureType=user_management&measureType=compulsory_rehab&alertsDue=true');
    expect(ok.statusCode, ok.body).toBe(200);
    for (const [query, field] of [
      ['measureType=rehab', 'measureType'],
      ['alertsDue=yes', 'alertsDue'],
    ] as const) {
      const res = await get(query);
      expect(res.statusCode, res.body).toBe(400);
      expect(JSON.stringify(res.json())).toContain(field);
    }
    const csv = await m.persons.exportCsv(kontum, { reason: 'Rà soát người cần xử lý', alertsDue: true });
    expect(csv.rows).toBe(1);
    expect(csv.body.toString('utf8')).toContain('Lọc Thử B');
    const byType = await m.persons.exportCsv(kontum, {
      reason: 'Rà soát người cần xử lý',
      measureType: ['user_management'],
    });
    expect(byType.rows).toBe(2);
  });
});
