import {
  document,
  documentCitationCreate,
  documentCitationList,
  documentCitationTarget,
  documentCitationView,
  documentCitingRecords,
  documentContract,
  documentCreate,
  documentListQuery,
  documentTransition,
  documentUpdate,
  pagedResult,
} from '@pcmt/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { DocumentService } from '../../modules/documents/document.service.ts';
import type { KitServices } from '../../registers/register.ts';
import { actorOf } from '../auth-hook.ts';
import { attachmentsRoute, onList, onRecord, recordIdParams, timelineRoute } from './kit-routes.ts';

const tags = ['documents'];
const type = documentContract.recordType;
/** Citations are records of their own in the access matrix (their `:id`), scoped by the citing record. */
const citationType = 'document_citation';

/**
 * `/api/v1/documents`: the documents register, and the citations of documents from any register's record.
 * A citation route asks the citing record's register (through the files platform's record-type ports, the
 * same `recordReadable` attachments use) whether the caller may read it: out of scope → 404.
 */
export const documentRoutes =
  (service: DocumentService, kit: KitServices): FastifyPluginAsyncZod =>
  async (app) => {
    const reader = kit.attachments;
    app.get(
      '/documents',
      {
        config: onList('document.read'),
        schema: { tags, querystring: documentListQuery, response: { 200: pagedResult(document) } },
      },
      async (req) => service.list(actorOf(req), req.query),
    );
    app.get(
      '/documents/citations',
      {
        config: onList('document.read'),
        schema: { tags, querystring: documentCitationTarget, response: { 200: documentCitationList } },
      },
      async (req) => ({ data: await service.citations(actorOf(req), req.query, reader) }),
    );
    app.delete(
      '/documents/citations/:id',
      {
        config: onRecord('document.cite', citationType),
        schema: { tags, params: recordIdParams },
      },
      async (req, reply) => {
        await service.uncite(actorOf(req), req.params.id, reader);
        return reply.status(204).send();
      },
    );
    app.get(
      '/documents/:id',
      {
        config: onRecord('document.read', type),
        schema: { tags, params: recordIdParams, response: { 200: document } },
      },
      async (req) => service.get(actorOf(req), req.params.id),
    );
    app.post(
      '/documents',
      {
        config: onList('document.write'),
        schema: { tags, body: documentCreate, response: { 201: document } },
      },
      async (req, reply) => reply.status(201).send(await service.create(actorOf(req), req.body)),
    );
    app.put(
      '/documents/:id',
      {
        config: onRecord('document.write', type),
        schema: { tags, params: recordIdParams, body: documentUpdate, response: { 200: document } },
      },
      async (req) => service.update(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/documents/:id/transitions',
      {
        config: onRecord('document.write', type),
        schema: { tags, params: recordIdParams, body: documentTransition, response: { 200: document } },
      },
      async (req) => service.transition(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/documents/:id/citations',
      {
        config: onRecord('document.cite', type),
        schema: {
          tags,
          params: recordIdParams,
          body: documentCitationCreate,
          response: { 201: documentCitationView },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await service.cite(actorOf(req), req.params.id, req.body, reader)),
    );
    app.get(
      '/documents/:id/cited-by',
      {
        config: onRecord('document.read', type),
        schema: { tags, params: recordIdParams, response: { 200: documentCitingRecords } },
      },
      async (req) => ({ data: await service.citedBy(actorOf(req), req.params.id, reader) }),
    );
    attachmentsRoute(app, {
      path: '/documents',
      recordType: type,
      permission: 'document.read',
      tag: 'documents',
      attachments: kit.attachments,
    });
    timelineRoute(app, {
      path: '/documents',
      recordType: type,
      permission: 'document.read',
      tag: 'documents',
      timeline: service.timeline,
    });
  };
