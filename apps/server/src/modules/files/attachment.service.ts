import type { FileKeys } from '../../platform/crypto/keys.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { createMemoryFileStore, type FileStore } from '../../platform/files/file-store.ts';
import {
  allowedTypes,
  type CheckedFile,
  checkUpload,
  defaultFileLimits,
  type FileLimits,
} from '../../platform/files/file-validation.ts';
import { createFileVault, type FileVault } from '../../platform/files/file-vault.ts';
import { downloadName, sanitizeFilename } from '../../platform/files/filename.ts';
import type { Actor } from '../access/actor.ts';
import { auditContextOf } from '../access/agency.service.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import {
  type AttachmentRow,
  findAttachment,
  insertAttachment,
  listAttachments,
} from './attachment.repository.ts';
import { createRecordTypeRegistry, type RecordTypePort } from './record-types.ts';

export type RecordRef = { recordType: string; recordId: string };
/** What a client sent: its bytes and the name it gave them (a label only). */
export type Upload = { filename: string | null | undefined; bytes: Buffer };
/** An upload already checked, cleaned and stored (see `prepare`). */
export type PreparedUpload = { prepared: true; file: CheckedFile; sha256: string; name: string };

export type Attachment = {
  id: string;
  recordType: string;
  recordId: string;
  name: string;
  mediaType: string;
  sizeBytes: number;
  createdBy: string;
  createdAt: string;
  isDemo: boolean;
};

export type OpenedAttachment = { attachment: Attachment; filename: string; bytes: Buffer };

const toAttachment = (r: AttachmentRow): Attachment => ({
  id: r.id,
  recordType: r.recordType,
  recordId: r.recordId,
  name: r.originalName,
  mediaType: r.mediaType,
  sizeBytes: r.sizeBytes,
  createdBy: r.createdBy,
  createdAt: r.createdAt.toISOString(),
  isDemo: r.isDemo,
});

/** Out of scope, unknown type and no such record all read the same: the record is not found. */
const recordNotFound = () => notFound('common.notFound');

/**
 * Attachments for every register. A register registers its record type once with a `RecordTypePort`
 * (`registerRecordType`); from then on its records can carry files:
 * - `attach` checks the record (unless the caller passes its own transaction, see below), checks and cleans
 *   the file, stores it encrypted once per content, and writes the row and its audit row
 *   (`attachment.create`) in one transaction;
 * - `list` returns a record's files to whoever may read the record;
 * - `open` returns the decrypted bytes to whoever may read the record, and audits the download
 *   (`attachment.download`) before returning them.
 * Audit rows name the owning record (`record_type`/`record_id`), so they appear in its timeline; the
 * attachment id and the content's SHA-256 are in `after` (the name is not: the trail holds no personal data).
 */
