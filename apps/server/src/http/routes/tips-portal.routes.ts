import multipart from '@fastify/multipart';
import {
  tipChallenge,
  tipChallengeRequest,
  tipPortalAccess,
  tipPortalMessageCreate,
  tipPortalReceipt,
  tipPortalSession,
  tipPortalSubmit,
  tipPortalView,
} from '@pcmt/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TipModule } from '../../modules/tips/tip.module.ts';
import { AppError, issue } from '../../platform/errors.ts';
import { tooLarge } from '../../platform/files/file-validation.ts';
import type { KitServices } from '../../registers/register.ts';

/**
 * The anonymous portal's routes: public (no account), and blind to who calls. Their log lines carry the method
 * and path only — no `remoteAddress`, no port, no host, no headers (the default request serializer logs the
 * client address, the one behind a proxy too) — and nothing here reads `request.ip`, the user agent or
 * `X-Forwarded-For`. Codes and sessions travel in bodies and a header, never in a URL.
 */
const blind = {
  access: { kind: 'public' as const },
};
const logSerializers = {
  req: (req: FastifyRequest) => ({ method: req.method, url: req.routeOptions?.url ?? '/api/v1/public/tips' }),
};
const tags = ['tips-portal'];
const token = (req: FastifyRequest) => {
  const v = req.headers['x-tip-token'];
  return typeof v === 'string' ? v : undefined;
};

export const tipPortalRoutes =
  (tips: TipModule, kit: KitServices): FastifyPluginAsyncZod =>
  async (app) => {
    const { portal } = tips;
    const maxBytes = Math.max(kit.attachments.limits.maxImageBytes, kit.attachments.limits.maxDocumentBytes);
    await app.register(multipart, {
      limits: { fileSize: maxBytes, files: 1, fields: 0, parts: 1, fieldNameSize: 100, headerPairs: 50 },
    });
    app.post(
      '/public/tips/challenges',
      {
        config: blind,
        logSerializers,
        schema: { tags, body: tipChallengeRequest, response: { 200: tipChallenge } },
      },
      async (req) => portal.challenge(req.body.purpose),
    );
    app.post(
      '/public/tips',
      {
        config: blind,
        logSerializers,
        schema: { tags, body: tipPortalSubmit, response: { 201: tipPortalReceipt } },
      },
      async (req, reply) => reply.status(201).send(await portal.submit(req.body, String(req.id))),
    );
    app.post(
      '/public/tips/access',
      {
        config: blind,
        logSerializers,
        schema: { tags, body: tipPortalAccess, response: { 200: tipPortalSession } },
      },
      async (req) => portal.access(req.body),
    );
    app.get(
      '/public/tips/conversation',
      { config: blind, logSerializers, schema: { tags, response: { 200: tipPortalView } } },
      async (req) => portal.view(token(req)),
    );
    app.post(
      '/public/tips/messages',
      {
        config: blind,
        logSerializers,
        schema: { tags, body: tipPortalMessageCreate, response: { 200: tipPortalView } },
      },
      async (req) => portal.message(token(req), req.body.text, String(req.id)),
    );
    app.post(
      '/public/tips/files',
      {
        config: blind,
        logSerializers,
        schema: { tags, consumes: ['multipart/form-data'], response: { 200: tipPortalView } },
      },
      async (req) => {
        const tipId = await portal.fileTarget(token(req));
        const upload = await readOneFile(req, maxBytes);
        const prepared = await kit.attachments.prepare(upload);
        return portal.addFile(
          tipId,
          prepared,
          (actor, id, file, tx) =>
            kit.attachments.attach(actor, { recordType: 'tip', recordId: id }, file, { tx }),
          String(req.id),
        );
      },
    );
  };

const fileField = (id: 'file.missing' | 'file.wrongField' | 'file.onlyOne') =>
  new AppError('validation_failed', id, undefined, { details: [issue('file', id)] });

/** One part named `file` (also the officer's file to the reporter, `tips-files.routes.ts`). */
export async function readOneFile(req: FastifyRequest, maxBytes: number) {
  try {
    const part = await req.file({ limits: { fileSize: maxBytes, files: 1, fields: 0, parts: 1 } });
    if (!part) throw fileField('file.missing');
    if (part.fieldname !== 'file') throw fileField('file.wrongField');
    return { filename: part.filename, bytes: await part.toBuffer() };
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(maxBytes);
    if (
      code === 'FST_FILES_LIMIT_ERROR' ||
      code === 'FST_FIELDS_LIMIT_ERROR' ||
      code === 'FST_PARTS_LIMIT_ERROR'
    )
      throw fileField('file.onlyOne');
    if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE')
      throw new AppError('unsupported_media_type', 'file.notMultipart');
    throw error;
  }
}
