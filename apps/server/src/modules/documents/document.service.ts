import {
  allowedDocumentTransitions,
  type Document,
  type DocumentCitation,
  type DocumentCitationCreate,
  type DocumentCitationTarget,
  type DocumentCitingRecord,
  type DocumentCreate,
  type DocumentListQuery,
  type DocumentStatus,
  type DocumentTransition,
  type DocumentUpdate,
  documentContract,
  documentStatusLabel,
  type Paged,
  type TimelineEntry,
} from '@pcmt/contracts';
import { todayInVietnam } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { document } from '../../platform/db/schema/index.ts';
import { AppError, invalid, notFound } from '../../platform/errors.ts';
import { authorize } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { auditContextOf } from '../access/agency.service.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { recordTimeline } from '../kit/timeline.ts';
import { transitionStatus, updateVersioned } from '../kit/versioned.ts';
import {
  citationsOf,
  citationsOfDocument,
  findCitation,
  insertCitation,
  removeCitation,
} from './citation.repository.ts';
import {
  documentExists,
  findDocument,
  insertDocument,
  listDocuments,
  sameNumber,
} from './document.repository.ts';

/** Asks whether the actor may read a record of any register (the files platform's record-type ports). */
export type RecordReader = {
  readable(actor: Actor, record: { recordType: string; recordId: string }): Promise<boolean>;
};

const vnDate = (iso: string) => iso.split('-').reverse().join('/');
const dayBefore = (iso: string) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const isUniqueViolation = (e: unknown): boolean => {
  const code = (x: unknown) => (x as { code?: string } | null)?.code;
  return code(e) === '23505' || code((e as { cause?: unknown } | null)?.cause) === '23505';
};

export type DocumentDeps = { today?: () => string };

/**
 * The documents register: record, edit, move between in force / replaced / expired, list (kind, issuer,
 * year, text), read (audited), timeline; and the citations of documents from any register's record, each
 * guarded by that record's own read check (out of scope or unknown → 404), audited on the citing record.
 */
