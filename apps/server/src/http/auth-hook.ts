import type { Role } from '@pcmt/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { can } from '../modules/access/access.policy.ts';
import type { Actor } from '../modules/access/actor.ts';
import { stageOf } from '../modules/access/auth.service.ts';
import {
  type AccountRow,
  findLiveSession,
  findLiveToken,
  type SessionRow,
  touchSession,
  touchToken,
} from '../modules/access/session.repository.ts';
import { safeEqual } from '../platform/crypto/keys.ts';
import type { Db } from '../platform/db/client.ts';
import { AppError } from '../platform/errors.ts';
import type { AccessSpec } from './access-spec.ts';

/**
 * Over HTTPS the cookie is `__Host-pcmt_session`: the prefix makes the browser refuse it unless it is Secure,
 * host-only and path `/`, so a sibling subdomain or a plain-HTTP page cannot plant or overwrite it.
 */
export const SESSION_COOKIE = 'pcmt_session';
export const SECURE_SESSION_COOKIE = '__Host-pcmt_session';
export type CookiePolicy = { secure: 'auto' | boolean; maxAgeSeconds: number };
export const isSecureRequest = (req: FastifyRequest, policy: Pick<CookiePolicy, 'secure'>) =>
  policy.secure === 'auto' ? req.protocol === 'https' : policy.secure;
export const sessionCookieName = (req: FastifyRequest, policy: Pick<CookiePolicy, 'secure'>) =>
  isSecureRequest(req, policy) ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type AuthState =
  | { via: 'session'; session: SessionRow; account: AccountRow }
  | { via: 'token'; account: AccountRow };

export type RegisteredRoute = { method: string; url: string; access: AccessSpec };

declare module 'fastify' {
  interface FastifyInstance {
    /** Every /api route with its declared access: what the access matrix test walks. */
    accessRoutes: RegisteredRoute[];
  }
  interface FastifyRequest {
    auth: AuthState | null;
    actor: Actor | null;
  }
}

const unauthenticated = () => new AppError('unauthenticated', 'auth.signInRequired');

/** The signed-in actor of a route whose access spec guarantees one. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthenticated();
  return request.actor;
}

/** The session of a route declared `session` (sign-in steps). */
export function sessionOf(request: FastifyRequest): { session: SessionRow; account: AccountRow } {
  if (request.auth?.via !== 'session') throw unauthenticated();
  return request.auth;
}

export const clientOf = (request: FastifyRequest) => ({
  ip: request.ip ?? null,
  userAgent: request.headers['user-agent'] ?? null,
  requestId: String(request.id),
});

async function resolve(db: Db, request: FastifyRequest, opts: AuthOptions): Promise<AuthState | null> {
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(pcmt_[A-Za-z0-9_-]{20,100})$/.exec(header);
    if (!match) throw new AppError('unauthenticated', 'auth.invalidApiToken');
    const found = await findLiveToken(db, match[1]!);
    if (!found) throw new AppError('unauthenticated', 'auth.expiredApiToken');
    await touchToken(db, found.token);
    return { via: 'token', account: found.account };
  }
  const cookie = request.cookies[sessionCookieName(request, opts.cookies)];
  if (!cookie) return null;
  const found = await findLiveSession(db, cookie, opts.idleMinutes);
  if (!found) return null;
  await touchSession(db, found.session);
  return { via: 'session', session: found.session, account: found.account };
}

/**
 * One gate for every route: resolves the session or API token, checks CSRF on cookie-authenticated writes,
 * the sign-in stage (2FA, forced password change) and the route's declared access.
 */
export type AuthOptions = { idleMinutes: number; reauthMinutes: number; cookies: CookiePolicy };

const reauthRequired = (id: 'auth.reauthInBrowser' | 'auth.reauthRequired') =>
  new AppError('reauth_required', id);

/** A sensitive route: only a browser session that re-entered its password or code a few minutes ago. */
function assertRecentReauth(auth: AuthState, minutes: number): void {
  if (auth.via !== 'session') throw reauthRequired('auth.reauthInBrowser');
  const at = auth.session.reauthAt;
  if (!at || Date.now() - at.getTime() > minutes * 60_000) throw reauthRequired('auth.reauthRequired');
}

export function installAuth(app: FastifyInstance, db: Db, opts: AuthOptions): void {
  app.decorateRequest('auth', null);
  app.decorateRequest('actor', null);
  const registered: RegisteredRoute[] = [];
  app.decorate('accessRoutes', registered);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    if (!route.config?.access) throw new Error(`Route ${route.method} ${route.url} has no access spec`);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') registered.push({ method, url: route.url, access: route.config.access });
    }
  });
  // onRequest: refused callers are turned away before their body is even parsed.
  app.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
    const spec: AccessSpec | undefined = request.routeOptions.config?.access;
    if (!spec || spec.kind === 'public') return;
    const auth = await resolve(db, request, opts);
    if (!auth) throw unauthenticated();
    request.auth = auth;
    if (auth.via === 'session' && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !safeEqual(sent, auth.session.csrfToken)) {
        throw new AppError('csrf_failed', 'auth.csrfFailed');
      }
    }
    if (spec.kind === 'session') {
      if (auth.via !== 'session') throw new AppError('forbidden', 'auth.browserSessionOnly');
      if (spec.afterMfa && !spec.ready) {
        const stage = stageOf(auth.account, auth.session);
        if (stage === 'mfa_verify' || stage === 'mfa_enrol')
          throw new AppError('mfa_required', 'auth.mfaRequired');
        return;
      }
      if (!spec.ready) return;
    }
    if (auth.via === 'session') {
      const stage = stageOf(auth.account, auth.session);
      if (stage === 'mfa_verify' || stage === 'mfa_enrol')
        throw new AppError('mfa_required', 'auth.mfaRequired');
      if (stage === 'password_change')
        throw new AppError('password_change_required', 'auth.passwordChangeRequired');
    }
    const actor: Actor = {
      userId: auth.account.id,
      username: auth.account.username,
      agencyId: auth.account.agencyId,
      roles: auth.account.roles as Role[],
      via: auth.via,
      requestId: String(request.id),
      ip: request.ip ?? null,
    };
    if (spec.kind === 'permission' && !can(actor, spec.permission)) {
      throw new AppError('forbidden', 'auth.forbidden');
    }
    if ((spec.kind === 'permission' || spec.kind === 'session') && spec.reauth)
      assertRecentReauth(auth, opts.reauthMinutes);
    request.actor = actor;
  });
}
