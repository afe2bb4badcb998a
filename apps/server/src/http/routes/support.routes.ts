import {
  pagedResult,
  support,
  supportContract,
  supportCreate,
  supportListQuery,
  supportStatistics,
  supportStatisticsQuery,
  supportUpdate,
} from '@pcmt/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { SupportService } from '../../modules/support/support.service.ts';
import type { KitServices } from '../../registers/register.ts';
import { actorOf } from '../auth-hook.ts';
import { attachmentsRoute, onList, onRecord, recordIdParams, timelineRoute } from './kit-routes.ts';

const tags = ['support'];
const type = supportContract.recordType;

/** `/api/v1/support`: funds and equipment given to commune police, and their figures. */
export const supportRoutes =
  (service: SupportService, kit: KitServices): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/support',
      {
        config: onList('support.read'),
        schema: { tags, querystring: supportListQuery, response: { 200: pagedResult(support) } },
      },
      async (req) => service.list(actorOf(req), req.query),
    );
    app.get(
      '/support/statistics',
      {
        config: onList('support.statistics'),
        schema: { tags, querystring: supportStatisticsQuery, response: { 200: supportStatistics } },
      },
      async (req) => service.statistics(actorOf(req), req.query),
    );
    app.get(
      '/support/:id',
      {
        config: onRecord('support.read', type),
        schema: { tags, params: recordIdParams, response: { 200: support } },
      },
      async (req) => service.get(actorOf(req), req.params.id),
    );
    app.post(
      '/support',
      {
        config: onList('support.write'),
        schema: { tags, body: supportCreate, response: { 201: support } },
      },
      async (req, reply) => reply.status(201).send(await service.create(actorOf(req), req.body)),
    );
    app.put(
      '/support/:id',
      {
        config: onRecord('support.write', type),
        schema: { tags, params: recordIdParams, body: supportUpdate, response: { 200: support } },
      },
      async (req) => service.update(actorOf(req), req.params.id, req.body),
    );
    attachmentsRoute(app, {
      path: '/support',
      recordType: type,
      permission: 'support.read',
      tag: 'support',
      attachments: kit.attachments,
    });
    timelineRoute(app, {
      path: '/support',
      recordType: type,
      permission: 'support.read',
      tag: 'support',
      timeline: service.timeline,
    });
  };
