import type { ErrorBody, ErrorCode } from '@pcmt/contracts';
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../platform/errors.ts';
import { prefersEnglish, toEnglish, zodIssueInEnglish } from './messages-en.ts';

/** The error envelope, in the client's language (Vietnamese unless it asks for English first). */
export const envelope =
  (request: FastifyRequest) =>
  (
    code: ErrorCode | string,
    message: string,
    requestId: string,
    details?: ErrorBody['error']['details'],
  ): ErrorBody => {
    const en = prefersEnglish(request);
    const tr = (m: string) => (en ? toEnglish(m) : m);
    const localised = details?.map((d) => ({ path: d.path, message: tr(d.message) }));
    return { error: { code, message: tr(message), ...(localised ? { details: localised } : {}), requestId } };
  };

/** Fastify's own client errors, translated; anything unknown is a 500 that hides its cause. */
const fastifyCodes: Record<string, [number, ErrorCode, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'payload_too_large', 'Dữ liệu gửi lên quá lớn'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [
    415,
    'unsupported_media_type',
    'Định dạng dữ liệu không được hỗ trợ, hãy gửi JSON',
  ],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'bad_request', 'Độ dài dữ liệu không hợp lệ'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'bad_request', 'Thiếu nội dung JSON'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'bad_request', 'Nội dung JSON không hợp lệ'],
  FST_ERR_VALIDATION: [400, 'validation_failed', 'Dữ liệu không hợp lệ'],
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
    if (error instanceof AppError) {
      if (error.headers) reply.headers(error.headers);
      return reply.status(error.status).send(body(error.code, error.message, rid, error.details));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'body';
      const details = error.validation.map((v) => {
        const issuePath = v.instancePath.split('/').filter(Boolean);
        const keys = (v.params as { keys?: string[] }).keys;
        // An unknown field is named by its own path, so the form can point at it.
        const path = [...issuePath, ...(keys && keys.length === 1 ? keys : [])].join('.');
        return {
          path: path || (keys ?? []).join(',') || where,
          message: prefersEnglish(request)
            ? zodIssueInEnglish(v.keyword, {
                ...(v.params as object),
                input: valueAt(sourceOf(request, where), issuePath),
              })
            : (v.message ?? 'Giá trị không hợp lệ'),
        };
      });
      return reply
        .status(400)
        .send(body('validation_failed', 'Dữ liệu không hợp lệ, kiểm tra các trường được nêu', rid, details));
    }
    const known = error.code ? fastifyCodes[error.code] : undefined;
    if (known) return reply.status(known[0]).send(body(known[1], known[2], rid));
    if (error instanceof SyntaxError || (error.statusCode === 400 && !error.code)) {
      return reply.status(400).send(body('bad_request', 'Nội dung JSON không hợp lệ', rid));
    }
    if (error.statusCode === 429)
      return reply.status(429).send(body('rate_limited', 'Quá nhiều yêu cầu, vui lòng thử lại sau', rid));
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send(body('bad_request', 'Yêu cầu không hợp lệ', rid));
    }
    request.log.error({ err: loggableError(error) }, 'unhandled error');
    return reply
      .status(500)
      .send(body('internal', 'Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị kèm mã yêu cầu', rid));
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
  envelope(request)('not_found', 'Không tìm thấy địa chỉ yêu cầu', String(request.id));
