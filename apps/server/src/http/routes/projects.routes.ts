import {
  pagedResult,
  projectContract,
  projectCreate,
  projectListQuery,
  projectTransition,
  projectUpdate,
  specialProject,
} from '@pcmt/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ProjectService } from '../../modules/cases/project.service.ts';
import { actorOf } from '../auth-hook.ts';
import { onList, onRecord, recordIdParams, timelineRoute } from './kit-routes.ts';

const tags = ['projects'];
const type = projectContract.recordType;

/** `/api/v1/projects`: special projects (chuyên án) and their cases. */
export const projectRoutes =
  (service: ProjectService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/projects',
      {
        config: onList('project.read'),
        schema: { tags, querystring: projectListQuery, response: { 200: pagedResult(specialProject) } },
      },
      async (req) => service.list(actorOf(req), req.query),
    );
    app.get(
      '/projects/:id',
      {
        config: onRecord('project.read', type),
        schema: { tags, params: recordIdParams, response: { 200: specialProject } },
      },
      async (req) => service.get(actorOf(req), req.params.id),
    );
    app.post(
      '/projects',
      {
        config: onList('project.write'),
        schema: { tags, body: projectCreate, response: { 201: specialProject } },
      },
      async (req, reply) => reply.status(201).send(await service.create(actorOf(req), req.body)),
    );
    app.put(
      '/projects/:id',
      {
        config: onRecord('project.write', type),
        schema: { tags, params: recordIdParams, body: projectUpdate, response: { 200: specialProject } },
      },
      async (req) => service.update(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/projects/:id/transitions',
      {
        config: onRecord('project.transition', type),
        schema: { tags, params: recordIdParams, body: projectTransition, response: { 200: specialProject } },
      },
      async (req) => service.transition(actorOf(req), req.params.id, req.body),
    );
    timelineRoute(app, {
      path: '/projects',
      recordType: type,
      permission: 'project.read',
      tag: 'projects',
      timeline: service.timeline,
    });
  };
