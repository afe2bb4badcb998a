import { sessionView, viText } from '@pcmt/contracts';
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

/** One's own live sessions: list them, end the others. */
export const sessionRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/auth/sessions',
      {
        config: access,
        schema: { tags: ['auth'], response: { 200: z.object({ data: z.array(sessionView) }) } },
      },
      async (req) => ({ data: await services.sessions.list(owner(actorOf(req)), sessionOf(req).session) }),
    );
    app.delete(
      '/auth/sessions/:id',
      {
        config: access,
        schema: {
          tags: ['auth'],
          params: z.strictObject({ id: z.string().regex(/^[0-9a-f]{64}$/, viText('session.invalidId')) }),
        },
      },
      async (req, reply) => {
        await services.sessions.revoke(
          owner(actorOf(req)),
          sessionOf(req).session,
          req.params.id,
          clientOf(req),
        );
        return reply.status(204).send();
      },
    );
  };
