import { auditPage, auditQuery } from '@pcmt/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../services.ts';
import { actorOf } from '../auth-hook.ts';

const access = { access: { kind: 'permission' as const, permission: 'audit.read' as const } };
const report = z.object({
  ok: z.boolean(),
  checked: z.number(),
  brokenAt: z.number().nullable(),
  reason: z.string().nullable(),
});

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
      { config: access, schema: { tags: ['audit'], response: { 200: report } } },
      async (req) => services.audit.verify(actorOf(req)),
    );
  };
