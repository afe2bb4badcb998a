import {
  determination,
  determinationCreate,
  drugTest,
  drugTestCreate,
  duplicatePair,
  measure,
  measureContract,
  measureCreate,
  measureEarlyEnd,
  measureReviewCreate,
  measureTransition,
  pagedResult,
  person,
  personAggregates,
  personAggregatesQuery,
  personAlert,
  personAlertsQuery,
  personContract,
  personCreate,
  personExportRequest,
  personHotspotLinkCreate,
  personHotspotUnlink,
  personListQuery,
  personMerge,
  personReconciliation,
  personReconciliationRequest,
  personStatusCreate,
  personSummary,
  personTransfer,
  personTransferListQuery,
  personUpdate,
  sealedDetails,
  sealedRevealRequest,
  transferAcknowledge,
} from '@pcmt/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PersonModule } from '../../modules/persons/person.module.ts';
import type { KitServices } from '../../registers/register.ts';
import { actorOf } from '../auth-hook.ts';
import { attachmentsRoute, onList, onRecord, recordIdParams, timelineRoute } from './kit-routes.ts';

const tags = ['persons'];
const type = personContract.recordType;
const list = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item) });

/**
 * `/api/v1/persons`: drug users, addicts and subjects (issue 9). Each route: parse, actor, one service call.
 * A person's measures are created under the person; their own moves live under `/measures/:id` (measureRoutes).
 */
