import type { RegisterContract } from '@pcmt/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Actor } from '../modules/access/actor.ts';
import type { AttachmentService } from '../modules/files/attachment.service.ts';
import type { UnitService } from '../modules/units/unit.service.ts';
import type { Keyring } from '../platform/crypto/keys.ts';
import type { Db } from '../platform/db/client.ts';

/** The kit's shared services a register's routes may use (attachments of its records). */
export type KitServices = { attachments: AttachmentService };

/** What every register's service is built from (the keyring: registers with sealed fields). */
export type RegisterDeps = { db: Db; units: UnitService; keyring: Keyring };

/**
 * Other registers' records, for a register whose records link to them (a commendation's achievement): asks the
 * linked record's register (`recordReadable`), so a link never reaches a record its writer cannot read.
 */
export type RecordLookup = { readable: (actor: Actor, recordType: string, id: string) => Promise<boolean> };

/** The access matrix's world: two real officers, one inside Phường Kon Tum (23293), one in Xã Đăk Hà. */
export type MatrixWorld = { db: Db; actorIn: Actor; actorOut: Actor; here: string; there: string };
/** What a write route's sample body is built from: the `:id` record filled in (in or out of scope). */
export type SampleContext = {
  record: string | null;
  /** The unit inside every matrix caller's jurisdiction (Phường Kon Tum, today). */
  here: string;
  /** The record as it is now (fresh version), whatever its scope. */
  current: (id: string) => Promise<Record<string, unknown>>;
};

/** The demo seed's world: demo officers by their agency code (see cli/demo-seed.ts). */
export type DemoWorld = { db: Db; actorOf: (agencyCode: string) => Promise<Actor> };

/**
 * A register declared once on the server (the register kit): its contract (permissions, audit actions,
 * labels), how its service is built, its routes, how attachments and timelines ask whether a record is
 * readable, its access-matrix fixtures and sample bodies, and its demo records. The app, the access matrix
 * and `pcmt seed --demo` iterate over `serverRegisters` (`registers/index.ts`).
 */
export type ServerRegister<K extends string, S> = {
  key: K;
  contract: RegisterContract;
  createService: (deps: RegisterDeps & { records: RecordLookup }) => S;
  routes: (service: S, kit: KitServices) => FastifyPluginAsyncZod;
  readable: (service: S, actor: Actor, id: string) => Promise<boolean>;
  matrix: {
    /** One record inside the `actorIn` jurisdiction and one outside it. */
    records: (service: S, world: MatrixWorld) => Promise<{ in: string; out: string }>;
    /** The record as it is now, read as one of the world's officers (fresh version for write samples). */
    current: (service: S, world: MatrixWorld, id: string) => Promise<Record<string, unknown>>;
    /** A valid body for each write route, keyed "METHOD /api/v1/…". */
    samples: Record<string, (ctx: SampleContext) => unknown>;
  };
  /** Demo records (flagged `is_demo`); returns how many were written. */
  demo?: (service: S, world: DemoWorld) => Promise<number>;
};

export const defineRegister = <const K extends string, S>(r: ServerRegister<K, S>) => r;
