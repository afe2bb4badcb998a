import { locateQuery, unit, unitLinkList, unitList, unitsQuery, viText } from '@pcmt/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../services.ts';

const idParams = z.strictObject({ id: z.uuid(viText('unit.invalidId')) });
const pub = { access: { kind: 'public' as const } };

/** Unit lists and boundaries are public state data (GSO, National Assembly resolutions). */
export const unitRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/units',
      { config: pub, schema: { tags: ['units'], querystring: unitsQuery, response: { 200: unitList } } },
      async (req) => ({
        data: await services.units.list(req.query.at),
      }),
    );

    app.get(
      '/units/boundaries',
      { config: pub, schema: { tags: ['units'], querystring: unitsQuery } },
      async (req, reply) => {
        reply.header('content-type', 'application/geo+json; charset=utf-8');
        return reply.send(await services.units.boundariesJson(req.query.at));
      },
    );

    app.get(
      '/units/locate',
      {
        config: pub,
        schema: {
          tags: ['units'],
          querystring: locateQuery,
          response: {
            200: z.object({
              data: z.object({ unit, precision: z.string(), candidates: z.array(unit) }).nullable(),
            }),
          },
        },
      },
      async (req) => ({ data: await services.units.locatePoint(req.query.lat, req.query.lng, req.query.at) }),
    );

    for (const direction of ['successors', 'predecessors'] as const) {
      app.get(
        `/units/:id/${direction}`,
        { config: pub, schema: { tags: ['units'], params: idParams, response: { 200: unitLinkList } } },
        async (req) => ({ data: await services.units.links(req.params.id, direction) }),
      );
    }
  };
