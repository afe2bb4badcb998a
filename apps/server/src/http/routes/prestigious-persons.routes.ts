import {
  engagement,
  engagementCreate,
  engagementList,
  pagedResult,
  prestigiousPerson,
  prestigiousPersonContract,
  prestigiousPersonCreate,
  prestigiousPersonListQuery,
  prestigiousPersonStatistics,
  prestigiousPersonStatisticsQuery,
  prestigiousPersonTransition,
  prestigiousPersonUpdate,
} from '@pcmt/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PrestigiousPersonService } from '../../modules/mobilisation/prestigious-person.service.ts';
import type { KitServices } from '../../registers/register.ts';
import { actorOf } from '../auth-hook.ts';
import { onList, onRecord, recordIdParams, timelineRoute } from './kit-routes.ts';

const tags = ['prestigious-persons'];
const type = prestigiousPersonContract.recordType;
const path = '/prestigious-persons';

/** `/api/v1/prestigious-persons`: prestigious persons, religious dignitaries and their engagements. */
export const prestigiousPersonRoutes =
  (service: PrestigiousPersonService, _kit: KitServices): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      path,
      {
        config: onList('prestigious_person.read'),
        schema: {
          tags,
          querystring: prestigiousPersonListQuery,
          response: { 200: pagedResult(prestigiousPerson) },
        },
      },
      async (req) => service.list(actorOf(req), req.query),
    );
    app.get(
      `${path}/statistics`,
      {
        config: onList('prestigious_person.statistics'),
        schema: {
          tags,
          querystring: prestigiousPersonStatisticsQuery,
          response: { 200: prestigiousPersonStatistics },
        },
      },
      async (req) => service.statistics(actorOf(req), req.query),
    );
    app.get(
      `${path}/:id`,
      {
        config: onRecord('prestigious_person.read', type),
        schema: { tags, params: recordIdParams, response: { 200: prestigiousPerson } },
      },
      async (req) => service.get(actorOf(req), req.params.id),
    );
    app.post(
      path,
      {
        config: onList('prestigious_person.write'),
        schema: { tags, body: prestigiousPersonCreate, response: { 201: prestigiousPerson } },
      },
      async (req, reply) => reply.status(201).send(await service.create(actorOf(req), req.body)),
    );
    app.put(
      `${path}/:id`,
      {
        config: onRecord('prestigious_person.write', type),
        schema: {
          tags,
          params: recordIdParams,
          body: prestigiousPersonUpdate,
          response: { 200: prestigiousPerson },
        },
      },
      async (req) => service.update(actorOf(req), req.params.id, req.body),
    );
    app.post(
      `${path}/:id/transitions`,
      {
        config: onRecord('prestigious_person.write', type),
        schema: {
          tags,
          params: recordIdParams,
          body: prestigiousPersonTransition,
          response: { 200: prestigiousPerson },
        },
      },
      async (req) => service.transition(actorOf(req), req.params.id, req.body),
    );
    app.get(
      `${path}/:id/engagements`,
      {
        config: onRecord('prestigious_person.read', type),
        schema: { tags, params: recordIdParams, response: { 200: engagementList } },
      },
      async (req) => ({ data: await service.engagements(actorOf(req), req.params.id) }),
    );
    app.post(
      `${path}/:id/engagements`,
      {
        config: onRecord('prestigious_person.engage', type),
        schema: {
          tags,
          params: recordIdParams,
          body: engagementCreate,
          response: { 201: z.object({ engagement, person: prestigiousPerson }) },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await service.engage(actorOf(req), req.params.id, req.body)),
    );
    timelineRoute(app, {
      path,
      recordType: type,
      permission: 'prestigious_person.read',
      tag: 'prestigious-persons',
      timeline: service.timeline,
    });
  };