export function createDocumentService(db: Db, deps: DocumentDeps = {}) {
  const today = deps.today ?? (() => todayInVietnam());
  const mustFind = async (tx: Db, id: string) => {
    const found = await findDocument(tx, id);
    if (!found) throw notFound('document.notFound');
    return found;
  };

  async function facts(input: DocumentCreate, exceptId?: string) {
    if (input.issuedOn && input.issuedOn > today()) throw invalid('issuedOn', 'date.notAfterToday');
    if (input.issuedOn && input.effectiveFrom && input.effectiveFrom < input.issuedOn)
      throw invalid('effectiveFrom', 'document.effectiveBeforeIssue', { date: vnDate(input.issuedOn) });
    if (input.effectiveFrom && input.effectiveTo && input.effectiveTo <= input.effectiveFrom)
      throw invalid('effectiveTo', 'document.effectiveToBeforeFrom', { date: vnDate(input.effectiveFrom) });
    if (await sameNumber(db, input.number, input.issuer, exceptId)) throw duplicate(input);
    return {
      kind: input.kind,
      number: input.number,
      issuedOn: input.issuedOn ?? null,
      issuer: input.issuer,
      signer: input.signer ?? null,
      summary: input.summary,
      effectiveFrom: input.effectiveFrom ?? null,
      effectiveTo: input.effectiveTo ?? null,
      notes: input.notes ?? null,
    };
  }
  const duplicate = (input: { number: string; issuer: string }) =>
    invalid('number', 'document.duplicateNumber', { number: input.number, issuer: input.issuer });

  async function mustReadRecord(actor: Actor, reader: RecordReader, target: DocumentCitationTarget) {
    if (!(await reader.readable(actor, target)))
      throw new AppError('not_found', 'document.citationRecordNotFound');
  }

  return {
    contract: documentContract,

    async create(actor: Actor, input: DocumentCreate, opts: { isDemo?: boolean } = {}): Promise<Document> {
      authorize(actor, 'document.write');
      const values = await facts(input);
      try {
        return await db.transaction(async (tx) => {
          const id = await insertDocument(tx, {
            ...values,
            status: 'in_force',
            statusSince: values.effectiveFrom ?? values.issuedOn,
            agencyId: actor.agencyId,
            createdBy: actor.userId,
            updatedBy: actor.userId,
            isDemo: opts.isDemo ?? false,
          });
          const created = await mustFind(tx, id);
          await appendAudit(tx, auditContextOf(actor), {
            action: 'document.create',
            recordType: 'document',
            recordId: id,
            after: created,
          });
          return created;
        });
      } catch (e) {
        // Two writers recording the same number at once: the unique index decides, the loser gets the 400.
        if (isUniqueViolation(e)) throw duplicate(input);
        throw e;
      }
    },

    async update(actor: Actor, id: string, input: DocumentUpdate): Promise<Document> {
      authorize(actor, 'document.write');
      const before = await mustFind(db, id);
      const values = await facts(input, id);
      try {
        return await db.transaction(async (tx) => {
          await updateVersioned(tx, document, actor, { id, version: input.version }, values);
          const after = await mustFind(tx, id);
          await appendAudit(tx, auditContextOf(actor), {
            action: 'document.update',
            recordType: 'document',
            recordId: id,
            before,
            after,
          });
          return after;
        });
      } catch (e) {
        if (isUniqueViolation(e)) throw duplicate(input);
        throw e;
      }
    },

    /**
     * Replaced (by a document of the register), expired, or back in force (a correction). A replaced or
     * expired document's last day in force is the day before `on`; back in force clears both.
     */
    async transition(actor: Actor, id: string, input: DocumentTransition): Promise<Document> {
      authorize(actor, 'document.write');
      const before = await mustFind(db, id);
      const replacedById = input.replacedById ?? null;
      if (input.to === 'replaced') {
        if (!replacedById) throw invalid('replacedById', 'document.replacementRequired');
        if (replacedById === id) throw invalid('replacedById', 'document.replacementSelf');
        if (!(await documentExists(db, replacedById)))
          throw invalid('replacedById', 'document.replacementNotFound');
      } else if (replacedById) throw invalid('replacedById', 'document.replacementOnlyWhenReplaced');
      if (input.to !== 'in_force' && before.effectiveFrom && input.on <= before.effectiveFrom)
        throw invalid('on', 'document.effectiveToBeforeFrom', { date: vnDate(before.effectiveFrom) });
      return db.transaction(async (tx) => {
        await transitionStatus<DocumentStatus>(tx, document, actor, {
          id,
          version: input.version,
          from: before.status,
          to: input.to,
          allowed: allowedDocumentTransitions,
          label: (s) => documentStatusLabel[s],
          set: {
            statusSince: input.on,
            replacedById,
            effectiveTo: input.to === 'in_force' ? null : dayBefore(input.on),
          },
        });
        const after = await mustFind(tx, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'document.transition',
          recordType: 'document',
          recordId: id,
          before: {
            status: before.status,
            statusSince: before.statusSince,
            replacedById: before.replacedBy?.id ?? null,
            effectiveTo: before.effectiveTo,
          },
          after: {
            status: input.to,
            statusSince: input.on,
            replacedById,
            effectiveTo: after.effectiveTo,
            reason: input.reason,
          },
        });
        return after;
      });
    },

    /** Reading a document is audited, as every register's read. */
    async get(actor: Actor, id: string): Promise<Document> {
      authorize(actor, 'document.read');
      return db.transaction(async (tx) => {
        const found = await mustFind(tx, id);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'document.read',
          recordType: 'document',
          recordId: id,
        });
        return found;
      });
    },

    async list(actor: Actor, q: DocumentListQuery): Promise<Paged<Document>> {
      authorize(actor, 'document.read');
      return db.transaction(async (tx) => {
        const page = await listDocuments(tx, q);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'document.list',
          recordType: 'document',
          after: { returned: page.data.length, total: page.total, filter: q },
        });
        return page;
      });
    },

    /** Province-wide reference: whoever holds `document.read` reads every document. */
    async readable(actor: Actor, id: string): Promise<boolean> {
      try {
        authorize(actor, 'document.read');
      } catch {
        return false;
      }
      return documentExists(db, id);
    },

    async timeline(actor: Actor, id: string, language: 'vi' | 'en'): Promise<TimelineEntry[]> {
      authorize(actor, 'document.read');
      await mustFind(db, id);
      return recordTimeline(db, documentContract, id, language);
    },

    /** The documents a record cites, for whoever may read the record (404 otherwise). */
    async citations(
      actor: Actor,
      target: DocumentCitationTarget,
      reader: RecordReader,
    ): Promise<DocumentCitation[]> {
      authorize(actor, 'document.read');
      await mustReadRecord(actor, reader, target);
      return citationsOf(db, target);
    },

    /**
     * Cites document `id` from a record the actor may read. Audited on the citing record (`document.cite`),
     * so it shows in that record's timeline; a second live citation of the same document is a 409.
     */
    async cite(
      actor: Actor,
      id: string,
      input: DocumentCitationCreate,
      reader: RecordReader,
      opts: { isDemo?: boolean } = {},
    ): Promise<DocumentCitation> {
      authorize(actor, 'document.cite');
      const doc = await mustFind(db, id);
      const target = { recordType: input.recordType, recordId: input.recordId };
      await mustReadRecord(actor, reader, target);
      const exists = () =>
        new AppError(
          'conflict',
          'document.citationExists',
          { number: doc.number },
          {
            details: [
              { path: 'documentId', messageId: 'document.citationExists', params: { number: doc.number } },
            ],
          },
        );
      if ((await citationsOf(db, target)).some((c) => c.document.id === id)) throw exists();
      try {
        return await db.transaction(async (tx) => {
          const citationId = await insertCitation(tx, {
            documentId: id,
            ...target,
            note: input.note ?? null,
            createdBy: actor.userId,
            isDemo: opts.isDemo ?? false,
          });
          await appendAudit(tx, auditContextOf(actor), {
            action: 'document.cite',
            ...target,
            after: { citationId, documentId: id, number: doc.number, note: input.note ?? null },
          });
          return (await findCitation(tx, citationId))!.citation;
        });
      } catch (e) {
        if (isUniqueViolation(e)) throw exists();
        throw e;
      }
    },

    /** Removes a citation (the row stays, marked removed); again on a removed one: done, nothing written. */
    async uncite(actor: Actor, citationId: string, reader: RecordReader): Promise<void> {
      authorize(actor, 'document.cite');
      const found = await findCitation(db, citationId);
      if (!found) throw new AppError('not_found', 'document.citationNotFound');
      const { citation } = found;
      const target = { recordType: citation.recordType, recordId: citation.recordId };
      if (!(await reader.readable(actor, target)))
        throw new AppError('not_found', 'document.citationNotFound');
      if (found.removed) return;
      await db.transaction(async (tx) => {
        if (!(await removeCitation(tx, citationId, actor.userId))) return;
        await appendAudit(tx, auditContextOf(actor), {
          action: 'document.uncite',
          ...target,
          before: { citationId, documentId: citation.document.id, number: citation.document.number },
        });
      });
    },

    /** The records citing document `id` that the actor may read (the others are left out, not counted). */
    async citedBy(actor: Actor, id: string, reader: RecordReader): Promise<DocumentCitingRecord[]> {
      authorize(actor, 'document.read');
      await mustFind(db, id);
      const rows = await citationsOfDocument(db, id);
      const out: DocumentCitingRecord[] = [];
      for (const r of rows)
        if (await reader.readable(actor, { recordType: r.recordType, recordId: r.recordId }))
          out.push({ ...r, createdAt: r.createdAt.toISOString() });
      return out;
    },
  };
}

export type DocumentService = ReturnType<typeof createDocumentService>;
