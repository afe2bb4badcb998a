import { beforeAll, expect, it } from 'vitest';
import type { Actor } from '../src/modules/access/actor.ts';
import { caseDemo } from '../src/modules/cases/cases.demo.ts';
import { todayInVietnam } from '../src/platform/clock.ts';
import { describeEachBackend } from './db.ts';
import { bearerFor, createAgency, createTestApp, createUser, type TestApp, unitId } from './fixtures.ts';

const today = todayInVietnam();
const daysAgo = (n: number) => {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
};

/**
 * The case, special-project and peak-campaign registers through the HTTP API (issue 11 items 2–3): severity
 * from the charged bracket, unit-safe seizure totals, campaign results computed from the records dated inside
 * the period by unit, and refusals.
 */
describeEachBackend('cases, projects and campaigns', (getDb) => {
  let t: TestApp;
  let ward: string; // Phường Kon Tum today
  let dakHaUnit: string;
  let province: string;
  let kontum: string; // Công an phường Kon Tum
  let dakHa: string; // Công an xã Đăk Hà
  let pc04: string; // PC04, the province
  let committee: string; // UBND phường Kon Tum
  let leader: string; // provincial leadership

  type Role = 'commune_police' | 'commune_committee' | 'leadership' | 'drug_police';
  const call = (method: 'GET' | 'POST' | 'PUT', url: string, auth: string, payload?: unknown) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { authorization: auth },
      ...(payload ? { payload: payload as object } : {}),
    });
  const officer = async (units: string[], role: Role) => {
    const kind = {
      commune_police: 'commune_police',
      commune_committee: 'ubnd',
      leadership: 'steering_committee',
      drug_police: 'drug_police',
    }[role];
    const agencyId = await createAgency(t.db, { kind: kind as 'ubnd', unitIds: units });
    return bearerFor(t.services, await createUser(t.db, { agencyId, roles: [role] }), agencyId, t.db);
  };
  const caseBody = (extra: Record<string, unknown> = {}) => ({
    number: '01/VA',
    openedOn: daysAgo(3),
    unitId: ward,
    summary: 'Tàng trữ trái phép chất ma túy',
    charges: [{ article: '249', clause: 1 }],
    suspects: [
      { name: 'Nguyễn Văn A', birthYear: 1990, arrestedOn: daysAgo(3), arrestKind: 'caught_in_act' },
    ],
    ...extra,
  });
  const createCase = async (auth: string, extra: Record<string, unknown> = {}) => {
    const res = await call('POST', '/cases', auth, caseBody(extra));
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const paths = async (res: Awaited<ReturnType<typeof call>>) => {
    expect(res.statusCode, res.body).toBe(400);
    return res.json().error.details.map((d: { path: string }) => d.path);
  };

  beforeAll(async () => {
    t = await createTestApp(getDb());
    ward = await unitId(t.db, '23293', today);
    dakHaUnit = await unitId(t.db, '23500', today);
    province = await unitId(t.db, '51', today);
    kontum = await officer([ward], 'commune_police');
    dakHa = await officer([dakHaUnit], 'commune_police');
    pc04 = await officer([province], 'drug_police');
    committee = await officer([ward], 'commune_committee');
    leader = await officer([province], 'leadership');
  });

  it('derives the crime class from the charged bracket and filters by it', async () => {
    const c = await createCase(kontum, {
      number: 'SEV/1',
      charges: [
        { article: '249', clause: 1 },
        { article: '251', clause: 2 },
      ],
    });
    expect(c.severity).toBe('very_serious');
    expect(c.charges.map((x: { severity: string }) => x.severity)).toEqual(['serious', 'very_serious']);
    expect(c).toMatchObject({
      status: 'investigating',
      arrests: 1,
      allowedTransitions: ['suspended', 'prosecution_proposed', 'discontinued'],
    });
    const light = await createCase(kontum, { number: 'SEV/2', charges: [{ article: '256a', clause: 1 }] });
    expect(light.severity).toBe('less_serious');
    const listed = (await call('GET', '/cases?severity=very_serious&article=251&q=SEV', kontum)).json();
    expect(listed.data.map((x: { number: string }) => x.number)).toEqual(['SEV/1']);
    // Editing the charge re-derives the class.
    const edited = await call('PUT', `/cases/${light.id}`, kontum, {
      ...caseBody({ number: 'SEV/2', charges: [{ article: '251', clause: 4 }] }),
      version: light.version,
    });
    expect(edited.json().severity).toBe('especially_serious');
  });

  it('totals seizures per drug type and unit family: kg become g, grams never meet tablets', async () => {
    const c = await createCase(kontum, {
      number: 'UNIT/1',
      seizures: [
        { on: daysAgo(3), drugType: 'mdma', measure: 'vien', quantity: 120 },
        { on: daysAgo(3), drugType: 'mdma', measure: 'g', quantity: 2.5 },
        { on: daysAgo(3), drugType: 'heroin', measure: 'kg', quantity: 1.25 },
      ],
    });
    const more = await call('POST', `/cases/${c.id}/seizures`, kontum, {
      on: daysAgo(2),
      drugType: 'heroin',
      measure: 'g',
      quantity: 0.125,
      version: c.version,
    });
    expect(more.statusCode, more.body).toBe(201);
    const after = more.json().case;
    expect(after.version).toBe(c.version + 1);
    expect(after.seizureTotals).toEqual([
      { drugType: 'heroin', family: 'mass', unit: 'g', quantity: 1250.125 },
      { drugType: 'mdma', family: 'mass', unit: 'g', quantity: 2.5 },
      { drugType: 'mdma', family: 'tablets', unit: 'vien', quantity: 120 },
    ]);
    const byDrugRes = await call('GET', '/cases?drugType=mdma&q=UNIT', kontum);
    expect(byDrugRes.statusCode, byDrugRes.body).toBe(200);
    const byDrug = byDrugRes.json();
    expect(byDrug.total).toBe(1);
  });

  it('a campaign’s results equal the sum of the records dated inside it, by unit', async () => {
    const from = daysAgo(40);
    const to = daysAgo(20);
    const before = daysAgo(41);
    const after = daysAgo(19);
    // Phường Kon Tum: A opened on the first day; B inside with its arrest after the end; C opened before the
    // campaign with an arrest and a seizure inside; a seizure of B after the end.
    const a = await createCase(kontum, {
      number: 'CP/A',
      openedOn: from,
      suspects: [
        { name: 'Đối tượng A1', arrestedOn: from, arrestKind: 'caught_in_act' },
        { name: 'Đối tượng A2' },
      ],
      seizures: [
        { on: from, drugType: 'heroin', measure: 'kg', quantity: 1.5 },
        { on: to, drugType: 'heroin', measure: 'g', quantity: 250 },
        { on: from, drugType: 'tablets', measure: 'vien', quantity: 100 },
      ],
    });
    expect(a.seizures).toHaveLength(3);
    await createCase(kontum, {
      number: 'CP/B',
      openedOn: daysAgo(30),
      suspects: [{ name: 'Đối tượng B1', arrestedOn: after, arrestKind: 'warrant' }],
      seizures: [{ on: after, drugType: 'heroin', measure: 'g', quantity: 999 }],
    });
    await createCase(kontum, {
      number: 'CP/C',
      openedOn: before,
      suspects: [{ name: 'Đối tượng C1', arrestedOn: to, arrestKind: 'urgent' }],
      seizures: [
        { on: before, drugType: 'meth_crystal', measure: 'g', quantity: 77 },
        { on: daysAgo(25), drugType: 'meth_crystal', measure: 'g', quantity: 10 },
      ],
    });
    // Xã Đăk Hà: D inside on the last day; E the day after the end.
    await createCase(dakHa, {
      number: 'CP/D',
      openedOn: to,
      unitId: dakHaUnit,
      suspects: [
        { name: 'Đối tượng D1', arrestedOn: to, arrestKind: 'caught_in_act' },
        { name: 'Đối tượng D2', arrestedOn: to, arrestKind: 'caught_in_act' },
      ],
      seizures: [
        { on: to, drugType: 'mdma', measure: 'vien', quantity: 50 },
        { on: to, drugType: 'mdma', measure: 'g', quantity: 2 },
      ],
    });
    await createCase(dakHa, {
      number: 'CP/E',
      openedOn: after,
      unitId: dakHaUnit,
      seizures: [{ on: after, drugType: 'mdma', measure: 'vien', quantity: 1000 }],
    });
    // A karaoke of Phường Kon Tum inspected inside the campaign (counted) and the day before (not).
    const biz = await call('POST', '/businesses', kontum, {
      line: 'karaoke',
      name: 'Karaoke cao điểm',
      address: 'Tổ 1',
      unitId: ward,
      unitOn: before,
    });
    expect(biz.statusCode, biz.body).toBe(201);
    let version = biz.json().version;
    for (const on of [before, daysAgo(30)]) {
      const res = await call('POST', `/businesses/${biz.json().id}/inspections`, kontum, {
        on,
        team: 'Đoàn kiểm tra',
        agencies: ['Công an phường'],
        checklist: [],
        version,
      });
      expect(res.statusCode, res.body).toBe(201);
      version = res.json().business.version;
    }
    // Two hotspots of Phường Kon Tum: one eliminated inside the campaign (counted), one the day after (not).
    for (const [name, eliminatedOn] of [
      ['Điểm cao điểm 1', daysAgo(25)],
      ['Điểm cao điểm 2', after],
    ] as const) {
      const h = await call('POST', '/hotspots', pc04, {
        name,
        behaviours: ['group_use'],
        detectedOn: daysAgo(50),
        unitId: ward,
        users: 3,
      });
      expect(h.statusCode, h.body).toBe(201);
      let v = h.json().version;
      for (const [to, on] of [
        ['active', daysAgo(49)],
        ['eliminated', eliminatedOn],
      ] as const) {
        const res = await call('POST', `/hotspots/${h.json().id}/transitions`, pc04, {
          to,
          on,
          reason: to,
          version: v,
        });
        expect(res.statusCode, res.body).toBe(200);
        v = res.json().version;
      }
    }
    const created = await call('POST', '/campaigns', pc04, {
      name: 'Đợt cao điểm kiểm thử',
      periodFrom: from,
      periodTo: to,
      unitId: province,
      unitIds: [ward, dakHaUnit],
      targets: [
        { indicator: 'cases_opened', target: 3 },
        { indicator: 'arrests', target: 5 },
        { indicator: 'seizure', family: 'mass', target: 1500 },
        { indicator: 'seizure', drugType: 'mdma', family: 'tablets', target: 100 },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    const campaign = created.json();
    expect(campaign).toMatchObject({ phase: 'ended', units: [{ id: ward }, { id: dakHaUnit }] });
    const res = await call('GET', `/campaigns/${campaign.id}/results`, pc04);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    const unitOf = (id: string) => r.byUnit.find((u: { unit: { id: string } }) => u.unit.id === id);
    expect(unitOf(ward).counts).toEqual({
      cases_opened: 2, // A, B
      suspects: 3, // A's two, B's one
      arrests: 2, // A1 on the first day, C1 on the last
      hotspots_eliminated: 1,
      businesses_inspected: 1, // the inspection of day 30, not the one before the campaign
    });
    expect(unitOf(ward).seizures).toEqual([
      { drugType: 'heroin', family: 'mass', unit: 'g', quantity: 1750 },
      { drugType: 'meth_crystal', family: 'mass', unit: 'g', quantity: 10 },
      { drugType: 'tablets', family: 'tablets', unit: 'vien', quantity: 100 },
    ]);
    expect(unitOf(dakHaUnit).counts).toMatchObject({ cases_opened: 1, suspects: 2, arrests: 2 });
    expect(unitOf(dakHaUnit).seizures).toEqual([
      { drugType: 'mdma', family: 'mass', unit: 'g', quantity: 2 },
      { drugType: 'mdma', family: 'tablets', unit: 'vien', quantity: 50 },
    ]);
    expect(r.total.counts).toMatchObject({ cases_opened: 3, suspects: 5, arrests: 4 });
    expect(r.targets.map((x: { actual: number; met: boolean }) => [x.actual, x.met])).toEqual([
      [3, true],
      [4, false],
      [1762, true], // 1 750 heroin + 10 meth + 2 mdma, all grams
      [50, false],
    ]);
    // The commune officer does not see the province's campaign; the leadership sees the same totals.
    expect((await call('GET', `/campaigns/${campaign.id}/results`, kontum)).statusCode).toBe(404);
    const led = await call('GET', `/campaigns/${campaign.id}/results`, leader);
    expect(led.json().total).toEqual(r.total);
  });

  it('groups cases in a special project and moves it through its statuses', async () => {
    const p = await call('POST', '/projects', pc04, {
      name: 'Chuyên án kiểm thử',
      periodFrom: daysAgo(10),
      unitId: province,
    });
    expect(p.statusCode, p.body).toBe(201);
    const project = p.json();
    const c = await createCase(pc04, { number: 'PJ/1', projectId: project.id });
    expect(c.project).toEqual({ id: project.id, name: 'Chuyên án kiểm thử' });
    const read = (await call('GET', `/projects/${project.id}`, pc04)).json();
    expect(read.cases.map((x: { id: string }) => x.id)).toEqual([c.id]);
    const done = await call('POST', `/projects/${project.id}/transitions`, pc04, {
      to: 'concluded',
      on: today,
      reason: 'Phá án',
      version: read.version,
    });
    expect(done.json()).toMatchObject({ status: 'concluded', allowedTransitions: [] });
    const again = await call('POST', `/projects/${project.id}/transitions`, pc04, {
      to: 'active',
      on: today,
      reason: 'Mở lại',
      version: done.json().version,
    });
    expect(again.statusCode).toBe(409);
    // A commune officer cannot attach a case to the province's project (outside their project scope).
    expect(await paths(await call('POST', '/cases', kontum, caseBody({ projectId: project.id })))).toEqual([
      'projectId',
    ]);
  });

  it('refuses out-of-scope (404), wrong role (403) and stale versions (409)', async () => {
    const c = await createCase(kontum, { number: 'ATK/1' });
    expect((await call('GET', `/cases/${c.id}`, dakHa)).statusCode).toBe(404);
    expect(
      (await call('PUT', `/cases/${c.id}`, dakHa, { ...caseBody(), version: c.version })).statusCode,
    ).toBe(404);
    expect(
      (
        await call('POST', `/cases/${c.id}/seizures`, dakHa, {
          on: today,
          drugType: 'heroin',
          measure: 'g',
          quantity: 1,
          version: c.version,
        })
      ).statusCode,
    ).toBe(404);
    expect((await call('POST', '/cases', committee, caseBody())).statusCode).toBe(403);
    expect((await call('GET', `/cases/${c.id}`, committee)).statusCode).toBe(403);
    expect(
      (await call('POST', '/projects', kontum, { name: 'X', periodFrom: today, unitId: ward })).statusCode,
    ).toBe(403);
    expect((await call('POST', '/cases', kontum, caseBody({ unitId: dakHaUnit }))).statusCode).toBe(400);
    const edited = await call('PUT', `/cases/${c.id}`, kontum, {
      ...caseBody({ number: 'ATK/1b' }),
      version: c.version,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(
      (await call('PUT', `/cases/${c.id}`, kontum, { ...caseBody(), version: c.version })).statusCode,
    ).toBe(409);
    const stale = await call('POST', `/cases/${c.id}/seizures`, kontum, {
      on: today,
      drugType: 'heroin',
      measure: 'g',
      quantity: 1,
      version: c.version,
    });
    expect(stale.statusCode).toBe(409);
    const moved = await call('POST', `/cases/${c.id}/transitions`, kontum, {
      to: 'discontinued',
      on: today,
      reason: 'Không đủ căn cứ',
      version: edited.json().version,
    });
    expect(moved.json().status).toBe('discontinued');
    const back = await call('POST', `/cases/${c.id}/transitions`, kontum, {
      to: 'investigating',
      on: today,
      reason: 'Thử',
      version: moved.json().version,
    });
    expect(back.statusCode).toBe(409);
    // The reads and the writes are in the trail.
    const timeline = (await call('GET', `/cases/${c.id}/timeline`, kontum)).json();
    expect(timeline.data.length).toBeGreaterThanOrEqual(3);
  });

  it('refuses bad input with 400 naming the field, writing nothing', async () => {
    const countBefore = (await call('GET', '/cases', kontum)).json().total;
    const seizure = (s: Record<string, unknown>) => [
      { on: daysAgo(1), drugType: 'heroin', measure: 'g', quantity: 1, ...s },
    ];
    expect(
      await paths(await call('POST', '/cases', kontum, caseBody({ seizures: seizure({ quantity: -2 }) }))),
    ).toEqual(['seizures.0.quantity']);
    expect(
      await paths(await call('POST', '/cases', kontum, caseBody({ seizures: seizure({ quantity: 0 }) }))),
    ).toEqual(['seizures.0.quantity']);
    const tablets = await call(
      'POST',
      '/cases',
      kontum,
      caseBody({ seizures: seizure({ drugType: 'meth_crystal', measure: 'vien' }) }),
    );
    expect(await paths(tablets)).toEqual(['seizures.0.measure']);
    expect(tablets.json().error.details[0].message).toContain('Ma túy đá');
    expect(await paths(await call('POST', '/cases', kontum, caseBody({ openedOn: daysAgo(-1) })))).toEqual([
      'openedOn',
    ]);
    expect(
      await paths(
        await call('POST', '/cases', kontum, caseBody({ charges: [{ article: '247', clause: 3 }] })),
      ),
    ).toEqual(['charges.0.clause']);
    expect(await paths(await call('POST', '/cases', kontum, caseBody({ charges: [] })))).toEqual(['charges']);
    expect(
      await paths(
        await call('POST', '/cases', kontum, caseBody({ suspects: [{ name: 'X', arrestKind: 'urgent' }] })),
      ),
    ).toEqual(['suspects.0.arrestedOn']);
    expect(
      await paths(
        await call(
          'POST',
          '/cases',
          kontum,
          caseBody({ suspects: [{ name: 'X', personId: '00000000-0000-4000-8000-000000000001' }] }),
        ),
      ),
    ).toEqual(['suspects.0.personId']);
    const c = await createCase(kontum, { number: 'BAD/1' });
    expect(
      await paths(
        await call('POST', `/cases/${c.id}/seizures`, kontum, {
          on: daysAgo(-3),
          drugType: 'heroin',
          measure: 'g',
          quantity: 1,
          version: c.version,
        }),
      ),
    ).toEqual(['on']);
    const campaign = (x: Record<string, unknown>) =>
      call('POST', '/campaigns', pc04, {
        name: 'Sai',
        periodFrom: daysAgo(10),
        periodTo: daysAgo(1),
        unitId: province,
        unitIds: [ward],
        targets: [],
        ...x,
      });
    expect(await paths(await campaign({ targets: [{ indicator: 'seizure', target: 5 }] }))).toEqual([
      'targets.0.family',
    ]);
    expect(await paths(await campaign({ targets: [{ indicator: 'arrests', target: -1 }] }))).toEqual([
      'targets.0.target',
    ]);
    expect(await paths(await campaign({ periodTo: daysAgo(11) }))).toEqual(['periodTo']);
    expect(
      await paths(
        await call('POST', '/campaigns', pc04, {
          ...{ name: 'Xa', periodFrom: daysAgo(2), periodTo: today, unitId: ward, targets: [] },
          unitIds: ['00000000-0000-4000-8000-000000000002'],
        }),
      ),
    ).toEqual(['unitIds.0']);
    // Only the one valid case was written.
    expect((await call('GET', '/cases', kontum)).json().total).toBe(countBefore + 1);
  });

  it('writes demo cases, a chuyên án and a running campaign with results, once', async () => {
    const actorFor = async (units: string[], role: 'commune_police' | 'drug_police'): Promise<Actor> => {
      const agencyId = await createAgency(t.db, { kind: role, unitIds: units });
      const u = await createUser(t.db, { agencyId, roles: [role] });
      return {
        userId: u.id,
        username: u.username,
        agencyId,
        roles: [role],
        via: 'system',
        requestId: 'demo',
        ip: null,
      };
    };
    const actors: Record<string, Actor> = {
      'DEMO-CA-KONTUM': await actorFor([ward], 'commune_police'),
      'DEMO-CA-DAKHA': await actorFor([dakHaUnit], 'commune_police'),
      'DEMO-PC04': await actorFor([province], 'drug_police'),
    };
    const world = { db: t.db, actorOf: async (code: string) => actors[code]! };
    expect(await caseDemo(t.services.registers.cases, world)).toBe(6);
    expect(await caseDemo(t.services.registers.cases, world)).toBe(0);
    const pc = actors['DEMO-PC04']!;
    const campaigns = await t.services.registers.campaigns.list(pc, {
      page: 1,
      pageSize: 20,
      q: '(mẫu)',
    } as never);
    expect(campaigns.data).toHaveLength(1);
    expect(campaigns.data[0]!.phase).toBe('running');
    const r = await t.services.registers.campaigns.results(pc, campaigns.data[0]!.id);
    // The campaign's cases equal the register's list for its period and communes (other tests' cases of this
    // database fall in the period too); the demo's own cases inside it: three (the cannabis case is 70 days old).
    const c = campaigns.data[0]!;
    let listed = 0;
    for (const u of c.units) {
      const q = { page: 1, pageSize: 1, from: c.periodFrom, to: c.periodTo, unitId: u.id } as never;
      listed += (await t.services.registers.cases.list(pc, q)).total;
    }
    expect(r.total.counts.cases_opened).toBe(listed);
    const demoCases = await t.services.registers.cases.list(pc, {
      page: 1,
      pageSize: 20,
      q: '(mẫu)',
    } as never);
    expect(demoCases.total).toBe(4);
    expect(demoCases.data.filter((x) => x.openedOn >= c.periodFrom)).toHaveLength(3);
    expect(demoCases.data.find((x) => x.project)?.severity).toBe('especially_serious');
  });
});
