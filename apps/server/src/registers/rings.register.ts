import { ringContract } from '@pcmt/contracts';
import { ringRoutes } from '../http/routes/rings.routes.ts';
import { createPersonService } from '../modules/persons/person.service.ts';
import { createRingService } from '../modules/persons/ring.service.ts';
import { defineRegister, type RegisterDeps } from './register.ts';

/** The ring service, with the person service its matrix fixtures use to make members. */
const build = ({ db, keyring }: RegisterDeps) => ({
  rings: createRingService(db, { keyring }),
  persons: createPersonService(db, { keyring }),
});
type Built = ReturnType<typeof build>;

const sampleRing = (name: string, unitId: string) => ({ kind: 'group' as const, name, unitId });

/** A fresh matrix person of Phường Kon Tum, readable by every matrix caller that may write persons. */
const freshPerson = async (m: Built, actor: Parameters<Built['persons']['create']>[0], unitId: string) =>
  m.persons.create(actor, {
    fullName: 'Thành viên mẫu ma trận',
    birthDate: '1991-06-01',
    sex: 'male',
    unitId,
    confirmDuplicates: true,
  });

/** Rings (đường dây, ổ nhóm): `/api/v1/rings`, under the person register's permissions. */
export const ringRegister = defineRegister({
  key: 'personRings',
  contract: ringContract,
  createService: build,
  routes: (m) => ringRoutes(m.rings),
  readable: (m, actor, id) => m.rings.readable(actor, id),
  matrix: {
    records: async (m, { actorIn, actorOut, here, there }) => ({
      in: (await m.rings.create(actorIn, sampleRing('Ổ nhóm mẫu ma trận (trong)', here))).id,
      out: (await m.rings.create(actorOut, sampleRing('Ổ nhóm mẫu ma trận (ngoài)', there))).id,
    }),
    // `fresh:<id>`: the ring with a new person to add; `member:<id>`: the ring with a member to remove.
    current: async (m, world, key) => {
      const [kind, id] = key.includes(':') ? key.split(':') : [null, key];
      const ring = await m.rings.get(world.actorIn, id!);
      if (!kind) return ring;
      const p = await freshPerson(m, world.actorIn, world.here);
      if (kind === 'fresh') return { ...ring, personId: p.id };
      const joined = await m.rings.addMember(world.actorIn, id!, {
        personId: p.id,
        role: 'Thành viên',
        version: ring.version,
      });
      return { ...joined, personId: p.id };
    },
    samples: {
      'POST /api/v1/rings': ({ here }) => sampleRing('Ổ nhóm mẫu ma trận mới', here),
      'PUT /api/v1/rings/:id': async ({ record, current }) => {
        const r = await current(record!);
        return { kind: r.kind, name: r.name, unitId: (r.unit as { id: string }).id, version: r.version };
      },
      'POST /api/v1/rings/:id/members': async ({ record, current }) => {
        const r = await current(`fresh:${record}`);
        return { personId: r.personId, role: 'Người bán lẻ', version: r.version };
      },
      'POST /api/v1/rings/:id/members/remove': async ({ record, current }) => {
        const r = await current(`member:${record}`);
        return { personId: r.personId, version: r.version };
      },
    },
  },
});
