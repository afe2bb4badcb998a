import {
  business,
  businessChecklists,
  businessContract,
  businessCreate,
  businessInspections,
  businessListQuery,
  businessStatistics,
  businessStatisticsQuery,
  businessTransition,
  businessUpdate,
  inspection,
  inspectionCreate,
  pagedResult,
} from '@pcmt/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { BusinessService } from '../../modules/businesses/business.service.ts';
import type { KitServices } from '../../registers/register.ts';
import { actorOf } from '../auth-hook.ts';
import { attachmentsRoute, onList, onRecord, recordIdParams, timelineRoute } from './kit-routes.ts';

const tags = ['businesses'];
const type = businessContract.recordType;

/** `/api/v1/businesses`: conditional businesses and their inspections. Each route: parse, actor, one call. */
export const businessRoutes =
  (service: BusinessService, kit: KitServices): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/businesses',
      {
        config: onList('business.read'),
        schema: { tags, querystring: businessListQuery, response: { 200: pagedResult(business) } },
      },
      async (req) => service.list(actorOf(req), req.query),
    );
    app.get(
      '/businesses/checklists',
      { config: onList('business.read'), schema: { tags, response: { 200: businessChecklists } } },
      async (req) => service.checklists(actorOf(req)),
    );
    app.get(
      '/businesses/statistics',
      {
        config: onList('business.statistics'),
        schema: { tags, querystring: businessStatisticsQuery, response: { 200: businessStatistics } },
      },
      async (req) => service.statistics(actorOf(req), req.query),
    );
    app.get(
      '/businesses/:id',
      {
        config: onRecord('business.read', type),
        schema: { tags, params: recordIdParams, response: { 200: business } },
      },
      async (req) => service.get(actorOf(req), req.params.id),
    );
    app.post(
      '/businesses',
      {
        config: onList('business.write'),
        schema: { tags, body: businessCreate, response: { 201: business } },
      },
      async (req, reply) => reply.status(201).send(await service.create(actorOf(req), req.body)),
    );
    app.put(
      '/businesses/:id',
      {
        config: onRecord('business.write', type),
        schema: { tags, params: recordIdParams, body: businessUpdate, response: { 200: business } },
      },
      async (req) => service.update(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/businesses/:id/transitions',
      {
        config: onRecord('business.transition', type),
        schema: { tags, params: recordIdParams, body: businessTransition, response: { 200: business } },
      },
      async (req) => service.transition(actorOf(req), req.params.id, req.body),
    );
    app.get(
      '/businesses/:id/inspections',
      {
        config: onRecord('business.read', type),
        schema: { tags, params: recordIdParams, response: { 200: businessInspections } },
      },
      async (req) => ({ data: await service.inspections(actorOf(req), req.params.id) }),
    );
    app.post(
      '/businesses/:id/inspections',
      {
        config: onRecord('business.inspect', type),
        schema: {
          tags,
          params: recordIdParams,
          body: inspectionCreate,
          response: { 201: z.object({ inspection, business }) },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await service.inspect(actorOf(req), req.params.id, req.body)),
    );
    attachmentsRoute(app, {
      path: '/businesses',
      recordType: type,
      permission: 'business.read',
      tag: 'businesses',
      attachments: kit.attachments,
    });
    timelineRoute(app, {
      path: '/businesses',
      recordType: type,
      permission: 'business.read',
      tag: 'businesses',
      timeline: service.timeline,
    });
  };
