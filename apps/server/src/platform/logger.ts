import type { FastifyServerOptions } from 'fastify';

/** pino options: JSON lines with request ids; credentials and personal fields never reach the log. */
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  if (level === 'silent') return false;
  return {
    level,
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
