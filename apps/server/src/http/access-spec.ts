import type { Permission } from '@pcmt/contracts';

/**
 * Every route declares who may call it; the auth hook enforces it and the access matrix test walks it.
 * - public: anyone (health, sign-in, unit reference data);
 * - session: a browser session at any sign-in stage (me, 2FA steps, password change, sign-out), or with
 *   `ready` only once fully signed in (managing one's API tokens: a token must not mint tokens);
 * - signed_in: a fully signed-in user or API token, any role;
 * - permission: as signed_in, and a role granting `permission`. `record` names the matrix fixture whose
 *   in-scope and out-of-scope ids fill the route's `:id`.
 */
export type AccessSpec =
  | { kind: 'public' }
  | { kind: 'session'; ready?: boolean }
  | { kind: 'signed_in' }
  | { kind: 'permission'; permission: Permission; record?: 'agency' | 'user' };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: AccessSpec;
  }
}
