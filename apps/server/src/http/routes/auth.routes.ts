import { loginRequest, me, mfaVerifyRequest, passwordChangeRequest, reauthRequest } from '@pcmt/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../services.ts';
import { type CookiePolicy, clientOf, isSecureRequest, sessionCookieName, sessionOf } from '../auth-hook.ts';

const session = { access: { kind: 'session' as const } };
const empty = z.strictObject({}).optional();

/** Sign-in attempts per client IP and minute (password and code steps), on top of the per-account lockout. */
export type AuthLimits = { perMinute: number };

export const authRoutes =
  (
    services: Services,
    cookies: CookiePolicy,
    limits: AuthLimits = { perMinute: 20 },
  ): FastifyPluginAsyncZod =>
  async (app) => {
    // Set and cleared with the same attributes: a browser only drops a cookie whose name, path and
    // (for __Host-) Secure flag match.
    const attributes = (req: FastifyRequest) =>
      ({ path: '/', httpOnly: true, sameSite: 'strict', secure: isSecureRequest(req, cookies) }) as const;
    const setCookie = (req: FastifyRequest, reply: FastifyReply, token: string) =>
      reply.setCookie(sessionCookieName(req, cookies), token, {
        ...attributes(req),
        maxAge: cookies.maxAgeSeconds,
      });

    app.post(
      '/auth/login',
      {
        config: { access: { kind: 'public' }, rateLimit: { max: limits.perMinute, timeWindow: '1 minute' } },
        schema: { tags: ['auth'], body: loginRequest, response: { 200: me } },
      },
      async (req, reply) => {
        const result = await services.auth.login(req.body.username, req.body.password, clientOf(req));
        setCookie(req, reply, result.token);
        return result.me;
      },
    );

    app.post(
      '/auth/logout',
      { config: session, schema: { tags: ['auth'], body: empty } },
      async (req, reply) => {
        const { session: s, account } = sessionOf(req);
        await services.auth.logout(s, account, clientOf(req));
        reply.clearCookie(sessionCookieName(req, cookies), attributes(req));
        return reply.status(204).send();
      },
    );

    app.get(
      '/auth/me',
      { config: session, schema: { tags: ['auth'], response: { 200: me } } },
      async (req) => {
        const { session: s, account } = sessionOf(req);
        return services.auth.me(account, s);
      },
    );

    app.post(
      '/auth/mfa/verify',
      {
        config: { ...session, rateLimit: { max: limits.perMinute, timeWindow: '1 minute' } },
        schema: { tags: ['auth'], body: mfaVerifyRequest, response: { 200: me } },
      },
      async (req) => {
        const { session: s, account } = sessionOf(req);
        return services.mfa.verifyMfa(s, account, req.body.code, clientOf(req));
      },
    );

    app.post(
      '/auth/mfa/enrol/start',
      {
        config: session,
        schema: {
          tags: ['auth'],
          body: empty,
          response: { 200: z.object({ secret: z.string(), otpauthUrl: z.string() }) },
        },
      },
      async (req) => {
        const { session: s, account } = sessionOf(req);
        return services.mfa.startEnrolment(s, account, clientOf(req));
      },
    );

    app.post(
      '/auth/mfa/enrol/confirm',
      {
        config: { ...session, rateLimit: { max: limits.perMinute, timeWindow: '1 minute' } },
        schema: {
          tags: ['auth'],
          body: mfaVerifyRequest,
          response: { 200: z.object({ recoveryCodes: z.array(z.string()), me }) },
        },
      },
      async (req) => {
        const { session: s, account } = sessionOf(req);
        return services.mfa.confirmEnrolment(s, account, req.body.code, clientOf(req));
      },
    );

    app.post(
      '/auth/reauth',
      {
        config: {
          access: { kind: 'session', ready: true },
          rateLimit: { max: limits.perMinute, timeWindow: '1 minute' },
        },
        schema: { tags: ['auth'], body: reauthRequest, response: { 200: me } },
      },
      async (req) => {
        const { session: s, account } = sessionOf(req);
        const client = clientOf(req);
        return req.body.code !== undefined
          ? services.mfa.reauthWithCode(s, account, req.body.code, client)
          : services.auth.reauthWithPassword(s, account, req.body.password ?? '', client);
      },
    );

    // Not before the second factor: a password-only attacker would change it and lock the owner out.
    app.post(
      '/auth/password',
      {
        config: {
          access: { kind: 'session', afterMfa: true },
          rateLimit: { max: limits.perMinute, timeWindow: '1 minute' },
        },
        schema: { tags: ['auth'], body: passwordChangeRequest, response: { 200: me } },
      },
      async (req) => {
        const { session: s, account } = sessionOf(req);
        return services.auth.changePassword(
          s,
          account,
          req.body.currentPassword,
          req.body.newPassword,
          clientOf(req),
        );
      },
    );
  };
