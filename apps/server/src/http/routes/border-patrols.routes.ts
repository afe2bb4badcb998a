import {
  borderPatrol,
  borderPatrolContract,
  borderPatrolCreate,
  borderPatrolListQuery,
  borderPatrolResultCreate,
  borderPatrolResultResponse,
  borderPatrolTransition,
  borderPatrolUpdate,
  borderReference,
  borderStatistics,
  borderStatisticsQuery,
  pagedResult,
} from '@pcmt/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { BorderPatrolService } from '../../modules/border/patrol.service.ts';
import type { KitServices } from '../../registers/register.ts';
import { actorOf } from '../auth-hook.ts';
import { attachmentsRoute, onList, onRecord, recordIdParams, timelineRoute } from './kit-routes.ts';

const tags = ['border-patrols'];
const type = borderPatrolContract.recordType;

/** `/api/v1/border-patrols`: border patrols and controls with their results. Each route: parse, actor, one call. */
export const borderPatrolRoutes =
  (service: BorderPatrolService, kit: KitServices): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/border-patrols',
      {
        config: onList('border_patrol.read'),
        schema: { tags, querystring: borderPatrolListQuery, response: { 200: pagedResult(borderPatrol) } },
      },
      async (req) => service.list(actorOf(req), req.query),
    );
    app.get(
      '/border-patrols/reference',
      { config: onList('border_patrol.read'), schema: { tags, response: { 200: borderReference } } },
      async (req) => service.reference(actorOf(req)),
    );
    app.get(
      '/border-patrols/statistics',
      {
        config: onList('border_patrol.statistics'),
        schema: { tags, querystring: borderStatisticsQuery, response: { 200: borderStatistics } },
      },
      async (req) => service.statistics(actorOf(req), req.query),
    );
    app.get(
      '/border-patrols/:id',
      {
        config: onRecord('border_patrol.read', type),
        schema: { tags, params: recordIdParams, response: { 200: borderPatrol } },
      },
      async (req) => service.get(actorOf(req), req.params.id),
    );
    app.post(
      '/border-patrols',
      {
        config: onList('border_patrol.write'),
        schema: { tags, body: borderPatrolCreate, response: { 201: borderPatrol } },
      },
      async (req, reply) => reply.status(201).send(await service.create(actorOf(req), req.body)),
    );
    app.put(
      '/border-patrols/:id',
      {
        config: onRecord('border_patrol.write', type),
        schema: { tags, params: recordIdParams, body: borderPatrolUpdate, response: { 200: borderPatrol } },
      },
      async (req) => service.update(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/border-patrols/:id/transitions',
      {
        config: onRecord('border_patrol.transition', type),
        schema: {
          tags,
          params: recordIdParams,
          body: borderPatrolTransition,
          response: { 200: borderPatrol },
        },
      },
      async (req) => service.transition(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/border-patrols/:id/results',
      {
        config: onRecord('border_patrol.write', type),
        schema: {
          tags,
          params: recordIdParams,
          body: borderPatrolResultCreate,
          response: { 201: borderPatrolResultResponse },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await service.addResult(actorOf(req), req.params.id, req.body)),
    );
    attachmentsRoute(app, {
      path: '/border-patrols',
      recordType: type,
      permission: 'border_patrol.read',
      tag: 'border-patrols',
      attachments: kit.attachments,
    });
    timelineRoute(app, {
      path: '/border-patrols',
      recordType: type,
      permission: 'border_patrol.read',
      tag: 'border-patrols',
      timeline: service.timeline,
    });
  };
