import {
  activityTransition,
  massEvent,
  massEventContract,
  massEventCreate,
  massEventListQuery,
  massEventUpdate,
  pagedResult,
} from '@pcmt/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { MassEventService } from '../../modules/propaganda/mass-event.service.ts';
import type { KitServices } from '../../registers/register.ts';
import { actorOf } from '../auth-hook.ts';
import { attachmentsRoute, onList, onRecord, recordIdParams, timelineRoute } from './kit-routes.ts';

const tags = ['mass-events'];
const type = massEventContract.recordType;

/** `/api/v1/mass-events`: mass-movement events (ngày hội, mít tinh, phát động phong trào). */
export const massEventRoutes =
  (service: MassEventService, kit: KitServices): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/mass-events',
      {
        config: onList('mass_event.read'),
        schema: { tags, querystring: massEventListQuery, response: { 200: pagedResult(massEvent) } },
      },
      async (req) => service.list(actorOf(req), req.query),
    );
    app.get(
      '/mass-events/:id',
      {
        config: onRecord('mass_event.read', type),
        schema: { tags, params: recordIdParams, response: { 200: massEvent } },
      },
      async (req) => service.get(actorOf(req), req.params.id),
    );
    app.post(
      '/mass-events',
      {
        config: onList('mass_event.write'),
        schema: { tags, body: massEventCreate, response: { 201: massEvent } },
      },
      async (req, reply) => reply.status(201).send(await service.create(actorOf(req), req.body)),
    );
    app.put(
      '/mass-events/:id',
      {
        config: onRecord('mass_event.write', type),
        schema: { tags, params: recordIdParams, body: massEventUpdate, response: { 200: massEvent } },
      },
      async (req) => service.update(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/mass-events/:id/transitions',
      {
        config: onRecord('mass_event.write', type),
        schema: { tags, params: recordIdParams, body: activityTransition, response: { 200: massEvent } },
      },
      async (req) => service.transition(actorOf(req), req.params.id, req.body),
    );
    attachmentsRoute(app, {
      path: '/mass-events',
      recordType: type,
      permission: 'mass_event.read',
      tag: 'mass-events',
      attachments: kit.attachments,
    });
    timelineRoute(app, {
      path: '/mass-events',
      recordType: type,
      permission: 'mass_event.read',
      tag: 'mass-events',
      timeline: service.timeline,
    });
  };
