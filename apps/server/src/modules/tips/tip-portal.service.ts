import type {
  TipChallenge,
  TipPortalAccess,
  TipPortalReceipt,
  TipPortalSession,
  TipPortalSubmit,
  TipPortalView,
} from '@pcmt/contracts';
import { publicTipStatus, type TipStatus, vnDateOf } from '@pcmt/domain';
import type { Keyring } from '../../platform/crypto/keys.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError, fieldError, invalid } from '../../platform/errors.ts';
import type { Actor } from '../access/actor.ts';
import { ensureSystemAccount } from '../access/system-account.ts';
import { type AuditContext, appendAudit } from '../audit/audit.recorder.ts';
import type { PreparedUpload } from '../files/attachment.service.ts';
import type { UnitService } from '../units/unit.service.ts';
import {
  findTipByReceipt,
  findTipStatus,
  insertTip,
  insertTipMessage,
  nextTipNumber,
  tipMessagesOf,
} from './tip.repository.ts';
import { type TipService, timersAtReceipt } from './tip.service.ts';
import { placeTip } from './tip-placement.ts';
import { portalAgencyFor } from './tip-places.repository.ts';
import { insertPortalFile, portalFilesOf, reporterFileCount } from './tip-portal.repository.ts';
import { defaultPortalSettings, type PortalSettings, portalGuard } from './tip-portal-guard.ts';
import {
  defaultReceiptHashCost,
  displayReceipt,
  newReceiptCode,
  type ReceiptHashCost,
  receiptHasher,
  wellFormedReceipt,
} from './tip-receipt.ts';

/**
 * The anonymous portal (`/api/v1/public/tips…`, no account). Nothing about the sender is read or kept: no
 * address, no user agent, no cookie. Audit rows of portal actions name no actor and carry no address; their
 * request id is `portal:<request id>`. The receipt code is shown once and kept only as a keyed slow hash.
 */
export type PortalOptions = Partial<PortalSettings> & { receiptHashCost?: ReceiptHashCost };

/** How a portal file reaches the files platform (the register's routes pass the kit's attachments). */
export type PortalAttach = (
  actor: Actor,
  tipId: string,
  file: PreparedUpload,
  tx: Db,
) => Promise<{ id: string }>;

