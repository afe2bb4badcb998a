import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Actor } from '../modules/access/actor.ts';
import { actingAs } from '../modules/access/system-account.ts';
import { firstAccountOfAgency } from '../modules/access/user.repository.ts';
import type { Db } from '../platform/db/client.ts';
import { borderPatrolRegister } from './border-patrols.register.ts';
import { businessRegister } from './businesses.register.ts';
import { caseRegisters } from './cases.register.ts';
import { commendationRegister } from './commendations.register.ts';
import { difficultyRegister } from './difficulties.register.ts';
import { documentRegister } from './documents.register.ts';
import { hotspotRegister } from './hotspots.register.ts';
import { keyAreaRegisters } from './key-areas.register.ts';
import { mobilisationRegisters } from './mobilisation.register.ts';
import { personRegisters } from './persons.register.ts';
import { plantRegister } from './plants.register.ts';
import { programmeRegister } from './programmes.register.ts';
import { propagandaRegisters } from './propaganda.register.ts';
import type { DemoWorld, KitServices, RegisterDeps } from './register.ts';
import { supportRegister } from './support.register.ts';
import { taskRegister } from './tasks.register.ts';
import { tipRegister } from './tips.register.ts';

/** Every register, on the server. Adding a register adds one entry here. */
export const serverRegisters = [
  hotspotRegister,
  ...keyAreaRegisters,
  programmeRegister,
  taskRegister,
  ...personRegisters,
  businessRegister,
  tipRegister,
  ...caseRegisters,
  borderPatrolRegister,
  documentRegister,
  ...mobilisationRegisters,
  plantRegister,
  ...propagandaRegisters,
  commendationRegister,
  supportRegister,
  difficultyRegister,
] as const;

export type AnyServerRegister = (typeof serverRegisters)[number];
export type RegisterServices = {
  [R in AnyServerRegister as R['key']]: ReturnType<R['createService']>;
};

// The registers differ in their service type; TypeScript cannot follow `services[r.key]` back to `r`, so the
// loops below cast once, here, instead of in every caller.
type Loose = {
  key: string;
  demo?: (s: unknown, world: DemoWorld) => Promise<number>;
  routes: (s: unknown, kit: KitServices) => FastifyPluginAsyncZod;
  readable: (s: unknown, a: Actor, id: string) => Promise<boolean>;
};
const loose = serverRegisters as unknown as readonly (Loose & AnyServerRegister)[];

export function createRegisterServices(deps: RegisterDeps): RegisterServices {
  const services = {} as RegisterServices;
  // Late-bound: a register asks another's read rule only when called, once every service exists.
  const records = { readable: (a: Actor, type: string, id: string) => recordReadable(services, a, type, id) };
  for (const r of serverRegisters)
    (services as Record<string, unknown>)[r.key] = r.createService({ ...deps, records });
  return services;
}

/** The route plugins of every register, each bound to its service. */
export function registerRoutePlugins(services: RegisterServices, kit: KitServices): FastifyPluginAsyncZod[] {
  const byKey = services as unknown as Record<string, unknown>;
  return loose.map((r) => r.routes(byKey[r.key], kit));
}

/**
 * May the actor read record `id` of `recordType`? For attachments and anything else that hangs off a
 * register's record: out of scope or unknown type is "no such record" (404).
 */
export async function recordReadable(
  services: RegisterServices,
  actor: Actor,
  recordType: string,
  id: string,
): Promise<boolean> {
  const r = loose.find((x) => x.contract.recordType === recordType);
  if (!r) return false;
  return r.readable((services as unknown as Record<string, unknown>)[r.key], actor, id);
}

/**
 * `pcmt seed --demo`: every register's demo records, written through its service by the demo officers (the
 * first officer of the named demo agency), each acting through the system (`via: 'system'`, request id
 * `cli:seed --demo@<OS user>`), never through a fake session or token. Returns the register label and how many
 * records it wrote.
 */
export async function seedRegisterDemos(db: Db, services: RegisterServices): Promise<[string, number][]> {
  const world: DemoWorld = {
    db,
    actorOf: async (agencyCode) => {
      const officer = await firstAccountOfAgency(db, agencyCode);
      if (!officer) throw new Error(`Thiếu cơ quan mẫu ${agencyCode}`);
      return actingAs(officer, { via: 'cli', command: 'seed --demo' });
    },
  };
  const byKey = services as unknown as Record<string, unknown>;
  const out: [string, number][] = [];
  for (const r of loose) if (r.demo) out.push([r.contract.label.vi, await r.demo(byKey[r.key], world)]);
  return out;
}
