import { auditPage, auditQuery, auditVerifyReport } from '@pcmt/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../../services.ts';
import { actorOf } from '../auth-hook.ts';

const access = { access: { kind: 'permission' as const, permission: 'audit.read' as const } };

export const auditRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/audit',
      { config: access, schema: { tags: ['audit'], querystring: auditQuery, response: { 200: auditPage } } },
      async (req) => services.audit.list(actorOf(req), req.query),
    );
    app.get(
      '/audit/verify',
      { config: access, schema: { tags: ['audit'], response: { 200: auditVerifyReport } } },
      async (req) => services.audit.verify(actorOf(req)),
    );
  };
