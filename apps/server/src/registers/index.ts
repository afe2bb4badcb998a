import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Actor } from '../modules/access/actor.ts';
import { hotspotRegister } from './hotspots.register.ts';
import type { RegisterDeps } from './register.ts';

/** Every register, on the server. Adding a register adds one entry here. */
export const serverRegisters = [hotspotRegister] as const;

export type AnyServerRegister = (typeof serverRegisters)[number];
export type RegisterServices = {
  [R in AnyServerRegister as R['key']]: ReturnType<R['createService']>;
};

// The registers differ in their service type; TypeScript cannot follow `services[r.key]` back to `r`, so the
// loops below cast once, here, instead of in every caller.
type Loose = {
  key: string;
  routes: (s: unknown) => FastifyPluginAsyncZod;
  readable: (s: unknown, a: Actor, id: string) => Promise<boolean>;
};
const loose = serverRegisters as unknown as readonly (Loose & AnyServerRegister)[];

export function createRegisterServices(deps: RegisterDeps): RegisterServices {
  return Object.fromEntries(serverRegisters.map((r) => [r.key, r.createService(deps)])) as RegisterServices;
}

/** The route plugins of every register, each bound to its service. */
export function registerRoutePlugins(services: RegisterServices): FastifyPluginAsyncZod[] {
  const byKey = services as unknown as Record<string, unknown>;
  return loose.map((r) => r.routes(byKey[r.key]));
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
