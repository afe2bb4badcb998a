import type { FastifyRequest, FastifyServerOptions } from 'fastify';

/**
 * What a log line says about a request: method and path, never who sent it. Fastify's default serializer adds
 * the client's address, port and host; a visitor of the anonymous tip portal loads pages, assets and the commune
 * list through ordinary routes, so no log line may carry an address (issue 10). Officers' addresses are kept
 * where they serve security: sessions, the sign-in throttle and their audit rows.
 */
const requestLine = (req: FastifyRequest) => ({ method: req.method, url: req.url });

/** pino options: JSON lines with request ids; credentials, personal fields and client addresses never reach the log. */
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  if (level === 'silent') return false;
  return {
    level,
    serializers: { req: requestLine },
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        '*.password',
        '*.currentPassword',
        '*.newPassword',
        '*.token',
        '*.secret',
        '*.nationalIdNumber',
      ],
      censor: '[ẩn]',
    },
  };
}
