import {
  difficulty,
  difficultyAnswer,
  difficultyContract,
  difficultyCreate,
  difficultyListQuery,
  difficultyStatistics,
  difficultyStatisticsQuery,
  difficultyTransition,
  difficultyUpdate,
  pagedResult,
} from '@pcmt/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { DifficultyService } from '../../modules/difficulties/difficulty.service.ts';
import type { KitServices } from '../../registers/register.ts';
import { actorOf } from '../auth-hook.ts';
import { attachmentsRoute, onList, onRecord, recordIdParams, timelineRoute } from './kit-routes.ts';

const tags = ['difficulties'];
const type = difficultyContract.recordType;

/** `/api/v1/difficulties`: difficulties and proposals raised by agencies, answered by the province. */
export const difficultyRoutes =
  (service: DifficultyService, kit: KitServices): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/difficulties',
      {
        config: onList('difficulty.read'),
        schema: { tags, querystring: difficultyListQuery, response: { 200: pagedResult(difficulty) } },
      },
      async (req) => service.list(actorOf(req), req.query),
    );
    app.get(
      '/difficulties/statistics',
      {
        config: onList('difficulty.statistics'),
        schema: { tags, querystring: difficultyStatisticsQuery, response: { 200: difficultyStatistics } },
      },
      async (req) => service.statistics(actorOf(req), req.query),
    );
    app.get(
      '/difficulties/:id',
      {
        config: onRecord('difficulty.read', type),
        schema: { tags, params: recordIdParams, response: { 200: difficulty } },
      },
      async (req) => service.get(actorOf(req), req.params.id),
    );
    app.post(
      '/difficulties',
      {
        config: onList('difficulty.raise'),
        schema: { tags, body: difficultyCreate, response: { 201: difficulty } },
      },
      async (req, reply) => reply.status(201).send(await service.create(actorOf(req), req.body)),
    );
    app.put(
      '/difficulties/:id',
      {
        config: onRecord('difficulty.raise', type),
        schema: { tags, params: recordIdParams, body: difficultyUpdate, response: { 200: difficulty } },
      },
      async (req) => service.update(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/difficulties/:id/answer',
      {
        config: onRecord('difficulty.answer', type),
        schema: { tags, params: recordIdParams, body: difficultyAnswer, response: { 200: difficulty } },
      },
      async (req) => service.answer(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/difficulties/:id/transitions',
      {
        config: onRecord('difficulty.raise', type),
        schema: { tags, params: recordIdParams, body: difficultyTransition, response: { 200: difficulty } },
      },
      async (req) => service.transition(actorOf(req), req.params.id, req.body),
    );
    attachmentsRoute(app, {
      path: '/difficulties',
      recordType: type,
      permission: 'difficulty.read',
      tag: 'difficulties',
      attachments: kit.attachments,
    });
    timelineRoute(app, {
      path: '/difficulties',
      recordType: type,
      permission: 'difficulty.read',
      tag: 'difficulties',
      timeline: service.timeline,
    });
  };
