import {
  pagedResult,
  plant,
  plantContract,
  plantCreate,
  plantListQuery,
  plantStatistics,
  plantStatisticsQuery,
  plantTransition,
  plantUpdate,
} from '@pcmt/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { PlantService } from '../../modules/plants/plant.service.ts';
import type { KitServices } from '../../registers/register.ts';
import { actorOf } from '../auth-hook.ts';
import { attachmentsRoute, onList, onRecord, recordIdParams, timelineRoute } from './kit-routes.ts';

const tags = ['plants'];
const type = plantContract.recordType;

/** `/api/v1/plants`: narcotic plants found and destroyed. Each route: parse, actor, one call. */
export const plantRoutes =
  (service: PlantService, kit: KitServices): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/plants',
      {
        config: onList('plant.read'),
        schema: { tags, querystring: plantListQuery, response: { 200: pagedResult(plant) } },
      },
      async (req) => service.list(actorOf(req), req.query),
    );
    app.get(
      '/plants/statistics',
      {
        config: onList('plant.statistics'),
        schema: { tags, querystring: plantStatisticsQuery, response: { 200: plantStatistics } },
      },
      async (req) => service.statistics(actorOf(req), req.query),
    );
    app.get(
      '/plants/:id',
      {
        config: onRecord('plant.read', type),
        schema: { tags, params: recordIdParams, response: { 200: plant } },
      },
      async (req) => service.get(actorOf(req), req.params.id),
    );
    app.post(
      '/plants',
      { config: onList('plant.write'), schema: { tags, body: plantCreate, response: { 201: plant } } },
      async (req, reply) => reply.status(201).send(await service.create(actorOf(req), req.body)),
    );
    app.put(
      '/plants/:id',
      {
        config: onRecord('plant.write', type),
        schema: { tags, params: recordIdParams, body: plantUpdate, response: { 200: plant } },
      },
      async (req) => service.update(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/plants/:id/transitions',
      {
        config: onRecord('plant.transition', type),
        schema: { tags, params: recordIdParams, body: plantTransition, response: { 200: plant } },
      },
      async (req) => service.transition(actorOf(req), req.params.id, req.body),
    );
    attachmentsRoute(app, {
      path: '/plants',
      recordType: type,
      permission: 'plant.read',
      tag: 'plants',
      attachments: kit.attachments,
    });
    timelineRoute(app, {
      path: '/plants',
      recordType: type,
      permission: 'plant.read',
      tag: 'plants',
      timeline: service.timeline,
    });
  };
