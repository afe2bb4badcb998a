import { beforeAll, expect, it } from 'vitest';
import { describeEachBackend } from './db.ts';
import { bearerFor, createAgency, createTestApp, createUser, type TestApp, unitId } from './fixtures.ts';

/**
 * The plant register feeds the commune classification (issue 11 item 4): with no plant figures recorded for the
 * commune, the classification takes the finds of the register over the year up to its date; recorded figures
 * still win, and a commune without finds stays "unknown" rather than zero.
 */
describeEachBackend('classification inputs from the plant register', (getDb) => {
  let t: TestApp;
  let pc04: string;
  let ward: string;
  let kontum: string;
  let dakHa: string;
  const call = (method: 'GET' | 'POST', url: string, auth: string, payload?: unknown) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { authorization: auth },
      ...(payload ? { payload: payload as object } : {}),
    });
  const officer = async (kind: string, unitIds: string[], role: string) => {
    const agencyId = await createAgency(t.db, { kind: kind as never, unitIds });
    return bearerFor(
      t.services,
      await createUser(t.db, { agencyId, roles: [role as never] }),
      agencyId,
      t.db,
    );
  };
  const find = async (detectedOn: string, plantCount: number, areaM2: number) => {
    const res = await call('POST', '/plants', kontum, {
      species: 'cannabis',
      detectedOn,
      place: 'Nương rẫy',
      unitId: ward,
      areaM2,
      plantCount,
      detectedBy: 'Công an phường',
    });
    expect(res.statusCode, res.body).toBe(201);
  };
  const classify = async (on: string, unit: string) => {
    const res = await call('POST', '/areas/classifications', pc04, { on, unitId: unit });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().data[0].inputs as { plantCount: number | null; plantAreaM2: number | null };
  };

  beforeAll(async () => {
    t = await createTestApp(getDb());
    ward = await unitId(t.db, '23293', '2026-01-01');
    dakHa = await unitId(t.db, '23500', '2026-01-01');
    const province = [await unitId(t.db, '62', '2024-01-01'), await unitId(t.db, '51', '2026-01-01')];
    pc04 = await officer('drug_police', province, 'drug_police');
    kontum = await officer('commune_police', [ward], 'commune_police');
  });

  it('takes the finds of the year up to the date when no plant figures are recorded', async () => {
    await find('2026-03-10', 300, 120.5);
    await find('2026-05-02', 50, 20);
    await find('2025-07-10', 999, 999); // more than a year before 31/08/2026: not counted then
    expect(await classify('2026-08-31', ward)).toMatchObject({ plantCount: 350, plantAreaM2: 140.5 });
    // At the end of 2025 only the older find is in the year.
    expect(await classify('2025-12-31', ward)).toMatchObject({ plantCount: 999, plantAreaM2: 999 });
    // A commune without a find stays unknown.
    expect(await classify('2026-08-31', dakHa)).toMatchObject({ plantCount: null, plantAreaM2: null });
  });

  it('keeps the figures the commune recorded', async () => {
    const rec = await call('POST', '/areas/indicators', pc04, {
      unitId: ward,
      periodFrom: '2026-07-01',
      periodTo: '2026-09-30',
      population: 10_000,
      plantCount: 7,
      plantAreaM2: 3,
    });
    expect(rec.statusCode, rec.body).toBe(201);
    expect(await classify('2026-09-30', ward)).toMatchObject({ plantCount: 7, plantAreaM2: 3 });
  });
});
