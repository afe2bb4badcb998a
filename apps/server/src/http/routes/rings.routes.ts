import {
  pagedResult,
  ring,
  ringContract,
  ringCreate,
  ringListQuery,
  ringMemberAdd,
  ringMemberRemove,
  ringSummary,
  ringUpdate,
} from '@pcmt/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RingService } from '../../modules/persons/ring.service.ts';
import { actorOf } from '../auth-hook.ts';
import { onList, onRecord, recordIdParams, timelineRoute } from './kit-routes.ts';

const tags = ['rings'];
const type = ringContract.recordType;

/**
 * `/api/v1/rings`: đường dây, ổ nhóm and their members, under the person register's permissions (`person.read`,
 * `person.write`), scoped by the ring's commune. Each route: parse, actor, one service call.
 */
export const ringRoutes =
  (rings: RingService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/rings',
      {
        config: onList('person.read'),
        schema: { tags, querystring: ringListQuery, response: { 200: pagedResult(ringSummary) } },
      },
      async (req) => rings.list(actorOf(req), req.query),
    );
    app.get(
      '/rings/:id',
      {
        config: onRecord('person.read', type),
        schema: { tags, params: recordIdParams, response: { 200: ring } },
      },
      async (req) => rings.get(actorOf(req), req.params.id),
    );
    app.post(
      '/rings',
      { config: onList('person.write'), schema: { tags, body: ringCreate, response: { 201: ring } } },
      async (req, reply) => reply.status(201).send(await rings.create(actorOf(req), req.body)),
    );
    app.put(
      '/rings/:id',
      {
        config: onRecord('person.write', type),
        schema: { tags, params: recordIdParams, body: ringUpdate, response: { 200: ring } },
      },
      async (req) => rings.update(actorOf(req), req.params.id, req.body),
    );
    // Membership: a person of the actor's scope joins with a role; leaving closes the row (history kept).
    app.post(
      '/rings/:id/members',
      {
        config: onRecord('person.write', type),
        schema: { tags, params: recordIdParams, body: ringMemberAdd, response: { 200: ring } },
      },
      async (req) => rings.addMember(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/rings/:id/members/remove',
      {
        config: onRecord('person.write', type),
        schema: { tags, params: recordIdParams, body: ringMemberRemove, response: { 200: ring } },
      },
      async (req) => rings.removeMember(actorOf(req), req.params.id, req.body),
    );
    timelineRoute(app, {
      path: '/rings',
      recordType: type,
      permission: 'person.read',
      tag: 'rings',
      timeline: rings.timeline,
    });
  };