export function createAttachmentService(db: Db, vault: FileVault, limits: FileLimits) {
  const registry = createRecordTypeRegistry();

  async function portFor(recordType: string): Promise<RecordTypePort> {
    const port = registry.get(recordType);
    if (!port) throw recordNotFound();
    return port;
  }

  async function assertReadable(actor: Actor, record: RecordRef): Promise<void> {
    const port = await portFor(record.recordType);
    if (!(await port.readable(actor, record.recordId))) throw recordNotFound();
  }

  async function assertAttachable(actor: Actor, record: RecordRef): Promise<void> {
    const port = await portFor(record.recordType);
    if (!(await port.readable(actor, record.recordId))) throw recordNotFound();
    if (port.attachable && !(await port.attachable(actor, record.recordId)))
      throw new AppError('forbidden', 'attachment.forbidden');
  }

  /** Checks, cleans and stores an upload, before any transaction: the slow part (decoding photos). */
  async function prepare(upload: Upload): Promise<PreparedUpload> {
    const file = await checkUpload(upload.bytes, limits);
    const { sha256 } = await vault.save(file.bytes);
    return { prepared: true, file, sha256, name: sanitizeFilename(upload.filename) };
  }

  async function writeRow(
    tx: Db,
    actor: Actor,
    record: RecordRef,
    p: PreparedUpload,
    isDemo: boolean,
  ): Promise<Attachment> {
    const row = await insertAttachment(tx, {
      recordType: record.recordType,
      recordId: record.recordId,
      sha256: p.sha256,
      mediaType: p.file.mediaType,
      uploadedMediaType: p.file.uploadedMediaType,
      sizeBytes: p.file.bytes.length,
      originalName: p.name,
      createdBy: actor.userId,
      isDemo,
    });
    await appendAudit(tx, auditContextOf(actor), {
      action: 'attachment.create',
      recordType: record.recordType,
      recordId: record.recordId,
      after: { attachmentId: row.id, mediaType: row.mediaType, sizeBytes: row.sizeBytes, sha256: row.sha256 },
    });
    return toAttachment(row);
  }

  return {
    limits,
    /** Called once per record type by the composition root (the register kit). */
    registerRecordType: (recordType: string, port: RecordTypePort) => registry.register(recordType, port),
    assertAttachable,
    /**
     * May the actor read this record? The record type's port (every register's `recordReadable`): what else
     * hangs off a record by type and id (document citations) asks the same question. Unknown type: false.
     */
    async readable(actor: Actor, record: RecordRef): Promise<boolean> {
      const port = registry.get(record.recordType);
      return !!port && (await port.readable(actor, record.recordId));
    },
    prepare,

    /**
     * Attaches a file to a record. With `tx`, the row and audit row join the caller's transaction, and the
     * record check is the caller's (a register attaching evidence inside its own authorised write, to a record
     * its port could not see yet: PGlite also has one connection, so no other query may run meanwhile).
     * Prefer passing a `prepare`d upload then: decoding a photo inside a transaction holds it open.
     */
    async attach(
      actor: Actor,
      record: RecordRef,
      upload: Upload | PreparedUpload,
      opts: { tx?: Db; isDemo?: boolean } = {},
    ): Promise<Attachment> {
      if (!opts.tx) await assertAttachable(actor, record);
      const p = 'prepared' in upload ? upload : await prepare(upload);
      const isDemo = opts.isDemo ?? false;
      if (opts.tx) return writeRow(opts.tx, actor, record, p, isDemo);
      return db.transaction((tx) => writeRow(tx, actor, record, p, isDemo));
    },

    async list(actor: Actor, record: RecordRef): Promise<Attachment[]> {
      await assertReadable(actor, record);
      return (await listAttachments(db, record.recordType, record.recordId)).map(toAttachment);
    },

    async open(actor: Actor, id: string): Promise<OpenedAttachment> {
      const row = await findAttachment(db, id);
      if (!row) throw notFound('attachment.notFound');
      const port = registry.get(row.recordType);
      // The attachment exists but its record is not the actor's to read: the same answer as no attachment.
      if (!port || !(await port.readable(actor, row.recordId))) throw notFound('attachment.notFound');
      const bytes = await vault.load(row.sha256);
      await db.transaction((tx) =>
        appendAudit(tx, auditContextOf(actor), {
          action: 'attachment.download',
          recordType: row.recordType,
          recordId: row.recordId,
          after: { attachmentId: row.id, sha256: row.sha256 },
        }),
      );
      const extension = allowedTypes[row.mediaType as keyof typeof allowedTypes]?.extension ?? 'bin';
      return { attachment: toAttachment(row), filename: downloadName(row.originalName, extension), bytes };
    },
  };
}

export type AttachmentService = ReturnType<typeof createAttachmentService>;

/** Where attachments are stored and how large they may be; without a store they live in memory (tests). */
export type AttachmentOptions = { store?: FileStore; limits?: FileLimits };

export const attachmentServiceFor = (db: Db, keys: FileKeys, opts: AttachmentOptions = {}) =>
  createAttachmentService(
    db,
    createFileVault(opts.store ?? createMemoryFileStore(), keys),
    opts.limits ?? defaultFileLimits,
  );
