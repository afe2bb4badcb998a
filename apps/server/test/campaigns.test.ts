import { beforeAll, expect, it } from 'vitest';
import type { Actor } from '../src/modules/access/actor.ts';
import { caseDemo } from '../src/modules/cases/cases.demo.ts';
import { type CasesWorld, casesWorld, daysAgo } from './cases-world.ts';
import { describeEachBackend } from './db.ts';
import { createAgency, createUser, type TestApp } from './fixtures.ts';

/**
 * Peak campaigns (đợt cao điểm, issue 11 item 2): results computed from the records dated inside the period,
 * by participating unit, on a seeded dataset with records inside, on the boundary days and outside, in two
 * communes; and the demo.
 */
describeEachBackend('peak campaigns', (getDb) => {
  let w: CasesWorld;
  let t: TestApp;
  let ward: string;
  let dakHaUnit: string;
  let province: string;
  let kontum: string;
  let dakHa: string;
  let pc04: string;
  let leader: string;
  const call: CasesWorld['call'] = (...a) => w.call(...a);
  const createCase: CasesWorld['createCase'] = (...a) => w.createCase(...a);

  beforeAll(async () => {
    w = await casesWorld(getDb());
    ({ t, ward, dakHaUnit, province, kontum, dakHa, pc04, leader } = w);
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
    // Two cannabis fields of Phường Kon Tum found before the campaign: one destroyed inside it (counted), one the
    // day after (not).
    for (const destroyedOn of [daysAgo(25), after]) {
      const p = await call('POST', '/plants', kontum, {
        species: 'cannabis',
        detectedOn: daysAgo(45),
        place: 'Vườn sau nhà',
        unitId: ward,
        areaM2: 50,
        plantCount: 120,
        detectedBy: 'Công an phường',
      });
      expect(p.statusCode, p.body).toBe(201);
      const res = await call('POST', `/plants/${p.json().id}/transitions`, kontum, {
        to: 'destroyed',
        on: destroyedOn,
        method: 'uproot',
        destroyedBy: 'Công an phường',
        reason: 'Nhổ bỏ, tiêu hủy tại chỗ',
        version: p.json().version,
      });
      expect(res.statusCode, res.body).toBe(200);
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
      plants_destroyed: 1, // the field destroyed on day 25, not the one destroyed after the end
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
