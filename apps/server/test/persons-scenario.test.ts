import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { Actor } from '../src/modules/access/actor.ts';
import { createPersonModule, type PersonModule } from '../src/modules/persons/person.module.ts';
import { queryRows } from '../src/platform/db/rows.ts';
import { personRegister } from '../src/registers/persons.register.ts';
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
 * Issue 9 "Must show": the scenario positive test → management measure → relapse → determination → voluntary
 * rehab → quit → compulsory → post-rehab → completion, written through the register's services with the clock
 * injected (each change on its own day), and every alert checked on the day it appears — the same timeline and
 * expectations as the domain's scenario (packages/domain/src/measures/scenario.test.ts), now from stored records.
 * Then the demo seed: a few hundred fictitious persons at every stage, some alerts due.
 */
describeEachBackend('persons: the legal scenario day by day, and the demo', (getDb) => {
  let t: TestApp;
  let m: PersonModule;
  let clock = new Date('2026-01-01T03:00:00Z');
  let officer: Actor;
  let auth: string;
  let ward: string;

  beforeAll(async () => {
    t = await createTestApp(getDb());
    ward = await unitId(t.db, '23293', '2026-01-01');
    const agencyId = await createAgency(t.db, { kind: 'commune_police', unitIds: [ward] });
    const u = await createUser(t.db, { agencyId, roles: ['commune_police'] });
    auth = await bearerFor(t.services, u, agencyId, t.db);
    officer = {
      userId: u.id,
      username: u.username,
      agencyId,
      roles: ['commune_police'],
      via: 'token',
      requestId: 'scenario',
      ip: null,
    };
    // Vietnam's day: 03:00 UTC is 10:00 in Hà Nội.
    m = createPersonModule(t.db, { keyring: testKeyring(), now: () => clock });
  });
  const on = (day: string) => {
    clock = new Date(`${day}T03:00:00Z`);
  };

  it('raises every alert on the right day, from a first positive test to completed post-rehab management', async () => {
    on('2026-01-02');
    const p = await m.persons.create(officer, {
      fullName: 'Đoàn Văn Kịch Bản',
      birthDate: '1995-03-10',
      sex: 'male',
      unitId: ward,
      residenceSince: '2025-09-01',
    });
    const ids: Record<string, string> = {};
    const version = async (label: string) => (await m.measures.getMeasure(officer, ids[label]!)).version;
    const move = async (label: string, to: string, day: string, extra: Record<string, unknown> = {}) =>
      m.measures.transition(officer, ids[label]!, {
        to: to as 'decided',
        on: day,
        reason: `Chuyển sang ${to}`,
        version: await version(label),
        ...extra,
      });
    const test = (day: string) =>
      m.measures.addTest(officer, p.id, { testedOn: day, method: 'rapid_urine', result: 'positive' });
    const events: [string, () => Promise<unknown>][] = [
      ['2026-01-05', () => test('2026-01-05')],
      [
        '2026-01-08',
        async () => {
          ids.M1 = (await m.measures.createMeasure(officer, p.id, { type: 'user_management' })).id;
        },
      ],
      [
        '2026-01-09',
        async () => {
          await move('M1', 'decided', '2026-01-09', {
            decisionNumber: '01/QĐ-UBND',
            decisionDate: '2026-01-09',
            durationMonths: 12,
          });
          await move('M1', 'in_progress', '2026-01-09', { startOn: '2026-01-09' });
        },
      ],
      ['2026-03-02', () => test('2026-03-02')],
      [
        '2026-03-12',
        () =>
          m.measures.addDetermination(officer, p.id, {
            determinedOn: '2026-03-12',
            trigger: 'managed_user_relapse',
            performedBy: 'Bệnh viện tâm thần tỉnh',
            result: 'addicted',
          }),
      ],
      ['2026-03-19', () => move('M1', 'ended_early', '2026-03-19', { endReason: 'replaced' })],
      [
        '2026-03-20',
        async () => {
          ids.M2 = (
            await m.measures.createMeasure(officer, p.id, {
              type: 'voluntary_rehab_community',
              status: 'decided',
              decisionNumber: '05/QĐ-CAX',
              decisionDate: '2026-03-20',
              durationMonths: 6,
            })
          ).id;
          await move('M2', 'in_progress', '2026-03-20', { startOn: '2026-03-20' });
        },
      ],
      [
        '2026-05-15',
        async () =>
          m.measures.earlyEnd(officer, ids.M2!, {
            endReason: 'quit',
            on: '2026-05-15',
            reason: 'Tự ý bỏ cai nghiện',
            version: await version('M2'),
          }),
      ],
      [
        '2026-06-01',
        async () => {
          ids.M3 = (await m.measures.createMeasure(officer, p.id, { type: 'compulsory_rehab' })).id;
        },
      ],
      [
        '2026-06-25',
        () =>
          move('M3', 'decided', '2026-06-25', {
            decisionNumber: '15/QĐ-TA',
            decisionDate: '2026-06-25',
            durationMonths: 18,
          }),
      ],
      ['2026-07-01', () => move('M3', 'in_progress', '2026-07-01', { startOn: '2026-07-01' })],
      [
        '2027-12-20',
        async () => {
          ids.M4 = (
            await m.measures.createMeasure(officer, p.id, {
              type: 'post_rehab_management',
              status: 'decided',
              decisionNumber: '30/QĐ-UBND',
              decisionDate: '2027-12-20',
              durationMonths: 12,
            })
          ).id;
        },
      ],
      [
        '2028-01-02',
        async () => {
          // Recorded the day after the term's last day: the completion is dated on that last day.
          await move('M3', 'completed', '2028-01-02', { completionCertificate: 'GCN 12/CSCN' });
          await move('M4', 'in_progress', '2028-01-02', { startOn: '2028-01-02' });
        },
      ],
      [
        '2028-04-10',
        async () =>
          m.measures.review(officer, ids.M4!, {
            reviewedOn: '2028-04-10',
            outcome: 'Chấp hành tốt',
            version: await version('M4'),
          }),
      ],
      [
        '2028-07-01',
        async () =>
          m.measures.review(officer, ids.M4!, {
            reviewedOn: '2028-07-01',
            outcome: 'Chấp hành tốt',
            version: await version('M4'),
          }),
      ],
      ['2029-01-02', () => move('M4', 'completed', '2029-01-02', { completionCertificate: 'GCN 01/UBND' })],
    ];
    const expected: Record<string, string[]> = {
      '2026-01-04': [],
      '2026-01-05': ['management_due:2026-01-05'],
      '2026-01-08': ['management_due:2026-01-05:M1'],
      '2026-01-09': [],
      '2026-03-02': ['determination_due:2026-03-02:M1'],
      '2026-03-11': ['determination_due:2026-03-02:M1'],
      '2026-03-12': [],
      '2026-03-20': ['art256a_window:2026-03-20:M2:a_rehab:2026-03-20..2026-09-20'],
      '2026-05-15': ['art256a_window:2026-03-20:M2:a_rehab:2026-03-20..2026-05-15'],
      '2026-05-16': ['art256a_window:2026-05-16:M2:d_after_quit:2026-05-16..2028-05-15'],
      '2026-06-30': ['art256a_window:2026-05-16:M2:d_after_quit:2026-05-16..2028-05-15'],
      '2026-07-01': [
        'art256a_window:2026-05-16:M2:d_after_quit:2026-05-16..2028-05-15',
        'art256a_window:2026-07-01:M3:a_rehab:2026-07-01..2028-01-01',
      ],
      '2027-12-01': [
        'art256a_window:2026-05-16:M2:d_after_quit:2026-05-16..2028-05-15',
        'art256a_window:2026-07-01:M3:a_rehab:2026-07-01..2028-01-01',
      ],
      '2027-12-02': [
        'art256a_window:2026-05-16:M2:d_after_quit:2026-05-16..2028-05-15',
        'art256a_window:2026-07-01:M3:a_rehab:2026-07-01..2028-01-01',
        'measure_ending:2028-01-01:M3:30d',
      ],
      '2028-01-01': [
        'art256a_window:2026-05-16:M2:d_after_quit:2026-05-16..2028-05-15',
        'art256a_window:2026-07-01:M3:a_rehab:2026-07-01..2028-01-01',
        'measure_ending:2028-01-01:M3:0d',
      ],
      '2028-01-02': [
        'art256a_window:2026-05-16:M2:d_after_quit:2026-05-16..2028-05-15',
        'art256a_window:2028-01-02:M4:b_post_rehab:2028-01-02..2029-01-02',
      ],
      '2028-04-02': [
        'art256a_window:2026-05-16:M2:d_after_quit:2026-05-16..2028-05-15',
        'art256a_window:2028-01-02:M4:b_post_rehab:2028-01-02..2029-01-02',
      ],
      '2028-04-03': [
        'art256a_window:2026-05-16:M2:d_after_quit:2026-05-16..2028-05-15',
        'art256a_window:2028-01-02:M4:b_post_rehab:2028-01-02..2029-01-02',
        'review_overdue:2028-04-02:M4:1d',
      ],
      '2028-04-10': [
        'art256a_window:2026-05-16:M2:d_after_quit:2026-05-16..2028-05-15',
        'art256a_window:2028-01-02:M4:b_post_rehab:2028-01-02..2029-01-02',
      ],
      '2028-05-16': ['art256a_window:2028-01-02:M4:b_post_rehab:2028-01-02..2029-01-02'],
      '2028-10-03': [
        'art256a_window:2028-01-02:M4:b_post_rehab:2028-01-02..2029-01-02',
        'review_overdue:2028-10-02:M4:1d',
      ],
      '2028-12-05': [
        'art256a_window:2028-01-02:M4:b_post_rehab:2028-01-02..2029-01-02',
        'review_overdue:2028-10-02:M4:64d',
        'measure_ending:2029-01-02:M4:28d',
      ],
      '2029-01-02': ['art256a_window:2028-01-02:M4:b_post_rehab:2028-01-02..2029-01-02'],
      '2029-01-03': [],
      '2031-01-01': [],
    };
    const label = (id: string | null) => Object.entries(ids).find(([, v]) => v === id)?.[0];
    const seen: [string, string[]][] = [];
    let next = 0;
    for (const day of Object.keys(expected).sort()) {
      while (next < events.length && events[next]![0] <= day) {
        const [d, run] = events[next]!;
        on(d);
        await run();
        next += 1;
      }
      on(day);
      const { data } = await m.measures.alerts(officer, p.id);
      seen.push([
        day,
        data.map((a) => {
          const w = a.windows[0];
          return `${a.kind}:${a.on}${a.measureId ? `:${label(a.measureId)}` : ''}${w ? `:${w.clause}:${w.from}..${w.to ?? ''}` : ''}${a.days !== null ? `:${a.days}d` : ''}`;
        }),
      ]);
    }
    expect(seen).toEqual(Object.entries(expected).sort());

    // The stored record tells the same story: statuses, regimes chosen by decision date, computed ends.
    const person = await m.persons.get(officer, p.id);
    expect(person.drugStatus).toBe('addicted');
    expect(person.statuses.map((s) => [s.status, s.fromOn, s.toOn])).toEqual([
      ['illicit_user', '2026-01-05', '2026-03-11'],
      ['addicted', '2026-03-12', null],
      ['in_rehab', '2026-03-20', '2026-05-15'],
      ['in_rehab', '2026-07-01', '2028-01-01'],
      ['post_rehab', '2028-01-02', '2029-01-02'],
    ]);
    const { data: measures } = await m.measures.measures(officer, p.id);
    expect(
      measures.map((x) => [label(x.id), x.type, x.status, x.regime, x.endOn, x.endReason, x.completionOn]),
    ).toEqual([
      ['M1', 'user_management', 'ended_early', 'luat_73_2021', '2027-01-09', 'replaced', null],
      ['M2', 'voluntary_rehab_community', 'ended_early', 'luat_73_2021', '2026-09-20', 'quit', null],
      ['M3', 'compulsory_rehab', 'completed', 'luat_73_2021', '2028-01-01', null, '2028-01-01'],
      ['M4', 'post_rehab_management', 'completed', 'luat_120_2025', '2029-01-02', null, '2029-01-02'],
    ]);
    // The person's timeline holds every step; the HTTP route answers the same alerts for a later day.
    const timeline = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/persons/${p.id}/timeline`,
        headers: { authorization: auth },
      })
    ).json();
    expect(
      timeline.data.filter((e: { action: string }) => e.action.startsWith('person.measure')).length,
    ).toBe(16);
    const later = await t.app.inject({
      method: 'GET',
      url: `/api/v1/persons/${p.id}/alerts?on=2031-01-01`,
      headers: { authorization: auth },
    });
    expect(later.json()).toEqual({ on: '2031-01-01', data: [] });
  });

  it('refuses a completion before the term is served, and one without its certificate', async () => {
    on('2026-01-02');
    const p = await m.persons.create(officer, {
      fullName: 'Đoàn Văn Chưa Xong',
      birthDate: '1990-01-01',
      sex: 'male',
      unitId: ward,
      residenceSince: '2025-09-01',
    });
    await m.measures.addTest(officer, p.id, { testedOn: '2026-01-02', method: 'blood', result: 'positive' });
    await m.measures.addDetermination(officer, p.id, {
      determinedOn: '2026-01-02',
      trigger: 'voluntary',
      performedBy: 'Trạm y tế',
      result: 'addicted',
    });
    const x = await m.measures.createMeasure(officer, p.id, {
      type: 'post_rehab_management',
      status: 'in_progress',
      decisionNumber: '2/QĐ',
      decisionDate: '2026-01-02',
      startOn: '2026-01-02',
    });
    expect(x).toMatchObject({ durationMonths: 12, endOn: '2027-01-02', deciderLevel: 'commune_chairman' });
    on('2026-06-01');
    await expect(
      m.measures.transition(officer, x.id, {
        to: 'completed',
        on: '2026-06-01',
        reason: 'Xong',
        version: x.version,
      }),
    ).rejects.toMatchObject({ messageId: 'measure.notOverYet', details: [{ path: 'on' }] });
    on('2027-01-02');
    await expect(
      m.measures.transition(officer, x.id, {
        to: 'completed',
        on: '2027-01-02',
        reason: 'Xong',
        version: x.version,
      }),
    ).rejects.toMatchObject({
      messageId: 'measure.certificateRequired',
      details: [{ path: 'completionCertificate' }],
    });
    // A move the lifecycle does not have: 409 naming the allowed moves.
    await expect(
      m.measures.transition(officer, x.id, {
        to: 'decided',
        on: '2027-01-02',
        reason: 'Sai',
        version: x.version,
      }),
    ).rejects.toMatchObject({ code: 'conflict', messageId: 'common.transitionRefused' });
  });

  it('seeds a few hundred fictitious persons at every stage, flagged demo, with alerts due', async () => {
    const demoAgency = async (code: string, unitCode: string, role: 'commune_police' | 'drug_police') => {
      const agencyId = await createAgency(t.db, { kind: role, unitIds: [await unitId(t.db, unitCode)] });
      const u = await createUser(t.db, { agencyId, roles: [role] });
      const actor: Actor = { ...officer, userId: u.id, username: u.username, agencyId, roles: [role] };
      return [code, actor] as const;
    };
    const actors = new Map([
      await demoAgency('DEMO-CA-KONTUM', '23293', 'commune_police'),
      await demoAgency('DEMO-CA-DAKHA', '23500', 'commune_police'),
      await demoAgency('DEMO-PC04', '51', 'drug_police'),
    ]);
    const service = t.services.registers.persons;
    const written = await personRegister.demo!(service, {
      db: t.db,
      actorOf: async (code) => actors.get(code)!,
    });
    expect(written).toBeGreaterThanOrEqual(200);
    // Once only.
    expect(
      await personRegister.demo!(service, { db: t.db, actorOf: async (code) => actors.get(code)! }),
    ).toBe(0);
    const [counts] = await queryRows<{ persons: number; demo: number; measures: number; tests: number }>(
      t.db,
      sql`select (select count(*)::int from person where full_name like '%(mẫu%') as "persons",
                 (select count(*)::int from person where is_demo) as "demo",
                 (select count(distinct type)::int from measure where is_demo) as "measures",
                 (select count(*)::int from drug_test where is_demo) as "tests"`,
    );
    expect(counts).toMatchObject({ persons: written, demo: written });
    expect(counts!.measures).toBeGreaterThanOrEqual(5);
    const statuses = await queryRows<{ status: string }>(
      t.db,
      sql`select distinct status from measure where is_demo order by status`,
    );
    expect(statuses.map((s) => s.status)).toEqual(['completed', 'ended_early', 'in_progress']);
    // Alerts are due today for some of them (Kon Tum's officer reads their own).
    const kontum = actors.get('DEMO-CA-KONTUM')!;
    const page = await service.persons.list(kontum, { page: 1, pageSize: 100 });
    const kinds = new Set<string>();
    for (const x of page.data)
      for (const a of (await service.measures.alerts(kontum, x.id)).data) kinds.add(a.kind);
    expect([...kinds]).toEqual(
      expect.arrayContaining(['management_due', 'determination_due', 'measure_ending', 'art256a_window']),
    );
    // The two spellings of one fictitious person are in the review list.
    const review = await service.persons.duplicates(kontum);
    expect(
      review.data.some((d) => d.a.fullName.includes('(mẫu trùng)') && d.b.fullName.includes('(mẫu trùng)')),
    ).toBe(true);
  });
});
