import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { queryRows } from '../../platform/db/rows.ts';
import { notFound } from '../../platform/errors.ts';
import { authorize } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { auditContextOf } from '../access/agency.service.ts';
import { ensureSystemAccount } from '../access/system-account.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import type { PreparedUpload } from '../files/attachment.service.ts';
import type { TipService } from './tip.service.ts';
import { insertPortalFile } from './tip-portal.repository.ts';
import type { PortalAttach } from './tip-portal.service.ts';

export type PortalFileShared = { id: string; name: string; mediaType: string; sizeBytes: number };

/**
 * Files through the anonymous conversation in the officer's direction: an officer who handles the tip sends a file
 * (a form to fill in, a photo to recognise) and the reporter downloads it with the conversation's token. The
 * download goes through the files platform (`open`: its audit row, names, types) as a one-off reader actor that
 * the tip register's `readable` recognises for that one tip only; it carries no address, like every portal call.
 */
export function createTipPortalFiles(db: Db, core: TipService, sessionTip: (token?: string) => string) {
  const readers = new WeakMap<Actor, string>();

  return {
    /** Is `actor` a reporter's download reader for tip `tipId`? (The tip register's `readable` asks.) */
    readsAs: (actor: Actor, tipId: string): boolean => readers.get(actor) === tipId,

    async share(
      actor: Actor,
      tipId: string,
      file: PreparedUpload,
      attach: PortalAttach,
    ): Promise<PortalFileShared> {
      authorize(actor, 'tip.handle');
      return db.transaction(async (tx) => {
        await core.mustFind(tx, actor, tipId);
        const attachment = await attach(actor, tipId, file, tx);
        await insertPortalFile(tx, tipId, attachment.id, 'to_reporter');
        await appendAudit(tx, auditContextOf(actor), {
          action: 'tip.reply.file',
          recordType: 'tip',
          recordId: tipId,
          after: { attachmentId: attachment.id, mediaType: file.file.mediaType },
        });
        return {
          id: attachment.id,
          name: file.name,
          mediaType: file.file.mediaType,
          sizeBytes: file.file.bytes.length,
        };
      });
    },

    /**
     * The reader for one file of the conversation the token opens (either direction); any other file, or one of
     * another tip, is 404 alike.
     */
    async reader(token: string | undefined, fileId: string, requestId: string): Promise<Actor> {
      const tipId = sessionTip(token);
      const [row] = await queryRows<{ n: number }>(
        db,
        sql`select count(*)::int as n from tip_portal_file where attachment_id = ${fileId} and tip_id = ${tipId}`,
      );
      if (!row?.n) throw notFound('attachment.notFound');
      const system = await ensureSystemAccount(db);
      const actor: Actor = {
        userId: system.id,
        username: 'system',
        agencyId: system.agencyId,
        roles: [],
        via: 'system',
        requestId: `portal:${requestId}`,
        ip: null,
      };
      readers.set(actor, tipId);
      return actor;
    },
  };
}
export type TipPortalFiles = ReturnType<typeof createTipPortalFiles>;
