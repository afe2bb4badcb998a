import { apiTokenView, viText, vnText } from '@pcmt/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../services.ts';
import { actorOf, clientOf, sessionOf } from '../auth-hook.ts';

const access = { access: { kind: 'session' as const, ready: true } };
const owner = (a: ReturnType<typeof actorOf>) => ({
  id: a.userId,
  username: a.username,
  agencyId: a.agencyId,
});
const view = apiTokenView;

/** One's own API tokens, managed from a fully signed-in browser session only (a token cannot mint tokens). */
export const tokenRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/auth/tokens',
      { config: access, schema: { tags: ['auth'], response: { 200: z.object({ data: z.array(view) }) } } },
      async (req) => ({
        data: await services.tokens.list(owner(actorOf(req))),
      }),
    );
    app.post(
      '/auth/tokens',
      {
        config: { access: { kind: 'session', ready: true, reauth: true } },
        schema: {
          tags: ['auth'],
          body: z.strictObject({
            name: vnText({ max: 100 }),
            days: z.number().int().min(1).max(366).optional(),
          }),
          response: { 201: z.object({ id: z.uuid(), token: z.string(), expiresAt: z.string().nullable() }) },
        },
      },
      async (req, reply) => {
        const { session: s, account } = sessionOf(req);
        const created = await services.tokens.create(owner(actorOf(req)), req.body.name, clientOf(req), {
          days: req.body.days,
          mfa: s.mfaPassed && account.mfaEnabled,
        });
        return reply.status(201).send(created);
      },
    );
    app.delete(
      '/auth/tokens/:id',
      {
        config: access,
        schema: { tags: ['auth'], params: z.strictObject({ id: z.uuid(viText('token.invalidId')) }) },
      },
      async (req, reply) => {
        await services.tokens.revoke(owner(actorOf(req)), req.params.id, clientOf(req));
        return reply.status(204).send();
      },
    );
  };
