import {
  pagedResult,
  scorecard,
  scorecardQuery,
  task,
  taskContract,
  taskCreate,
  taskDetail,
  taskListQuery,
  taskMove,
  taskMoveWithReason,
  taskProgress,
  taskUpdate,
} from '@pcmt/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TaskService } from '../../modules/tasks/task.service.ts';
import type { KitServices } from '../../registers/register.ts';
import { actorOf } from '../auth-hook.ts';
import { attachmentsRoute, onList, onRecord, recordIdParams, timelineRoute } from './kit-routes.ts';

const tags = ['tasks'];
const type = taskContract.recordType;

/**
 * `/api/v1/tasks` (nhiệm vụ) and `/api/v1/scorecards`. Each route: parse, actor, one service call. Tasks from a
 * programme's plan are created under `/api/v1/programmes/:id/tasks`.
 */
export const taskRoutes =
  (service: TaskService, kit: KitServices): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/tasks',
      {
        config: onList('task.read'),
        schema: { tags, querystring: taskListQuery, response: { 200: pagedResult(task) } },
      },
      async (req) => service.list(actorOf(req), req.query),
    );
    app.get(
      '/scorecards',
      {
        config: onList('scorecard.read'),
        schema: { tags, querystring: scorecardQuery, response: { 200: scorecard } },
      },
      async (req) => service.scorecard(actorOf(req), req.query),
    );
    app.get(
      '/tasks/:id',
      {
        config: onRecord('task.read', type),
        schema: { tags, params: recordIdParams, response: { 200: taskDetail } },
      },
      async (req) => service.get(actorOf(req), req.params.id),
    );
    app.post(
      '/tasks',
      { config: onList('task.assign'), schema: { tags, body: taskCreate, response: { 201: task } } },
      async (req, reply) => reply.status(201).send(await service.create(actorOf(req), req.body)),
    );
    app.put(
      '/tasks/:id',
      {
        config: onRecord('task.assign', type),
        schema: { tags, params: recordIdParams, body: taskUpdate, response: { 200: task } },
      },
      async (req) => service.update(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/tasks/:id/updates',
      {
        config: onRecord('task.report', type),
        schema: { tags, params: recordIdParams, body: taskProgress, response: { 200: taskDetail } },
      },
      async (req) => service.progress(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/tasks/:id/complete',
      {
        config: onRecord('task.report', type),
        schema: { tags, params: recordIdParams, body: taskMove, response: { 200: task } },
      },
      async (req) => service.complete(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/tasks/:id/accept',
      {
        config: onRecord('task.accept', type),
        schema: { tags, params: recordIdParams, body: taskMove, response: { 200: task } },
      },
      async (req) => service.accept(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/tasks/:id/return',
      {
        config: onRecord('task.accept', type),
        schema: { tags, params: recordIdParams, body: taskMoveWithReason, response: { 200: task } },
      },
      async (req) => service.giveBack(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/tasks/:id/cancel',
      {
        config: onRecord('task.assign', type),
        schema: { tags, params: recordIdParams, body: taskMoveWithReason, response: { 200: task } },
      },
      async (req) => service.cancel(actorOf(req), req.params.id, req.body),
    );
    attachmentsRoute(app, {
      path: '/tasks',
      recordType: type,
      permission: 'task.read',
      tag: 'tasks',
      attachments: kit.attachments,
    });
    timelineRoute(app, {
      path: '/tasks',
      recordType: type,
      permission: 'task.read',
      tag: 'tasks',
      timeline: service.timeline,
    });
  };
