import { pagedResult, user, userCreate, userListQuery, userUpdate, viText } from '@pcmt/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../services.ts';
import { actorOf } from '../auth-hook.ts';

const idParams = z.strictObject({ id: z.uuid(viText('user.invalidId')) });
const read = {
  access: { kind: 'permission' as const, permission: 'user.read' as const, record: 'user' as const },
};
const manage = {
  access: { kind: 'permission' as const, permission: 'user.manage' as const, record: 'user' as const },
};
/** Granting roles and taking over another account's credentials need a fresh password or code. */
const sensitive = { access: { ...manage.access, reauth: true } };
const empty = z.strictObject({});

export const userRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/users',
      {
        config: { access: { kind: 'permission', permission: 'user.read' } },
        schema: { tags: ['access'], querystring: userListQuery, response: { 200: pagedResult(user) } },
      },
      async (req) => services.users.list(actorOf(req), req.query),
    );
    app.get(
      '/users/:id',
      { config: read, schema: { tags: ['access'], params: idParams, response: { 200: user } } },
      async (req) => services.users.get(actorOf(req), req.params.id),
    );
    app.post(
      '/users',
      {
        config: { access: { kind: 'permission', permission: 'user.manage', reauth: true } },
        schema: { tags: ['access'], body: userCreate, response: { 201: user } },
      },
      async (req, reply) => reply.status(201).send(await services.users.create(actorOf(req), req.body)),
    );
    app.put(
      '/users/:id',
      {
        config: sensitive,
        schema: { tags: ['access'], params: idParams, body: userUpdate, response: { 200: user } },
      },
      async (req) => services.users.update(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/users/:id/unlock',
      {
        config: manage,
        schema: { tags: ['access'], params: idParams, body: empty.optional(), response: { 200: user } },
      },
      async (req) => services.users.unlock(actorOf(req), req.params.id),
    );
    app.post(
      '/users/:id/reset-mfa',
      {
        config: sensitive,
        schema: { tags: ['access'], params: idParams, body: empty.optional(), response: { 200: user } },
      },
      async (req) => services.users.resetMfa(actorOf(req), req.params.id),
    );
    app.post(
      '/users/:id/reset-password',
      {
        config: sensitive,
        schema: {
          tags: ['access'],
          params: idParams,
          body: empty.optional(),
          response: { 200: z.object({ user, password: z.string() }) },
        },
      },
      async (req) => services.users.resetPassword(actorOf(req), req.params.id),
    );
  };
