import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../platform/db/client.ts';
import { AppError, issue } from '../platform/errors.ts';
import { registerRoutePlugins } from '../registers/index.ts';
import type { Services } from '../services.ts';
import './access-spec.ts';
import { createHomeService } from '../modules/home/home.service.ts';
import { installAuth } from './auth-hook.ts';
import { clientErrorHandler } from './client-errors.ts';
import { envelope, installErrorHandling, notFoundBody } from './errors.ts';
import { createMetrics } from './metrics.ts';
import { findForbiddenText, normalizeStrings } from './normalize.ts';
import { agencyRoutes } from './routes/agencies.routes.ts';
import { attachmentRoutes } from './routes/attachments.routes.ts';
import { auditRoutes } from './routes/audit.routes.ts';
import { authRoutes } from './routes/auth.routes.ts';
import { homeRoutes } from './routes/home.routes.ts';
import { sessionRoutes } from './routes/sessions.routes.ts';
import { systemRoutes } from './routes/system.routes.ts';
import { tokenRoutes } from './routes/tokens.routes.ts';
import { unitRoutes } from './routes/units.routes.ts';
import { userRoutes } from './routes/users.routes.ts';
import { serveWebApp } from './static.ts';

// Zod speaks Vietnamese to users: "Trường bắt buộc", "Khóa không được nhận dạng"…
z.config(z.locales.vi());

export type AppOptions = {
  database: Database;
  services: Services;
  logger: FastifyServerOptions['logger'];
  sessionIdleMinutes: number;
  sessionHours: number;
  secureCookies: 'auto' | boolean;
  webDist?: string | undefined;
  /**
   * The reverse proxies whose `X-Forwarded-For` is believed: addresses/CIDRs (`10.0.0.2,127.0.0.1`) or a hop
   * count. Never `true`: that would take the left-most, client-written address as the client's.
   */
  trustProxy?: string[] | number | false;
  /** Minutes a re-entered password or code unlocks sensitive actions (default 10). */
  reauthMinutes?: number;
  /** Bearer token required by /metrics; without one, /metrics answers loopback clients only. */
  metricsToken?: string | undefined;
  /** Sign-in attempts per IP and minute (default 20). */
  authPerMinute?: number;
};

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** A hop count trusts the nearest `n` hops (the socket peer being hop 0), whatever their address. */
const proxyTrust = (trust: string[] | number | false) =>
  typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust;

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: 1_048_576,
    trustProxy: proxyTrust(opts.trustProxy ?? false),
    requestIdHeader: false,
    genReqId: (req) => {
      const sent = req.headers['x-request-id'];
      return typeof sent === 'string' && REQUEST_ID.test(sent) ? sent : randomUUID();
    },
    routerOptions: { maxParamLength: 200 },
    clientErrorHandler,
    // The router's own refusals (bad URL encoding, over-long path parameter) answer in the error envelope too.
    frameworkErrors: (error, req, raw) => {
      const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
      const reply = raw as unknown as FastifyReply;
      return reply
        .status(tooLong ? 414 : 400)
        .send(
          envelope(req)(
            'bad_request',
            tooLong ? 'request.urlTooLong' : 'request.invalid',
            undefined,
            String(req.id),
          ),
        );
    },
    ajv: { customOptions: { coerceTypes: false } },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);

  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', String(req.id));
    // API answers hold personal data and one-time secrets: no browser or proxy may keep a copy.
    if (req.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });
  app.addHook('preValidation', async (req) => {
    for (const [where, value] of [
      ['params', req.params],
      ['query', req.query],
      ['body', req.body],
    ] as const) {
      const bad = findForbiddenText(value);
      if (bad) {
        const path = bad.join('.') || where;
        throw new AppError(
          'validation_failed',
          'request.forbiddenCharactersIn',
          { field: path },
          { details: [issue(path, 'request.forbiddenCharacters')] },
        );
      }
    }
    if (req.body !== undefined) req.body = normalizeStrings(req.body);
    req.query = normalizeStrings(req.query) as typeof req.query;
    req.params = normalizeStrings(req.params) as typeof req.params;
  });

  // HTTPS-only headers (HSTS, upgrade-insecure-requests) only when the deployment is HTTPS: sent over plain
  // HTTP on a LAN address they make the browser rewrite every asset to https and the page stays blank.
  const httpsOnly = opts.secureCookies === true;
  await app.register(helmet, {
    hsts: httpsOnly ? { maxAge: 31_536_000 } : false,
    contentSecurityPolicy: {
      directives: {
        'img-src': ["'self'", 'data:'],
        'style-src': ["'self'", "'unsafe-inline'"],
        'script-src': ["'self'"],
        'upgrade-insecure-requests': httpsOnly ? [] : null,
      },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'PCMT API',
        version: '1.0.0',
        description: 'API của hệ thống PCMT (phòng, chống ma túy).',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'pcmt_session' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });

  const metrics = createMetrics(app);
  installAuth(app, opts.database.db, {
    idleMinutes: opts.sessionIdleMinutes,
    reauthMinutes: opts.reauthMinutes ?? 10,
    cookies: { secure: opts.secureCookies, maxAgeSeconds: opts.sessionHours * 3600 },
  });
  systemRoutes(app, opts.database, metrics, opts.metricsToken);

  await app.register(
    async (api) => {
      api.get('/openapi.json', { config: { access: { kind: 'public' } }, schema: { hide: true } }, async () =>
        app.swagger(),
      );
      await api.register(
        authRoutes(
          opts.services,
          { secure: opts.secureCookies, maxAgeSeconds: opts.sessionHours * 3600 },
          { perMinute: opts.authPerMinute ?? 20 },
        ),
      );
      await api.register(tokenRoutes(opts.services));
      await api.register(sessionRoutes(opts.services));
      await api.register(unitRoutes(opts.services));
      await api.register(agencyRoutes(opts.services));
      await api.register(userRoutes(opts.services));
      await api.register(auditRoutes(opts.services));
      await api.register(homeRoutes(createHomeService(opts.database.db)));
      await api.register(attachmentRoutes(opts.services));
      // The registers (hotspots…): each declared once in registers/index.ts.
      for (const plugin of registerRoutePlugins(opts.services.registers, opts.services))
        await api.register(plugin);
    },
    { prefix: '/api/v1' },
  );

  const hasWeb = await serveWebApp(app, opts.webDist);

  app.setNotFoundHandler(async (req, reply) => {
    if (hasWeb && req.method === 'GET' && !req.url.startsWith('/api/')) {
      // Client-side routes: the web app renders its own 404 for unknown paths.
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return reply.status(404).send(notFoundBody(req));
  });
  return app;
}
