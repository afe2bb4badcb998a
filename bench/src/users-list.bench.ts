// Server-side paging of the users directory with 5 000 accounts: GET /api/v1/users through Fastify (auth,
// zod, the scoped query, the count, the audit row of the listing), against a plain indexed select of one
// page measured in the same run on the same database. Target (issue 6): p50 ≤ 50 ms on PostgreSQL.
// Run: BENCH_DATABASE_URL=postgres://…/<throwaway db> npm run bench:users   (PGlite in memory is always run)
import { sql } from 'drizzle-orm';
import { refreshAgencyScope } from '../../apps/server/src/modules/access/scope.ts';
import { seedUnits } from '../../apps/server/src/modules/units/unit-seed.ts';
import { hashPassword } from '../../apps/server/src/platform/crypto/password.ts';
import { type Database, migrateDatabase, openDatabase } from '../../apps/server/src/platform/db/client.ts';
import { agency, agencyUnit, userAccount } from '../../apps/server/src/platform/db/schema/index.ts';
import { bearerFor, createTestApp, unitId } from '../../apps/server/test/fixtures.ts';
import { report, timeRuns } from './stats.ts';

const USERS = 5000;
const AGENCIES = 100;
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'A', 'Y', 'Đinh', 'Võ', 'Đặng'];
const ROLES = ['commune_police', 'commune_police_chief', 'commune_committee', 'tip_desk', 'department'];

async function bench(label: string, database: Database, url?: string) {
  console.log(`\n== ${label}: ${USERS.toLocaleString('vi-VN')} users in ${AGENCIES} agencies ==`);
  await migrateDatabase(database, url);
  await seedUnits(database.db);
  const { app, services } = await createTestApp(database);
  const db = database.db;
  const ward = await unitId(db, '23293');
  const hash = await hashPassword('Mật khẩu bench 2026!');
  const agencies = await db
    .insert(agency)
    .values(
      Array.from({ length: AGENCIES }, (_, i) => ({
        code: `BENCH-${i}`,
        name: `Cơ quan thử ${String(i).padStart(3, '0')}`,
        kind: 'commune_police',
      })),
    )
    .returning({ id: agency.id });
  await db.insert(agencyUnit).values(agencies.map((a) => ({ agencyId: a.id, unitId: ward })));
  for (const a of agencies) await refreshAgencyScope(db, a.id);
  for (let start = 0; start < USERS; start += 500)
    await db.insert(userAccount).values(
      Array.from({ length: 500 }, (_, k) => {
        const i = start + k;
        return {
          username: `bench.u${String(i).padStart(5, '0')}`,
          displayName: `${SURNAMES[i % SURNAMES.length]} Văn Thử ${i}`,
          agencyId: agencies[i % AGENCIES]!.id,
          roles: [ROLES[i % ROLES.length]!],
          passwordHash: hash,
          lastLoginAt: i % 3 ? new Date(Date.now() - i * 60_000) : null,
        };
      }),
    );
  const [adminRow] = await db
    .insert(userAccount)
    .values({
      username: 'bench.admin',
      displayName: 'Quản trị bench',
      agencyId: agencies[0]!.id,
      roles: ['admin'],
      passwordHash: hash,
    })
    .returning({ id: userAccount.id });
  const auth = await bearerFor(services, { id: adminRow!.id, username: 'bench.admin' }, agencies[0]!.id, db);
  await db.execute(sql`analyze`);

  const baseline = await timeRuns(200, () =>
    db.execute(sql`select id, username, display_name from user_account order by username limit 20`),
  );
  report('baseline: plain select of one page (20 rows)', baseline);
  const get = (q: string) => async () => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/v1/users${q}`,
      headers: { authorization: auth },
    });
    if (res.statusCode !== 200) throw new Error(`${q}: ${res.statusCode} ${res.body}`);
    return res;
  };
  const total = (await get('')()).json().total as number;
  console.log(`total reported by the API: ${total.toLocaleString('vi-VN')}`);
  for (const [name, q] of [
    ['GET /users (page 1, by username)', ''],
    ['GET /users?page=150 (rows 2981–3000)', '?page=150'],
    ['GET /users?q=nguyen (accent-free search)', '?q=nguyen'],
    ['GET /users?role=tip_desk&sort=lastLoginAt', '?role=tip_desk&sort=lastLoginAt&order=desc'],
    ['GET /users?sort=agencyName&pageSize=100', '?sort=agencyName&pageSize=100'],
  ] as const)
    report(name, await timeRuns(100, get(q)), baseline);
  await app.close();
  await database.close();
}

await bench('PGlite (in-memory)', await openDatabase({ backend: 'pglite', dir: null }));
const url = process.env.BENCH_DATABASE_URL;
if (url) await bench('PostgreSQL', await openDatabase({ backend: 'postgres', url }), url);
