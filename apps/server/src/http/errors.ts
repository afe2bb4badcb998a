import type { ErrorBody, ErrorCode, ErrorIssue, Locale, MessageId, MessageParams } from '@pcmt/contracts';
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type Issue } from '../platform/errors.ts';
import { localeOf, render, wireParams, zodIssue } from './messages.ts';

/** An issue of the request in the client's language, with its id and parameters for clients that word it. */
const wireIssue = (d: Issue, locale: Locale): ErrorIssue => {
  const params = wireParams(d.params, locale);
  return {
    path: d.path,
    message: render(d.messageId, d.params, locale),
    messageId: d.messageId,
    ...(params ? { params } : {}),
  };
};

/** The error envelope, in the client's language (Vietnamese unless it asks for English first). */
export const envelope =
  (request: FastifyRequest) =>
  (
    code: ErrorCode,
    id: MessageId,
    params: MessageParams | undefined,
    requestId: string,
    details?: ErrorIssue[],
  ): ErrorBody => {
    const locale = localeOf(request);
    const wire = wireParams(params, locale);
    return {
      error: {
        code,
        message: render(id, params, locale),
        messageId: id,
        ...(wire ? { params: wire } : {}),
        ...(details ? { details } : {}),
        requestId,
      },
    };
  };

/** Fastify's own client errors, translated; anything unknown is a 500 that hides its cause. */
const fastifyCodes: Record<string, [number, ErrorCode, MessageId]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'payload_too_large', 'request.tooLarge'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type', 'request.unsupportedMediaType'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'bad_request', 'request.invalidContentLength'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'bad_request', 'request.emptyJson'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'bad_request', 'request.invalidJson'],
  FST_ERR_VALIDATION: [400, 'validation_failed', 'request.invalidData'],
};

/** Zod leaves the offending value out of its issues; the English messages name its type, so look it up. */
const sourceOf = (request: FastifyRequest, where: string): unknown =>
  where === 'querystring' ? request.query : where === 'params' ? request.params : request.body;
const valueAt = (source: unknown, path: string[]): unknown =>
  path.reduce<unknown>(
    (v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
    source,
  );

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const rid = String(request.id);
    const body = envelope(request);
    const locale = localeOf(request);
    if (error instanceof AppError) {
      if (error.headers) reply.headers(error.headers);
      const details = error.details?.map((d) => wireIssue(d, locale));
      return reply.status(error.status).send(body(error.code, error.messageId, error.params, rid, details));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'body';
      const details = error.validation.map((v): ErrorIssue => {
        const issuePath = v.instancePath.split('/').filter(Boolean);
        const keys = (v.params as { keys?: string[] }).keys;
        // An unknown field is named by its own path, so the form can point at it.
        const path = [...issuePath, ...(keys && keys.length === 1 ? keys : [])].join('.');
        const input = valueAt(sourceOf(request, where), issuePath);
        return {
          path: path || (keys ?? []).join(',') || where,
          ...zodIssue({ ...v, params: v.params as Record<string, unknown> }, input, locale),
        };
      });
      return reply
        .status(400)
        .send(body('validation_failed', 'request.invalidFields', undefined, rid, details));
    }
    const known = error.code ? fastifyCodes[error.code] : undefined;
    if (known) return reply.status(known[0]).send(body(known[1], known[2], undefined, rid));
    if (error instanceof SyntaxError || (error.statusCode === 400 && !error.code)) {
      return reply.status(400).send(body('bad_request', 'request.invalidJson', undefined, rid));
    }
    if (error.statusCode === 429)
      return reply.status(429).send(body('rate_limited', 'request.tooMany', undefined, rid));
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send(body('bad_request', 'request.invalid', undefined, rid));
    }
    request.log.error({ err: loggableError(error) }, 'unhandled error');
    return reply.status(500).send(body('internal', 'request.internal', undefined, rid));
  });
}

/**
 * What of an unexpected error may reach the log: its type, the database's SQLSTATE and the stack frames.
 * Never its message: a failed query's message carries the query parameters (password hashes, token hashes,
 * personal data) — one leaked an argon2 hash and a token hash into the log before this.
 */
export function loggableError(error: unknown): { type: string; code?: string; stack?: string } {
  const e = error as { name?: unknown; code?: unknown; cause?: { code?: unknown }; stack?: unknown };
  const code =
    typeof e.cause?.code === 'string' ? e.cause.code : typeof e.code === 'string' ? e.code : undefined;
  const frames =
    typeof e.stack === 'string'
      ? e.stack
          .split('\n')
          .filter((l) => /^\s+at /.test(l))
          .join('\n')
      : undefined;
  return {
    type: typeof e.name === 'string' ? e.name : 'Error',
    ...(code ? { code } : {}),
    ...(frames ? { stack: frames } : {}),
  };
}

export const notFoundBody = (request: FastifyRequest) =>
  envelope(request)('not_found', 'request.noSuchAddress', undefined, String(request.id));
