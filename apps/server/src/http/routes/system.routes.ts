import type { FastifyInstance } from 'fastify';
import type { Registry } from 'prom-client';
import { safeEqual } from '../../platform/crypto/keys.ts';
import type { Database } from '../../platform/db/client.ts';
import { notFoundBody } from '../errors.ts';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * `/metrics` reveals traffic patterns: with `metricsToken` set it needs `Authorization: Bearer <token>`;
 * without it, only a scraper on the same host (loopback) gets an answer.
 */
export function systemRoutes(
  app: FastifyInstance,
  database: Database,
  registry: Registry,
  metricsToken?: string,
): void {
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
  app.get('/metrics', { config: pub, logLevel: 'warn' }, async (req, reply) => {
    const sent = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const allowed = metricsToken ? sent !== undefined && safeEqual(sent, metricsToken) : LOOPBACK.has(req.ip);
    if (!allowed) return reply.status(404).send(notFoundBody(req));
    reply.header('content-type', registry.contentType);
    return registry.metrics();
  });
}
