import {
  caseContract,
  caseCreate,
  caseListQuery,
  caseSeizureResult,
  caseTransition,
  caseUpdate,
  criminalCase,
  pagedResult,
  seizureCreate,
} from '@pcmt/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { CaseService } from '../../modules/cases/case.service.ts';
import { actorOf } from '../auth-hook.ts';
import { onList, onRecord, recordIdParams, timelineRoute } from './kit-routes.ts';

const tags = ['cases'];
const type = caseContract.recordType;

/** `/api/v1/cases`: drug cases with charges, suspects and seizures. Each route: parse, actor, one call. */
export const caseRoutes =
  (service: CaseService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/cases',
      {
        config: onList('case.read'),
        schema: { tags, querystring: caseListQuery, response: { 200: pagedResult(criminalCase) } },
      },
      async (req) => service.list(actorOf(req), req.query),
    );
    app.get(
      '/cases/:id',
      {
        config: onRecord('case.read', type),
        schema: { tags, params: recordIdParams, response: { 200: criminalCase } },
      },
      async (req) => service.get(actorOf(req), req.params.id),
    );
    app.post(
      '/cases',
      { config: onList('case.write'), schema: { tags, body: caseCreate, response: { 201: criminalCase } } },
      async (req, reply) => reply.status(201).send(await service.create(actorOf(req), req.body)),
    );
    app.put(
      '/cases/:id',
      {
        config: onRecord('case.write', type),
        schema: { tags, params: recordIdParams, body: caseUpdate, response: { 200: criminalCase } },
      },
      async (req) => service.update(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/cases/:id/transitions',
      {
        config: onRecord('case.transition', type),
        schema: { tags, params: recordIdParams, body: caseTransition, response: { 200: criminalCase } },
      },
      async (req) => service.transition(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/cases/:id/seizures',
      {
        config: onRecord('case.write', type),
        schema: { tags, params: recordIdParams, body: seizureCreate, response: { 201: caseSeizureResult } },
      },
      async (req, reply) =>
        reply.status(201).send(await service.addSeizure(actorOf(req), req.params.id, req.body)),
    );
    timelineRoute(app, {
      path: '/cases',
      recordType: type,
      permission: 'case.read',
      tag: 'cases',
      timeline: service.timeline,
    });
  };
