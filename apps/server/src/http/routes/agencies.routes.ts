import { agency, agencyCreate, agencyListQuery, agencyUpdate, pagedResult, viText } from '@pcmt/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../services.ts';
import { actorOf } from '../auth-hook.ts';

const idParams = z.strictObject({ id: z.uuid(viText('agency.invalidId')) });
const read = {
  access: { kind: 'permission' as const, permission: 'agency.read' as const, record: 'agency' as const },
};
const manage = {
  access: { kind: 'permission' as const, permission: 'agency.manage' as const, record: 'agency' as const },
};

export const agencyRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/agencies',
      {
        config: { access: { kind: 'permission', permission: 'agency.read' } },
        schema: { tags: ['access'], querystring: agencyListQuery, response: { 200: pagedResult(agency) } },
      },
      async (req) => services.agencies.list(actorOf(req), req.query),
    );
    app.get(
      '/agencies/:id',
      { config: read, schema: { tags: ['access'], params: idParams, response: { 200: agency } } },
      async (req) => services.agencies.get(actorOf(req), req.params.id),
    );
    app.post(
      '/agencies',
      {
        config: { access: { kind: 'permission', permission: 'agency.manage' } },
        schema: { tags: ['access'], body: agencyCreate, response: { 201: agency } },
      },
      async (req, reply) => reply.status(201).send(await services.agencies.create(actorOf(req), req.body)),
    );
    app.put(
      '/agencies/:id',
      {
        config: manage,
        schema: { tags: ['access'], params: idParams, body: agencyUpdate, response: { 200: agency } },
      },
      async (req) => services.agencies.update(actorOf(req), req.params.id, req.body),
    );
  };
