import { expect } from 'vitest';
import { todayInVietnam } from '../src/platform/clock.ts';
import type { Database } from '../src/platform/db/client.ts';
import { bearerFor, createAgency, createTestApp, createUser, unitId } from './fixtures.ts';

export const today = todayInVietnam();
export const daysAgo = (n: number) => {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
};

type Role = 'commune_police' | 'commune_committee' | 'leadership' | 'drug_police';
const agencyKind: Record<Role, string> = {
  commune_police: 'commune_police',
  commune_committee: 'ubnd',
  leadership: 'steering_committee',
  drug_police: 'drug_police',
};

/**
 * The world of the case and campaign tests: the app, Phường Kon Tum, Xã Đăk Hà and the province today, their
 * officers (commune police of each, PC04, the ward's committee, the provincial leadership) and HTTP helpers.
 */
export async function casesWorld(db: Database) {
  const t = await createTestApp(db);
  const ward = await unitId(t.db, '23293', today);
  const dakHaUnit = await unitId(t.db, '23500', today);
  const province = await unitId(t.db, '51', today);
  const officer = async (units: string[], role: Role) => {
    const agencyId = await createAgency(t.db, { kind: agencyKind[role] as 'ubnd', unitIds: units });
    return bearerFor(t.services, await createUser(t.db, { agencyId, roles: [role] }), agencyId, t.db);
  };
  const call = (method: 'GET' | 'POST' | 'PUT', url: string, auth: string, payload?: unknown) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { authorization: auth },
      ...(payload ? { payload: payload as object } : {}),
    });
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
    return res.json().error.details.map((d: { path: string }) => d.path) as string[];
  };
  return {
    t,
    ward,
    dakHaUnit,
    province,
    kontum: await officer([ward], 'commune_police'),
    dakHa: await officer([dakHaUnit], 'commune_police'),
    pc04: await officer([province], 'drug_police'),
    committee: await officer([ward], 'commune_committee'),
    leader: await officer([province], 'leadership'),
    call,
    caseBody,
    createCase,
    paths,
  };
}
export type CasesWorld = Awaited<ReturnType<typeof casesWorld>>;
