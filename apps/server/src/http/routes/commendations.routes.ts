import {
  commendation,
  commendationContract,
  commendationCreate,
  commendationListQuery,
  commendationStatistics,
  commendationStatisticsQuery,
  commendationTransition,
  commendationUpdate,
  pagedResult,
} from '@pcmt/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { CommendationService } from '../../modules/commendations/commendation.service.ts';
import type { KitServices } from '../../registers/register.ts';
import { actorOf } from '../auth-hook.ts';
import { attachmentsRoute, onList, onRecord, recordIdParams, timelineRoute } from './kit-routes.ts';

const tags = ['commendations'];
const type = commendationContract.recordType;

/** `/api/v1/commendations`: proposals, decisions, counts. Each route: parse, actor, one call. */
export const commendationRoutes =
  (service: CommendationService, kit: KitServices): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/commendations',
      {
        config: onList('commendation.read'),
        schema: { tags, querystring: commendationListQuery, response: { 200: pagedResult(commendation) } },
      },
      async (req) => service.list(actorOf(req), req.query),
    );
    app.get(
      '/commendations/statistics',
      {
        config: onList('commendation.statistics'),
        schema: { tags, querystring: commendationStatisticsQuery, response: { 200: commendationStatistics } },
      },
      async (req) => service.statistics(actorOf(req), req.query),
    );
    app.get(
      '/commendations/:id',
      {
        config: onRecord('commendation.read', type),
        schema: { tags, params: recordIdParams, response: { 200: commendation } },
      },
      async (req) => service.get(actorOf(req), req.params.id),
    );
    app.post(
      '/commendations',
      {
        config: onList('commendation.write'),
        schema: { tags, body: commendationCreate, response: { 201: commendation } },
      },
      async (req, reply) => reply.status(201).send(await service.create(actorOf(req), req.body)),
    );
    app.put(
      '/commendations/:id',
      {
        config: onRecord('commendation.write', type),
        schema: { tags, params: recordIdParams, body: commendationUpdate, response: { 200: commendation } },
      },
      async (req) => service.update(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/commendations/:id/transitions',
      {
        config: onRecord('commendation.decide', type),
        schema: {
          tags,
          params: recordIdParams,
          body: commendationTransition,
          response: { 200: commendation },
        },
      },
      async (req) => service.transition(actorOf(req), req.params.id, req.body),
    );
    attachmentsRoute(app, {
      path: '/commendations',
      recordType: type,
      permission: 'commendation.read',
      tag: 'commendations',
      attachments: kit.attachments,
    });
    timelineRoute(app, {
      path: '/commendations',
      recordType: type,
      permission: 'commendation.read',
      tag: 'commendations',
      timeline: service.timeline,
    });
  };
