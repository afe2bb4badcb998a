import {
  pagedResult,
  type Tip,
  tip,
  tipAlert,
  tipAlertsQuery,
  tipAssign,
  tipContract,
  tipCreate,
  tipDismiss,
  tipExportRequest,
  tipExtend,
  tipLinkCreate,
  tipListQuery,
  tipMessage,
  tipNote,
  tipNoteCreate,
  tipOutcomeRecord,
  tipReply,
  tipReporterReveal,
  tipReporterRevealed,
  tipResume,
  tipRetentionQuery,
  tipStatistics,
  tipStatisticsQuery,
  tipSuspend,
  tipTransfer,
  tipTriage,
} from '@pcmt/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TipModule } from '../../modules/tips/tip.module.ts';
import type { KitServices } from '../../registers/register.ts';
import { actorOf } from '../auth-hook.ts';
import { attachmentsRoute, onList, onRecord, recordIdParams, timelineRoute } from './kit-routes.ts';
import { tipFileRoutes } from './tips-files.routes.ts';
import { tipPortalRoutes } from './tips-portal.routes.ts';

const tags = ['tips'];
const type = tipContract.recordType;
const versionOnly = z.strictObject({ version: z.number().int() });

/** `/api/v1/tips` (desk intake and handling) and `/api/v1/public/tips` (the anonymous portal). */
export const tipRoutes =
  (tips: TipModule, kit: KitServices): FastifyPluginAsyncZod =>
  async (app) => {
    const { desk, handling, review } = tips;
    app.get(
      '/tips',
      {
        config: onList('tip.read'),
        schema: { tags, querystring: tipListQuery, response: { 200: pagedResult(tip) } },
      },
      async (req) => desk.list(actorOf(req), req.query),
    );
    app.get(
      '/tips/overdue',
      {
        config: onList('tip.supervise'),
        schema: { tags, querystring: tipListQuery, response: { 200: pagedResult(tip) } },
      },
      async (req) => desk.overdue(actorOf(req), req.query),
    );
    app.get(
      '/tips/alerts',
      {
        config: onList('tip.read'),
        schema: {
          tags,
          querystring: tipAlertsQuery,
          response: { 200: z.object({ data: z.array(tipAlert) }) },
        },
      },
      async (req) => ({ data: await desk.alerts(actorOf(req), req.query.withinDays) }),
    );
    app.get(
      '/tips/statistics',
      {
        config: onList('tip.statistics'),
        schema: { tags, querystring: tipStatisticsQuery, response: { 200: tipStatistics } },
      },
      async (req) => desk.statistics(actorOf(req), req.query),
    );
    // Closed tips whose retention ends soon or has ended, for the unit head to decide (nothing is deleted).
    app.get(
      '/tips/retention',
      {
        config: onList('tip.supervise'),
        schema: { tags, querystring: tipRetentionQuery, response: { 200: pagedResult(tip) } },
      },
      async (req) => review.retention(actorOf(req), req.query),
    );
    // The inbox with its filters as a CSV file (UTF-8 BOM): a reason, audited with the row count.
    app.post(
      '/tips/export',
      { config: onList('tip.supervise'), schema: { tags, body: tipExportRequest } },
      async (req, reply) => {
        const file = await review.exportCsv(actorOf(req), req.body);
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${file.filename}"`)
          .header('x-pcmt-rows', String(file.rows))
          .send(file.body);
      },
    );
    app.post(
      '/tips',
      { config: onList('tip.intake'), schema: { tags, body: tipCreate, response: { 201: tip } } },
      async (req, reply) => reply.status(201).send(await desk.create(actorOf(req), req.body)),
    );
    app.get(
      '/tips/:id',
      {
        config: onRecord('tip.read', type),
        schema: { tags, params: recordIdParams, response: { 200: tip } },
      },
      async (req) => desk.get(actorOf(req), req.params.id),
    );
    const move = <B extends z.ZodType>(
      path: string,
      body: B,
      run: (actor: ReturnType<typeof actorOf>, id: string, b: z.infer<B>) => Promise<Tip>,
    ) =>
      app.post(
        `/tips/:id/${path}`,
        {
          config: onRecord('tip.handle', type),
          schema: { tags, params: recordIdParams, body, response: { 200: tip } },
        },
        async (req) => run(actorOf(req), (req.params as { id: string }).id, req.body as z.infer<B>),
      );
    move('triage', tipTriage, (a, id, b) => handling.triage(a, id, b));
    move('assignment', tipAssign, (a, id, b) => handling.assign(a, id, b));
    move('transfer', tipTransfer, (a, id, b) => handling.transfer(a, id, b));
    move('verification', versionOnly, (a, id, b) => handling.verify(a, id, b.version));
    move('links', tipLinkCreate, (a, id, b) => handling.link(a, id, b));
    // The link's own key in the query (a DELETE has no body): `?kind=hotspot&targetId=…`.
    app.delete(
      '/tips/:id/links',
      {
        config: onRecord('tip.handle', type),
        schema: {
          tags,
          params: recordIdParams,
          querystring: tipLinkCreate.pick({ kind: true, targetId: true }),
          response: { 200: tip },
        },
      },
      async (req) => handling.unlink(actorOf(req), req.params.id, req.query),
    );
    move('outcome', tipOutcomeRecord, (a, id, b) => handling.outcome(a, id, b));
    move('suspension', tipSuspend, (a, id, b) => handling.suspend(a, id, b));
    move('resumption', tipResume, (a, id, b) => handling.resume(a, id, b));
    move('extensions', tipExtend, (a, id, b) => handling.extend(a, id, b));
    move('dismissal', tipDismiss, (a, id, b) => handling.dismiss(a, id, b));

    const notes = z.object({ data: z.array(tipNote) });
    app.get(
      '/tips/:id/notes',
      {
        config: onRecord('tip.read', type),
        schema: { tags, params: recordIdParams, response: { 200: notes } },
      },
      async (req) => ({ data: await desk.notes(actorOf(req), req.params.id) }),
    );
    app.post(
      '/tips/:id/notes',
      {
        config: onRecord('tip.handle', type),
        schema: { tags, params: recordIdParams, body: tipNoteCreate, response: { 200: notes } },
      },
      async (req) => ({ data: await handling.note(actorOf(req), req.params.id, req.body.text) }),
    );
    const messages = z.object({ data: z.array(tipMessage) });
    app.get(
      '/tips/:id/messages',
      {
        config: onRecord('tip.read', type),
        schema: { tags, params: recordIdParams, response: { 200: messages } },
      },
      async (req) => ({ data: await desk.messages(actorOf(req), req.params.id) }),
    );
    app.post(
      '/tips/:id/replies',
      {
        config: onRecord('tip.handle', type),
        schema: { tags, params: recordIdParams, body: tipReply, response: { 200: messages } },
      },
      async (req) => ({ data: await desk.reply(actorOf(req), req.params.id, req.body.text) }),
    );
    app.post(
      '/tips/:id/reporter',
      {
        config: onRecord('tip.reporter.read', type),
        schema: {
          tags,
          params: recordIdParams,
          body: tipReporterReveal,
          response: { 200: tipReporterRevealed },
        },
      },
      async (req) => desk.revealReporter(actorOf(req), req.params.id, req.body.reason),
    );
    attachmentsRoute(app, {
      path: '/tips',
      recordType: type,
      permission: 'tip.read',
      tag: 'tips',
      attachments: kit.attachments,
    });
    timelineRoute(app, {
      path: '/tips',
      recordType: type,
      permission: 'tip.read',
      tag: 'tips',
      timeline: desk.timeline,
    });

    await app.register(tipPortalRoutes(tips, kit));
    await app.register(tipFileRoutes(tips, kit));
  };