export const personRoutes =
  (m: PersonModule, kit: KitServices): FastifyPluginAsyncZod =>
  async (app) => {
    const persons = m.persons;
    app.get(
      '/persons',
      {
        config: onList('person.read'),
        schema: { tags, querystring: personListQuery, response: { 200: pagedResult(personSummary) } },
      },
      async (req) => persons.list(actorOf(req), req.query),
    );
    app.get(
      '/persons/duplicates',
      { config: onList('person.read'), schema: { tags, response: { 200: list(duplicatePair) } } },
      async (req) => persons.duplicates(actorOf(req)),
    );
    app.get(
      '/persons/aggregates',
      {
        config: onList('person.aggregate'),
        schema: { tags, querystring: personAggregatesQuery, response: { 200: personAggregates } },
      },
      async (req) => persons.aggregates(actorOf(req), req.query),
    );
    // Who is on one side only, against the national register's CCCD list (need-to-know, reason, audited).
    app.post(
      '/persons/reconciliation',
      {
        config: onList('person.export'),
        schema: { tags, body: personReconciliationRequest, response: { 200: personReconciliation } },
      },
      async (req) => persons.reconcile(actorOf(req), req.body),
    );
    // Hand-overs into the actor's jurisdiction (default) or out of it; `overdue`, `flaggedToMe` for heads.
    app.get(
      '/persons/transfers',
      {
        config: onList('person.read'),
        schema: { tags, querystring: personTransferListQuery, response: { 200: list(personTransfer) } },
      },
      async (req) => persons.transfers(actorOf(req), req.query),
    );
    // The list with its filters as a CSV file (UTF-8 BOM): a reason, audited with the row count.
    app.post(
      '/persons/export',
      { config: onList('person.export'), schema: { tags, body: personExportRequest } },
      async (req, reply) => {
        const file = await persons.exportCsv(actorOf(req), req.body);
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${file.filename}"`)
          .header('x-pcmt-rows', String(file.rows))
          .send(file.body);
      },
    );
    app.get(
      '/persons/:id',
      {
        config: onRecord('person.read', type),
        schema: { tags, params: recordIdParams, response: { 200: person } },
      },
      async (req) => persons.get(actorOf(req), req.params.id),
    );
    // Possible duplicates answer 409 with one detail per candidate (`duplicates.<id>`), unless confirmed.
    app.post(
      '/persons',
      { config: onList('person.write'), schema: { tags, body: personCreate, response: { 201: person } } },
      async (req, reply) => reply.status(201).send(await persons.create(actorOf(req), req.body)),
    );
    app.put(
      '/persons/:id',
      {
        config: onRecord('person.write', type),
        schema: { tags, params: recordIdParams, body: personUpdate, response: { 200: person } },
      },
      async (req) => persons.update(actorOf(req), req.params.id, req.body),
    );
    // The sealed values in clear: need-to-know, a reason, one audit row per view.
    app.post(
      '/persons/:id/sealed',
      {
        config: onRecord('person.seal.read', type),
        schema: { tags, params: recordIdParams, body: sealedRevealRequest, response: { 200: sealedDetails } },
      },
      async (req) => persons.revealSealed(actorOf(req), req.params.id, req.body.reason),
    );
    app.post(
      '/persons/:id/statuses',
      {
        config: onRecord('person.write', type),
        schema: { tags, params: recordIdParams, body: personStatusCreate, response: { 200: person } },
      },
      async (req) => persons.addStatus(actorOf(req), req.params.id, req.body),
    );
    app.get(
      '/persons/:id/tests',
      {
        config: onRecord('person.read', type),
        schema: { tags, params: recordIdParams, response: { 200: list(drugTest) } },
      },
      async (req) => m.measures.tests(actorOf(req), req.params.id),
    );
    app.post(
      '/persons/:id/tests',
      {
        config: onRecord('person.write', type),
        schema: { tags, params: recordIdParams, body: drugTestCreate, response: { 201: drugTest } },
      },
      async (req, reply) =>
        reply.status(201).send(await m.measures.addTest(actorOf(req), req.params.id, req.body)),
    );
    app.get(
      '/persons/:id/determinations',
      {
        config: onRecord('person.read', type),
        schema: { tags, params: recordIdParams, response: { 200: list(determination) } },
      },
      async (req) => m.measures.determinations(actorOf(req), req.params.id),
    );
    app.post(
      '/persons/:id/determinations',
      {
        config: onRecord('person.write', type),
        schema: { tags, params: recordIdParams, body: determinationCreate, response: { 201: determination } },
      },
      async (req, reply) =>
        reply.status(201).send(await m.measures.addDetermination(actorOf(req), req.params.id, req.body)),
    );
    app.get(
      '/persons/:id/measures',
      {
        config: onRecord('person.read', type),
        schema: { tags, params: recordIdParams, response: { 200: list(measure) } },
      },
      async (req) => m.measures.measures(actorOf(req), req.params.id),
    );
    app.post(
      '/persons/:id/measures',
      {
        config: onRecord('person.write', type),
        schema: { tags, params: recordIdParams, body: measureCreate, response: { 201: measure } },
      },
      async (req, reply) =>
        reply.status(201).send(await m.measures.createMeasure(actorOf(req), req.params.id, req.body)),
    );
    app.get(
      '/persons/:id/alerts',
      {
        config: onRecord('person.read', type),
        schema: {
          tags,
          params: recordIdParams,
          querystring: personAlertsQuery,
          response: { 200: z.object({ on: z.string(), data: z.array(personAlert) }) },
        },
      },
      async (req) => m.measures.alerts(actorOf(req), req.params.id, req.query.on),
    );
    attachmentsRoute(app, {
      path: '/persons',
      recordType: type,
      permission: 'person.read',
      tag: 'persons',
      attachments: kit.attachments,
    });
    timelineRoute(app, {
      path: '/persons',
      recordType: type,
      permission: 'person.read',
      tag: 'persons',
      timeline: persons.timeline,
    });
    // Its hand-overs: for its commune now and for the communes that handed it over (their own period).
    app.get(
      '/persons/:id/transfers',
      {
        config: onRecord('person.read', type),
        schema: { tags, params: recordIdParams, response: { 200: list(personTransfer) } },
      },
      async (req) => persons.transfersOf(actorOf(req), req.params.id),
    );
    app.post(
      '/persons/:id/transfer/acknowledge',
      {
        config: onRecord('person.write', type),
        schema: {
          tags,
          params: recordIdParams,
          body: transferAcknowledge,
          response: { 200: personTransfer },
        },
      },
      async (req) => persons.acknowledgeTransfer(actorOf(req), req.params.id, req.body),
    );
    // Hotspots linked to the person record (scoped both ways; the hotspot's free text stays).
    app.post(
      '/persons/:id/hotspots',
      {
        config: onRecord('person.write', type),
        schema: { tags, params: recordIdParams, body: personHotspotLinkCreate, response: { 200: person } },
      },
      async (req) => persons.linkHotspot(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/persons/:id/hotspots/remove',
      {
        config: onRecord('person.write', type),
        schema: { tags, params: recordIdParams, body: personHotspotUnlink, response: { 200: person } },
      },
      async (req) => persons.unlinkHotspot(actorOf(req), req.params.id, req.body),
    );
    // Last of the person's routes: the access matrix calls them in this order on one record, merged at the end.
    app.post(
      '/persons/:id/merge',
      {
        config: onRecord('person.write', type),
        schema: { tags, params: recordIdParams, body: personMerge, response: { 200: person } },
      },
      async (req) => persons.merge(actorOf(req), req.params.id, req.body),
    );
  };

const measureType = measureContract.recordType;

/** `/api/v1/measures/:id`: one measure of a person, its lifecycle moves, reviews and early end. */
export const measureRoutes =
  (m: PersonModule): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/measures/:id',
      {
        config: onRecord('person.read', measureType),
        schema: { tags, params: recordIdParams, response: { 200: measure } },
      },
      async (req) => m.measures.getMeasure(actorOf(req), req.params.id),
    );
    app.post(
      '/measures/:id/transitions',
      {
        config: onRecord('person.write', measureType),
        schema: { tags, params: recordIdParams, body: measureTransition, response: { 200: measure } },
      },
      async (req) => m.measures.transition(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/measures/:id/reviews',
      {
        config: onRecord('person.write', measureType),
        schema: { tags, params: recordIdParams, body: measureReviewCreate, response: { 200: measure } },
      },
      async (req) => m.measures.review(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/measures/:id/early-end',
      {
        config: onRecord('person.write', measureType),
        schema: { tags, params: recordIdParams, body: measureEarlyEnd, response: { 200: measure } },
      },
      async (req) => m.measures.earlyEnd(actorOf(req), req.params.id, req.body),
    );
  };
