import type { Permission } from '@pcmt/contracts';

/**
 * Every route declares who may call it; the auth hook enforces it and the access matrix test walks it.
 * - public: anyone (health, sign-in, unit reference data);
 * - session: a browser session at any sign-in stage (me, 2FA steps, sign-out); with `afterMfa` only once the
 *   second factor is passed (password change: a password-only attacker must not change it); with `ready` only
 *   once fully signed in (managing one's API tokens: a token must not mint tokens);
 * - signed_in: a fully signed-in user or API token, any role (with `record` on `:id` routes whose own record
 *   decides, as attachments do: out of scope → 404);
 * - permission: as signed_in, and a role granting `permission`. `record` names the record type (`agency`,
 *   `user`, or a register's) whose in-scope and out-of-scope matrix fixtures fill the route's `:id`.
 * `reauth` (session or permission routes): the session must have re-entered its password or TOTP code within
 * the last minutes (`POST /auth/reauth`); API tokens cannot, so they are refused (creating tokens, granting
 * roles, resetting another user's password or 2FA).
 */
export type AccessSpec =
  | { kind: 'public' }
  | { kind: 'session'; ready?: boolean; afterMfa?: boolean; reauth?: boolean }
  | { kind: 'signed_in'; record?: string }
  | { kind: 'permission'; permission: Permission; record?: string; reauth?: boolean };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: AccessSpec;
  }
}
