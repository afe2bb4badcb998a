import multipart from '@fastify/multipart';
import { viText } from '@pcmt/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TipModule } from '../../modules/tips/tip.module.ts';
import { notFound } from '../../platform/errors.ts';
import { contentDisposition } from '../../platform/files/filename.ts';
import type { KitServices } from '../../registers/register.ts';
import { actorOf } from '../auth-hook.ts';
import { onRecord, recordIdParams } from './kit-routes.ts';
import { readOneFile } from './tips-portal.routes.ts';

const tags = ['tips'];
const shared = z.object({
  id: z.uuid(),
  name: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
});
const fileParams = z.strictObject({ fileId: z.uuid(viText('common.invalidRecordId')) });
const portalLog = {
  req: (req: FastifyRequest) => ({ method: req.method, url: req.routeOptions?.url ?? '/api/v1/public/tips' }),
};

/**
 * Files in the officer's direction of the anonymous conversation: `POST /tips/:id/reporter-files` (an officer who
 * handles the tip; multipart, one part `file`, the files platform's types and sizes, photos re-encoded) and the
 * reporter's download `GET /public/tips/files/:fileId` (the conversation token in `x-tip-token`; public, blind
 * to who calls like the portal's other routes).
 */
export const tipFileRoutes =
  (tips: TipModule, kit: KitServices): FastifyPluginAsyncZod =>
  async (app) => {
    const maxBytes = Math.max(kit.attachments.limits.maxImageBytes, kit.attachments.limits.maxDocumentBytes);
    await app.register(multipart, {
      limits: { fileSize: maxBytes, files: 1, fields: 0, parts: 1, fieldNameSize: 100, headerPairs: 50 },
    });
    app.post(
      '/tips/:id/reporter-files',
      {
        config: onRecord('tip.handle', 'tip'),
        schema: {
          tags,
          params: recordIdParams,
          consumes: ['multipart/form-data'],
          response: { 201: shared },
        },
      },
      async (req, reply) => {
        const actor = actorOf(req);
        const id = (req.params as { id: string }).id;
        // Scope before reading the body: an out-of-scope tip is 404 whatever is sent.
        if (!(await tips.desk.readable(actor, id))) throw notFound('tip.notFound');
        const prepared = await kit.attachments.prepare(await readOneFile(req, maxBytes));
        const sent = await tips.portalFiles.share(actor, id, prepared, (a, tipId, file, tx) =>
          kit.attachments.attach(a, { recordType: 'tip', recordId: tipId }, file, { tx }),
        );
        return reply.status(201).send(sent);
      },
    );
    app.get(
      '/public/tips/files/:fileId',
      {
        config: { access: { kind: 'public' as const } },
        logSerializers: portalLog,
        schema: { tags: ['tips-portal'], params: fileParams },
      },
      async (req, reply) => {
        const v = req.headers['x-tip-token'];
        const reader = await tips.portalFiles.reader(
          typeof v === 'string' ? v : undefined,
          req.params.fileId,
          String(req.id),
        );
        const opened = await kit.attachments.open(reader, req.params.fileId);
        return reply
          .header('content-type', opened.attachment.mediaType)
          .header('content-length', opened.bytes.length)
          .header('content-disposition', contentDisposition(opened.filename))
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'no-store')
          .header('content-security-policy', "default-src 'none'; sandbox")
          .send(opened.bytes);
      },
    );
  };
