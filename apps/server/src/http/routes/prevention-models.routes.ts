import {
  modelResult,
  modelResultCreate,
  modelResultList,
  pagedResult,
  preventionModel,
  preventionModelContract,
  preventionModelCreate,
  preventionModelListQuery,
  preventionModelStatistics,
  preventionModelStatisticsQuery,
  preventionModelTransition,
  preventionModelUpdate,
} from '@pcmt/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PreventionModelService } from '../../modules/mobilisation/prevention-model.service.ts';
import type { KitServices } from '../../registers/register.ts';
import { actorOf } from '../auth-hook.ts';
import { attachmentsRoute, onList, onRecord, recordIdParams, timelineRoute } from './kit-routes.ts';

const tags = ['models'];
const type = preventionModelContract.recordType;
const path = '/models';

/** `/api/v1/models`: model initiatives (mô hình phòng, chống ma túy) and their periodic results. */
export const preventionModelRoutes =
  (service: PreventionModelService, kit: KitServices): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      path,
      {
        config: onList('prevention_model.read'),
        schema: {
          tags,
          querystring: preventionModelListQuery,
          response: { 200: pagedResult(preventionModel) },
        },
      },
      async (req) => service.list(actorOf(req), req.query),
    );
    app.get(
      `${path}/statistics`,
      {
        config: onList('prevention_model.statistics'),
        schema: {
          tags,
          querystring: preventionModelStatisticsQuery,
          response: { 200: preventionModelStatistics },
        },
      },
      async (req) => service.statistics(actorOf(req), req.query),
    );
    app.get(
      `${path}/:id`,
      {
        config: onRecord('prevention_model.read', type),
        schema: { tags, params: recordIdParams, response: { 200: preventionModel } },
      },
      async (req) => service.get(actorOf(req), req.params.id),
    );
    app.post(
      path,
      {
        config: onList('prevention_model.write'),
        schema: { tags, body: preventionModelCreate, response: { 201: preventionModel } },
      },
      async (req, reply) => reply.status(201).send(await service.create(actorOf(req), req.body)),
    );
    app.put(
      `${path}/:id`,
      {
        config: onRecord('prevention_model.write', type),
        schema: {
          tags,
          params: recordIdParams,
          body: preventionModelUpdate,
          response: { 200: preventionModel },
        },
      },
      async (req) => service.update(actorOf(req), req.params.id, req.body),
    );
    app.post(
      `${path}/:id/transitions`,
      {
        config: onRecord('prevention_model.write', type),
        schema: {
          tags,
          params: recordIdParams,
          body: preventionModelTransition,
          response: { 200: preventionModel },
        },
      },
      async (req) => service.transition(actorOf(req), req.params.id, req.body),
    );
    app.get(
      `${path}/:id/results`,
      {
        config: onRecord('prevention_model.read', type),
        schema: { tags, params: recordIdParams, response: { 200: modelResultList } },
      },
      async (req) => ({ data: await service.results(actorOf(req), req.params.id) }),
    );
    app.post(
      `${path}/:id/results`,
      {
        config: onRecord('prevention_model.report', type),
        schema: {
          tags,
          params: recordIdParams,
          body: modelResultCreate,
          response: { 201: z.object({ result: modelResult, model: preventionModel }) },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await service.report(actorOf(req), req.params.id, req.body)),
    );
    attachmentsRoute(app, {
      path,
      recordType: type,
      permission: 'prevention_model.read',
      tag: 'models',
      attachments: kit.attachments,
    });
    timelineRoute(app, {
      path,
      recordType: type,
      permission: 'prevention_model.read',
      tag: 'models',
      timeline: service.timeline,
    });
  };
