import type { TimelineEntry } from '@pcmt/contracts';
import { type Permission, recordTimeline, viText } from '@pcmt/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../../modules/access/actor.ts';
import type { AttachmentService } from '../../modules/files/attachment.service.ts';
import { actorOf } from '../auth-hook.ts';
import { prefersEnglish } from '../messages.ts';
import { attachmentBody } from './attachments.routes.ts';

export const recordIdParams = z.strictObject({ id: z.uuid(viText('common.invalidRecordId')) });

/** The access of a register route on one record: the permission, and the record type the matrix fills. */
export const onRecord = (permission: Permission, recordType: string) => ({
  access: { kind: 'permission' as const, permission, record: recordType },
});
export const onList = (permission: Permission) => ({ access: { kind: 'permission' as const, permission } });

/** `GET <path>/:id/timeline`: every register gets the same timeline route (kit). */
export function timelineRoute(
  app: FastifyInstance,
  opts: {
    path: string;
    recordType: string;
    permission: Permission;
    tag: string;
    timeline: (actor: Actor, id: string, language: 'vi' | 'en') => Promise<TimelineEntry[]>;
  },
): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    `${opts.path}/:id/timeline`,
    {
      config: onRecord(opts.permission, opts.recordType),
      schema: { tags: [opts.tag], params: recordIdParams, response: { 200: recordTimeline } },
    },
    async (req: FastifyRequest<{ Params: { id: string } }>) => ({
      data: await opts.timeline(actorOf(req), req.params.id, prefersEnglish(req) ? 'en' : 'vi'),
    }),
  );
}

/**
 * `GET <path>/:id/attachments`: the record's files (names, types, sizes), for whoever may read the record
 * (404 otherwise). Downloads go through `GET /attachments/:id`, checked and audited there.
 */
export function attachmentsRoute(
  app: FastifyInstance,
  opts: {
    path: string;
    recordType: string;
    permission: Permission;
    tag: string;
    attachments: AttachmentService;
  },
): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    `${opts.path}/:id/attachments`,
    {
      config: onRecord(opts.permission, opts.recordType),
      schema: {
        tags: [opts.tag],
        params: recordIdParams,
        response: { 200: z.object({ data: z.array(attachmentBody) }) },
      },
    },
    async (req: FastifyRequest<{ Params: { id: string } }>) => ({
      data: await opts.attachments.list(actorOf(req), {
        recordType: opts.recordType,
        recordId: req.params.id,
      }),
    }),
  );
}
