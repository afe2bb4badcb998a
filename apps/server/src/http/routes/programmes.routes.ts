import {
  pagedResult,
  programme,
  programmeContract,
  programmeCreate,
  programmeEvaluation,
  programmeListItem,
  programmeListQuery,
  programmeMembersUpdate,
  programmePlanItems,
  programmeReport,
  programmeReportCreate,
  programmeTransition,
  programmeUpdate,
  task,
} from '@pcmt/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ProgrammeService } from '../../modules/programmes/programme.service.ts';
import type { KitServices } from '../../registers/register.ts';
import { actorOf } from '../auth-hook.ts';
import { attachmentsRoute, onList, onRecord, recordIdParams, timelineRoute } from './kit-routes.ts';

const tags = ['programmes'];
const type = programmeContract.recordType;

/** `/api/v1/programmes`: transformation programmes (chuyển hóa địa bàn). Each route: parse, actor, one call. */
export const programmeRoutes =
  (service: ProgrammeService, kit: KitServices): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/programmes',
      {
        config: onList('programme.read'),
        schema: { tags, querystring: programmeListQuery, response: { 200: pagedResult(programmeListItem) } },
      },
      async (req) => service.list(actorOf(req), req.query),
    );
    app.get(
      '/programmes/:id',
      {
        config: onRecord('programme.read', type),
        schema: { tags, params: recordIdParams, response: { 200: programme } },
      },
      async (req) => service.get(actorOf(req), req.params.id),
    );
    app.post(
      '/programmes',
      {
        config: onList('programme.write'),
        schema: { tags, body: programmeCreate, response: { 201: programme } },
      },
      async (req, reply) => reply.status(201).send(await service.create(actorOf(req), req.body)),
    );
    app.put(
      '/programmes/:id',
      {
        config: onRecord('programme.write', type),
        schema: { tags, params: recordIdParams, body: programmeUpdate, response: { 200: programme } },
      },
      async (req) => service.update(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/programmes/:id/transitions',
      {
        config: onRecord('programme.write', type),
        schema: { tags, params: recordIdParams, body: programmeTransition, response: { 200: programme } },
      },
      async (req) => service.transition(actorOf(req), req.params.id, req.body),
    );
    app.put(
      '/programmes/:id/members',
      {
        config: onRecord('programme.write', type),
        schema: { tags, params: recordIdParams, body: programmeMembersUpdate, response: { 200: programme } },
      },
      async (req) => service.members(actorOf(req), req.params.id, req.body),
    );
    app.get(
      '/programmes/:id/reports',
      {
        config: onRecord('programme.read', type),
        schema: {
          tags,
          params: recordIdParams,
          response: { 200: z.object({ data: z.array(programmeReport) }) },
        },
      },
      async (req) => service.reports(actorOf(req), req.params.id),
    );
    app.post(
      '/programmes/:id/reports',
      {
        config: onRecord('programme.report', type),
        schema: {
          tags,
          params: recordIdParams,
          body: programmeReportCreate,
          response: { 201: programmeReport },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await service.addReport(actorOf(req), req.params.id, req.body)),
    );
    app.post(
      '/programmes/:id/evaluation',
      {
        config: onRecord('programme.evaluate', type),
        schema: { tags, params: recordIdParams, body: programmeEvaluation, response: { 200: programme } },
      },
      async (req) => service.evaluate(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/programmes/:id/tasks',
      {
        config: onRecord('programme.write', type),
        schema: {
          tags,
          params: recordIdParams,
          body: programmePlanItems,
          response: { 201: z.object({ data: z.array(task) }) },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await service.planTasks(actorOf(req), req.params.id, req.body)),
    );
    attachmentsRoute(app, {
      path: '/programmes',
      recordType: type,
      permission: 'programme.read',
      tag: 'programmes',
      attachments: kit.attachments,
    });
    timelineRoute(app, {
      path: '/programmes',
      recordType: type,
      permission: 'programme.read',
      tag: 'programmes',
      timeline: service.timeline,
    });
  };
