import type { Role } from '@pcmt/contracts';

/**
 * Who a use case acts for. `session`/`token`: a person, resolved by the HTTP layer. `system`: the process
 * itself (the `pcmt` CLI, the first-admin bootstrap, the demo seed) acting as the built-in `system` account or,
 * for demo records, as a demo officer; `requestId` then names what ran it (see `system-account.ts`).
 */
export type Actor = {
  userId: string;
  username: string;
  agencyId: string;
  roles: readonly Role[];
  via: 'session' | 'token' | 'system';
  requestId: string;
  ip: string | null;
};

/**
 * The built-in account the system acts as: disabled, it can never sign in, and it is left out of every user
 * list and count. The name is reserved: no one else can be created with it.
 */
export const SYSTEM_USERNAME = 'system';
