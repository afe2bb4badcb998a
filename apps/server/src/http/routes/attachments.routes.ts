import multipart from '@fastify/multipart';
import { viText } from '@pcmt/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AttachmentService } from '../../modules/files/attachment.service.ts';
import { AppError, issue } from '../../platform/errors.ts';
import { tooLarge } from '../../platform/files/file-validation.ts';
import { contentDisposition } from '../../platform/files/filename.ts';
import type { Services } from '../../services.ts';
import { actorOf } from '../auth-hook.ts';

export const attachmentBody = z.object({
  id: z.uuid(),
  recordType: z.string(),
  recordId: z.uuid(),
  name: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  createdBy: z.uuid(),
  createdAt: z.string(),
  isDemo: z.boolean(),
});
const target = z.strictObject({
  recordType: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, viText('attachment.invalidRecordType')),
  recordId: z.uuid(viText('common.invalidRecordId')),
});
const idParams = z.strictObject({ id: z.uuid(viText('attachment.invalidId')) });

const fileField = (id: 'file.missing' | 'file.wrongField' | 'file.onlyOne') =>
  new AppError('validation_failed', id, undefined, { details: [issue('file', id)] });

/** The one file of the request, read into memory within the largest limit (the type's own limit comes later). */
async function readFile(req: FastifyRequest, maxBytes: number): Promise<{ filename: string; bytes: Buffer }> {
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

/**
 * `POST /attachments?recordType=&recordId=` (multipart, one part named `file`) and `GET /attachments/:id`.
 * Any signed-in user may call them; the owning record's register decides (out of scope → 404). Multipart is
 * accepted only inside this plugin: every other route still refuses it with 415.
 */
export const attachmentRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const attachments: AttachmentService = services.attachments;
    const maxBytes = Math.max(attachments.limits.maxImageBytes, attachments.limits.maxDocumentBytes);
    await app.register(multipart, {
      limits: { fileSize: maxBytes, files: 1, fields: 0, parts: 1, fieldNameSize: 100, headerPairs: 50 },
    });

    app.post(
      '/attachments',
      {
        config: { access: { kind: 'signed_in' } },
        schema: {
          tags: ['files'],
          consumes: ['multipart/form-data'],
          querystring: target,
          response: { 201: attachmentBody },
        },
      },
      async (req, reply) => {
        const actor = actorOf(req);
        // The record first: nobody gets to spend our CPU on a file for a record they cannot see.
        await attachments.assertAttachable(actor, req.query);
        const upload = await readFile(req, maxBytes);
        return reply.status(201).send(await attachments.attach(actor, req.query, upload));
      },
    );

    app.get(
      '/attachments/:id',
      {
        config: { access: { kind: 'signed_in', record: 'attachment' } },
        schema: { tags: ['files'], params: idParams },
      },
      async (req, reply) => {
        const opened = await attachments.open(actorOf(req), req.params.id);
        return (
          reply
            .header('content-type', opened.attachment.mediaType)
            .header('content-length', opened.bytes.length)
            .header('content-disposition', contentDisposition(opened.filename))
            .header('x-content-type-options', 'nosniff')
            .header('cache-control', 'no-store')
            // Opened in a tab anyway (a PDF viewer), the file runs no script and reaches nothing.
            .header('content-security-policy', "default-src 'none'; sandbox")
            .send(opened.bytes)
        );
      },
    );
  };
