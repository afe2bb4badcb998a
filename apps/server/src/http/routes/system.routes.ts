import type { FastifyInstance } from 'fastify';
import type { Registry } from 'prom-client';
import type { Database } from '../../platform/db/client.ts';

export function systemRoutes(app: FastifyInstance, database: Database, registry: Registry): void {
  const pub = { access: { kind: 'public' as const } };
  app.get('/healthz', { config: pub, logLevel: 'warn' }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: pub, logLevel: 'warn' }, async (_req, reply) => {
    try {
      await database.ping();
      return { status: 'ready', database: database.backend };
    } catch {
      return reply.status(503).send({ status: 'unavailable', database: database.backend });
    }
  });
  app.get('/metrics', { config: pub, logLevel: 'warn' }, async (_req, reply) => {
    reply.header('content-type', registry.contentType);
    return registry.metrics();
  });
}
