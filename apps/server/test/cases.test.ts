import { beforeAll, expect, it } from 'vitest';
import { type CasesWorld, casesWorld, daysAgo, today } from './cases-world.ts';
import { describeEachBackend } from './db.ts';

/**
 * The case and special-project registers through the HTTP API (issue 11 items 2–3): severity from the charged
 * bracket, unit-safe seizure totals, chuyên án with their cases, and refusals. Campaigns: `campaigns.test.ts`.
 */
describeEachBackend('cases and special projects', (getDb) => {
  let w: CasesWorld;
  let ward: string;
  let dakHaUnit: string;
  let province: string;
  let kontum: string;
  let dakHa: string;
  let pc04: string;
  let committee: string;
  const call: CasesWorld['call'] = (...a) => w.call(...a);
  const caseBody: CasesWorld['caseBody'] = (...a) => w.caseBody(...a);
  const createCase: CasesWorld['createCase'] = (...a) => w.createCase(...a);
  const paths: CasesWorld['paths'] = (...a) => w.paths(...a);

  beforeAll(async () => {
    w = await casesWorld(getDb());
    ({ ward, dakHaUnit, province, kontum, dakHa, pc04, committee } = w);
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
});
