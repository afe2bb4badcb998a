import {
  classificationListQuery,
  classificationRun,
  communeClassification,
  communeClassificationContract,
  communeIndicator,
  communeIndicatorContract,
  communeIndicatorCreate,
  communeIndicatorListQuery,
  communeIndicatorUpdate,
  communeOverview,
  communePageContract,
  keyArea,
  keyAreaContract,
  keyAreaCreate,
  keyAreaListQuery,
  keyAreaRemoval,
  keyAreaUpdate,
  onDateQuery,
  pagedResult,
  provinceView,
  targetsView,
} from '@pcmt/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { KeyAreaModule } from '../../modules/key-areas/key-area.module.ts';
import type { KitServices } from '../../registers/register.ts';
import { actorOf } from '../auth-hook.ts';
import { attachmentsRoute, onList, onRecord, recordIdParams, timelineRoute } from './kit-routes.ts';

const tags = ['areas'];

/**
 * `/api/v1/areas`: key areas (địa bàn trọng điểm, phức tạp về ma túy) — designation, correction, removal,
 * list, timeline and files — and the views of a date: the province by class and the targets.
 */
export const keyAreaRoutes =
  (m: KeyAreaModule, kit: KitServices): FastifyPluginAsyncZod =>
  async (app) => {
    const type = keyAreaContract.recordType;
    app.get(
      '/areas',
      {
        config: onList('key_area.read'),
        schema: { tags, querystring: keyAreaListQuery, response: { 200: pagedResult(keyArea) } },
      },
      async (req) => m.areas.list(actorOf(req), req.query),
    );
    app.get(
      '/areas/province',
      {
        config: onList('key_area.read'),
        schema: { tags, querystring: onDateQuery, response: { 200: provinceView } },
      },
      async (req) => m.views.province(actorOf(req), req.query),
    );
    app.get(
      '/areas/targets',
      {
        config: onList('key_area.read'),
        schema: { tags, querystring: onDateQuery, response: { 200: targetsView } },
      },
      async (req) => m.views.targets(actorOf(req), req.query),
    );
    app.get(
      '/areas/:id',
      {
        config: onRecord('key_area.read', type),
        schema: { tags, params: recordIdParams, response: { 200: keyArea } },
      },
      async (req) => m.areas.get(actorOf(req), req.params.id),
    );
    app.post(
      '/areas',
      { config: onList('key_area.write'), schema: { tags, body: keyAreaCreate, response: { 201: keyArea } } },
      async (req, reply) => reply.status(201).send(await m.areas.create(actorOf(req), req.body)),
    );
    app.put(
      '/areas/:id',
      {
        config: onRecord('key_area.write', type),
        schema: { tags, params: recordIdParams, body: keyAreaUpdate, response: { 200: keyArea } },
      },
      async (req) => m.areas.update(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/areas/:id/removal',
      {
        config: onRecord('key_area.write', type),
        schema: { tags, params: recordIdParams, body: keyAreaRemoval, response: { 200: keyArea } },
      },
      async (req) => m.areas.remove(actorOf(req), req.params.id, req.body),
    );
    attachmentsRoute(app, {
      path: '/areas',
      recordType: type,
      permission: 'key_area.read',
      tag: 'areas',
      attachments: kit.attachments,
    });
    timelineRoute(app, {
      path: '/areas',
      recordType: type,
      permission: 'key_area.read',
      tag: 'areas',
      timeline: m.areas.timeline,
    });
  };

/** `/api/v1/areas/indicators`: recorded figures of a commune for a period (versioned). */
export const communeIndicatorRoutes =
  (m: KeyAreaModule): FastifyPluginAsyncZod =>
  async (app) => {
    const type = communeIndicatorContract.recordType;
    app.get(
      '/areas/indicators',
      {
        config: onList('key_area.read'),
        schema: {
          tags,
          querystring: communeIndicatorListQuery,
          response: { 200: pagedResult(communeIndicator) },
        },
      },
      async (req) => m.indicators.list(actorOf(req), req.query),
    );
    app.get(
      '/areas/indicators/:id',
      {
        config: onRecord('key_area.read', type),
        schema: { tags, params: recordIdParams, response: { 200: communeIndicator } },
      },
      async (req) => m.indicators.get(actorOf(req), req.params.id),
    );
    app.post(
      '/areas/indicators',
      {
        config: onList('key_area.classify'),
        schema: { tags, body: communeIndicatorCreate, response: { 201: communeIndicator } },
      },
      async (req, reply) => reply.status(201).send(await m.indicators.create(actorOf(req), req.body)),
    );
    app.put(
      '/areas/indicators/:id',
      {
        config: onRecord('key_area.classify', type),
        schema: {
          tags,
          params: recordIdParams,
          body: communeIndicatorUpdate,
          response: { 200: communeIndicator },
        },
      },
      async (req) => m.indicators.update(actorOf(req), req.params.id, req.body),
    );
    timelineRoute(app, {
      path: '/areas/indicators',
      recordType: type,
      permission: 'key_area.read',
      tag: 'areas',
      timeline: m.indicators.timeline,
    });
  };

/** `/api/v1/areas/classifications`: run for a date (one commune or all in scope), list, read. */
export const classificationRoutes =
  (m: KeyAreaModule): FastifyPluginAsyncZod =>
  async (app) => {
    const type = communeClassificationContract.recordType;
    app.get(
      '/areas/classifications',
      {
        config: onList('key_area.read'),
        schema: {
          tags,
          querystring: classificationListQuery,
          response: { 200: pagedResult(communeClassification) },
        },
      },
      async (req) => m.classifications.list(actorOf(req), req.query),
    );
    app.get(
      '/areas/classifications/:id',
      {
        config: onRecord('key_area.read', type),
        schema: { tags, params: recordIdParams, response: { 200: communeClassification } },
      },
      async (req) => m.classifications.get(actorOf(req), req.params.id),
    );
    app.post(
      '/areas/classifications',
      {
        config: onList('key_area.classify'),
        schema: {
          tags,
          body: classificationRun,
          response: { 201: z.object({ data: z.array(communeClassification) }) },
        },
      },
      async (req, reply) =>
        reply.status(201).send({ data: await m.classifications.run(actorOf(req), req.body) }),
    );
  };

/** `/api/v1/communes/:id/overview?on=`: the commune page — class and why, designation, hotspots, programme, tasks. */
export const communePageRoutes =
  (m: KeyAreaModule): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/communes/:id/overview',
      {
        config: onRecord('key_area.read', communePageContract.recordType),
        schema: {
          tags,
          params: recordIdParams,
          querystring: onDateQuery,
          response: { 200: communeOverview },
        },
      },
      async (req) => m.views.overview(actorOf(req), req.params.id, req.query),
    );
  };
