import {
  activityTransition,
  pagedResult,
  propaganda,
  propagandaContract,
  propagandaCreate,
  propagandaListQuery,
  propagandaStatistics,
  propagandaStatisticsQuery,
  propagandaUpdate,
} from '@pcmt/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { PropagandaService } from '../../modules/propaganda/propaganda.service.ts';
import type { KitServices } from '../../registers/register.ts';
import { actorOf } from '../auth-hook.ts';
import { attachmentsRoute, onList, onRecord, recordIdParams, timelineRoute } from './kit-routes.ts';

const tags = ['propaganda'];
const type = propagandaContract.recordType;

/** `/api/v1/propaganda`: drug prevention propaganda sessions. Each route: parse, actor, one call. */
export const propagandaRoutes =
  (service: PropagandaService, kit: KitServices): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/propaganda',
      {
        config: onList('propaganda.read'),
        schema: { tags, querystring: propagandaListQuery, response: { 200: pagedResult(propaganda) } },
      },
      async (req) => service.list(actorOf(req), req.query),
    );
    app.get(
      '/propaganda/statistics',
      {
        config: onList('propaganda.statistics'),
        schema: { tags, querystring: propagandaStatisticsQuery, response: { 200: propagandaStatistics } },
      },
      async (req) => service.statistics(actorOf(req), req.query),
    );
    app.get(
      '/propaganda/:id',
      {
        config: onRecord('propaganda.read', type),
        schema: { tags, params: recordIdParams, response: { 200: propaganda } },
      },
      async (req) => service.get(actorOf(req), req.params.id),
    );
    app.post(
      '/propaganda',
      {
        config: onList('propaganda.write'),
        schema: { tags, body: propagandaCreate, response: { 201: propaganda } },
      },
      async (req, reply) => reply.status(201).send(await service.create(actorOf(req), req.body)),
    );
    app.put(
      '/propaganda/:id',
      {
        config: onRecord('propaganda.write', type),
        schema: { tags, params: recordIdParams, body: propagandaUpdate, response: { 200: propaganda } },
      },
      async (req) => service.update(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/propaganda/:id/transitions',
      {
        config: onRecord('propaganda.write', type),
        schema: { tags, params: recordIdParams, body: activityTransition, response: { 200: propaganda } },
      },
      async (req) => service.transition(actorOf(req), req.params.id, req.body),
    );
    attachmentsRoute(app, {
      path: '/propaganda',
      recordType: type,
      permission: 'propaganda.read',
      tag: 'propaganda',
      attachments: kit.attachments,
    });
    timelineRoute(app, {
      path: '/propaganda',
      recordType: type,
      permission: 'propaganda.read',
      tag: 'propaganda',
      timeline: service.timeline,
    });
  };
