import {
  hotspot,
  hotspotContract,
  hotspotCreate,
  hotspotListQuery,
  hotspotMap,
  hotspotMapQuery,
  hotspotStatistics,
  hotspotStatisticsQuery,
  hotspotTransition,
  hotspotUpdate,
  pagedResult,
} from '@pcmt/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { HotspotService } from '../../modules/hotspots/hotspot.service.ts';
import type { KitServices } from '../../registers/register.ts';
import { actorOf } from '../auth-hook.ts';
import { attachmentsRoute, onList, onRecord, recordIdParams, timelineRoute } from './kit-routes.ts';

const tags = ['hotspots'];
const type = hotspotContract.recordType;

/** `/api/v1/hotspots`: the register of điểm, tụ điểm. Each route: parse, actor, one service call. */
export const hotspotRoutes =
  (service: HotspotService, kit: KitServices): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/hotspots',
      {
        config: onList('hotspot.read'),
        schema: { tags, querystring: hotspotListQuery, response: { 200: pagedResult(hotspot) } },
      },
      async (req) => service.list(actorOf(req), req.query),
    );
    app.get(
      '/hotspots/map',
      {
        config: onList('hotspot.read'),
        schema: { tags, querystring: hotspotMapQuery, response: { 200: hotspotMap } },
      },
      async (req) => service.map(actorOf(req), req.query),
    );
    app.get(
      '/hotspots/statistics',
      {
        config: onList('hotspot.read'),
        schema: { tags, querystring: hotspotStatisticsQuery, response: { 200: hotspotStatistics } },
      },
      async (req) => service.statistics(actorOf(req), req.query),
    );
    app.get(
      '/hotspots/:id',
      {
        config: onRecord('hotspot.read', type),
        schema: { tags, params: recordIdParams, response: { 200: hotspot } },
      },
      async (req) => service.get(actorOf(req), req.params.id),
    );
    app.post(
      '/hotspots',
      { config: onList('hotspot.write'), schema: { tags, body: hotspotCreate, response: { 201: hotspot } } },
      async (req, reply) => reply.status(201).send(await service.create(actorOf(req), req.body)),
    );
    app.put(
      '/hotspots/:id',
      {
        config: onRecord('hotspot.write', type),
        schema: { tags, params: recordIdParams, body: hotspotUpdate, response: { 200: hotspot } },
      },
      async (req) => service.update(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/hotspots/:id/transitions',
      {
        config: onRecord('hotspot.transition', type),
        schema: { tags, params: recordIdParams, body: hotspotTransition, response: { 200: hotspot } },
      },
      async (req) => service.transition(actorOf(req), req.params.id, req.body),
    );
    attachmentsRoute(app, {
      path: '/hotspots',
      recordType: type,
      permission: 'hotspot.read',
      tag: 'hotspots',
      attachments: kit.attachments,
    });
    timelineRoute(app, {
      path: '/hotspots',
      recordType: type,
      permission: 'hotspot.read',
      tag: 'hotspots',
      timeline: service.timeline,
    });
  };
