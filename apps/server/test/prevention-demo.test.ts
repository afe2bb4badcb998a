import type { Role } from '@pcmt/contracts';
import { expect, it } from 'vitest';
import type { Actor } from '../src/modules/access/actor.ts';
import { commendationDemo } from '../src/modules/commendations/commendation.demo.ts';
import { difficultyDemo } from '../src/modules/difficulties/difficulty.demo.ts';
import { supportDemo } from '../src/modules/support/support.demo.ts';
import { todayInVietnam } from '../src/platform/clock.ts';
import { describeEachBackend } from './db.ts';
import { createAgency, createTestApp, createUser, unitId } from './fixtures.ts';

/** `pcmt seed --demo` for commendations, support and difficulties: through the services, across communes, once. */
describeEachBackend('commendation, support and difficulty demo records', (getDb) => {
  it('writes each register’s demo records once, decided, pending, answered and overdue among them', async () => {
    const t = await createTestApp(getDb());
    const today = todayInVietnam();
    const actorFor = async (code: string, kind: string, role: Role): Promise<Actor> => {
      const agencyId = await createAgency(t.db, {
        kind: kind as never,
        unitIds: [await unitId(t.db, code, today)],
      });
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
      'DEMO-PC04': await actorFor('51', 'drug_police', 'drug_police'),
      'DEMO-UBND-KONTUM': await actorFor('23293', 'ubnd', 'commune_committee'),
      'DEMO-CA-KONTUM': await actorFor('23293', 'commune_police', 'commune_police'),
      'DEMO-CA-DAKHA': await actorFor('23500', 'commune_police', 'commune_police'),
      'DEMO-BP-BOY': await actorFor('23377', 'border_guard', 'border_guard'),
    };
    const world = { db: t.db, actorOf: async (code: string) => actors[code]! };
    const { commendations, support, difficulties } = t.services.registers;
    expect(await commendationDemo(commendations, world)).toBe(5);
    expect(await supportDemo(support, world)).toBe(5);
    expect(await difficultyDemo(difficulties, world)).toBe(4);
    expect(await commendationDemo(commendations, world)).toBe(0);
    expect(await supportDemo(support, world)).toBe(0);
    expect(await difficultyDemo(difficulties, world)).toBe(0);

    const pc04 = actors['DEMO-PC04']!;
    const page = { page: 1, pageSize: 100 } as never;
    const c = await commendations.list(pc04, page);
    expect(new Set(c.data.map((r) => r.status))).toEqual(new Set(['decided', 'proposed', 'rejected']));
    expect(c.data.every((r) => r.isDemo)).toBe(true);
    const s = await support.statistics(pc04, { from: `${Number(today.slice(0, 4)) - 1}-01-01` });
    expect(s.byUnit.length).toBe(2);
    const d = await difficulties.list(pc04, page);
    expect(new Set(d.data.map((r) => r.status))).toEqual(new Set(['open', 'answered', 'closed']));
    expect(d.data.some((r) => r.overdue)).toBe(true);
  });
});