export function createTipPortal(
  db: Db,
  core: TipService,
  deps: { units: UnitService; keyring: Keyring; now?: () => Date },
) {
  let settings: PortalSettings = { ...defaultPortalSettings, ...(deps.now ? { now: deps.now } : {}) };
  let hash = receiptHasher(deps.keyring, defaultReceiptHashCost);
  const guard = portalGuard(db, deps.keyring, () => settings);
  const context = (requestId: string): AuditContext => ({
    actorUserId: null,
    actorUsername: null,
    actorAgencyId: null,
    requestId: `portal:${requestId}`,
    ip: null,
  });

  async function view(tipId: string): Promise<TipPortalView> {
    const t = await findTipStatus(db, tipId);
    if (!t) throw new AppError('unauthenticated', 'tip.portalSessionExpired');
    const messages = await tipMessagesOf(db, tipId);
    const files = await portalFilesOf(db, tipId);
    return {
      status: publicTipStatus(t.status as TipStatus),
      receivedOn: t.receivedOn,
      messages: messages.map((m) => ({
        id: m.id,
        from: m.author as 'reporter' | 'officer',
        text: m.text,
        at: m.createdAt.toISOString(),
      })),
      files: files.map((f) => ({
        id: f.id,
        from: f.direction === 'from_reporter' ? ('reporter' as const) : ('officer' as const),
        name: f.name,
        mediaType: f.mediaType,
        sizeBytes: f.sizeBytes,
        at: new Date(f.createdAt).toISOString(),
      })),
    };
  }

  return {
    /** Tests and the benchmark set the clock, difficulties and buckets here. */
    configure(options: PortalOptions) {
      const { receiptHashCost, ...rest } = options;
      settings = { ...settings, ...rest };
      if (receiptHashCost) hash = receiptHasher(deps.keyring, receiptHashCost);
    },
    settings: () => settings,

    challenge: (purpose: 'submit' | 'access'): Promise<TipChallenge> => guard.issue(purpose),

    async submit(input: TipPortalSubmit, requestId: string): Promise<TipPortalReceipt> {
      await guard.admitSubmission(input.challenge, input.nonce);
      const receivedAt = settings.now();
      const receivedOn = vnDateOf(receivedAt);
      if (input.occurredOn && input.occurredOn > receivedOn)
        throw invalid('occurredOn', 'tip.occurredInFuture');
      // The place decides who handles it: that commune's police, else PC04 (one lookup once the unit is known).
      const hinted = input.place.kind === 'unit' ? input.place.unitId : null;
      const first = await portalAgencyFor(db, hinted);
      const placed = await placeTip(db, deps.units, input.place, receivedOn, first.id);
      const agency =
        placed.placeUnknown || placed.unitId === hinted ? first : await portalAgencyFor(db, placed.unitId);
      const timers = await timersAtReceipt(
        db,
        core.rules(),
        receivedAt,
        placed.unitId,
        agency.id,
        agency.kind,
      );
      const code = newReceiptCode();
      const receiptHash = await hash(code);
      const id = crypto.randomUUID();
      await db.transaction(async (tx) => {
        await insertTip(tx, {
          id,
          number: await nextTipNumber(tx, receivedOn.slice(0, 4)),
          unitId: placed.unitId,
          agencyId: agency.id,
          receivingAgencyId: agency.id,
          receivingOfficer: null,
          source: 'denunciation',
          form: 'written',
          channel: 'portal',
          receivedAt,
          receivedOn,
          content: input.content,
          occurredOn: input.occurredOn ?? null,
          occurredTime: input.occurredTime ?? null,
          lat: placed.lat,
          lng: placed.lng,
          placeUnknown: placed.placeUnknown,
          address: input.address ?? null,
          placeRef: input.placeRef ?? null,
          category: input.category ?? null,
          urgency: 'normal',
          status: 'received',
          statusSince: receivedOn,
          dueOn: timers.dueOn,
          transferDueAt: timers.transferDueAt,
          receiptHash,
          ...core.sealing.columns(id, input.reporter),
        });
        await appendAudit(tx, context(requestId), {
          action: 'tip.submit',
          recordType: 'tip',
          recordId: id,
          after: {
            channel: 'portal',
            unitId: placed.unitId,
            agencyId: agency.id,
            hasReporter: !!input.reporter,
          },
        });
      });
      return { receiptCode: displayReceipt(code), receivedAt: receivedAt.toISOString() };
    },

    /**
     * Opening a tip with its code. Every wrong code gets the same 404 and costs a token of the wrong-code
     * buckets; when they are empty every opening is refused alike before the code is even hashed.
     */
    async access(input: TipPortalAccess): Promise<TipPortalSession> {
      const typed = input.code;
      const digits = typed.normalize('NFKC').replace(/[\s\-–—._]/g, '');
      await guard.admitAccess(input.challenge, input.nonce, digits);
      const code = wellFormedReceipt(typed);
      if (!code) throw invalid('code', 'tip.receiptMalformed');
      const found = await findTipByReceipt(db, await hash(code));
      if (!found) {
        await guard.recordWrongCode(code);
        throw fieldError('not_found', 'code', 'tip.receiptWrong');
      }
      return { ...guard.openSession(found.id), tip: await view(found.id) };
    },

    view: (token: string | undefined) => view(guard.sessionTip(token)),

    async message(token: string | undefined, text: string, requestId: string): Promise<TipPortalView> {
      const tipId = guard.sessionTip(token);
      if (!(await findTipStatus(db, tipId)))
        throw new AppError('unauthenticated', 'tip.portalSessionExpired');
      await db.transaction(async (tx) => {
        await insertTipMessage(tx, {
          tipId,
          author: 'reporter',
          text,
          createdBy: null,
          createdAt: settings.now(),
        });
        await appendAudit(tx, context(requestId), {
          action: 'tip.reporter.message',
          recordType: 'tip',
          recordId: tipId,
          after: { length: text.length },
        });
      });
      return view(tipId);
    },

    /** The session's tip, checked before a file is read (nobody spends our CPU on a file for nothing). */
    /** The tip a conversation token opens (401 when expired or forged). */
    sessionTip: (token: string | undefined): string => guard.sessionTip(token),

    async fileTarget(token: string | undefined): Promise<string> {
      const tipId = guard.sessionTip(token);
      const max = settings.maxReporterFiles;
      if ((await reporterFileCount(db, tipId)) >= max)
        throw new AppError(
          'validation_failed',
          'tip.tooManyFiles',
          { max },
          { details: [{ path: 'file', messageId: 'tip.tooManyFiles', params: { max } }] },
        );
      return tipId;
    },

    async addFile(
      tipId: string,
      file: PreparedUpload,
      attach: PortalAttach,
      requestId: string,
    ): Promise<TipPortalView> {
      const system = await ensureSystemAccount(db);
      // The files platform wants an uploader: the system account, with no address and a portal request id.
      const actor: Actor = {
        userId: system.id,
        username: 'system',
        agencyId: system.agencyId,
        roles: [],
        via: 'system',
        requestId: `portal:${requestId}`,
        ip: null,
      };
      await db.transaction(async (tx) => {
        const attachment = await attach(actor, tipId, file, tx);
        await insertPortalFile(tx, tipId, attachment.id, 'from_reporter');
        await appendAudit(tx, context(requestId), {
          action: 'tip.reporter.file',
          recordType: 'tip',
          recordId: tipId,
          after: { attachmentId: attachment.id, mediaType: file.file.mediaType },
        });
      });
      return view(tipId);
    },
  };
}

export type TipPortal = ReturnType<typeof createTipPortal>;
