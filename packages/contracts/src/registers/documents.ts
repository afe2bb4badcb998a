import { z } from 'zod';
import type { Role } from '../access.ts';
import { pagedQuery } from '../list.ts';
import { isoDate, vnText } from '../text.ts';
import { documentKind, documentStatus } from './document-enums.ts';
import { documentMessages as m } from './document-messages.ts';
import { defineRegisterContract } from './register-contract.ts';

const documentPermissions = ['document.read', 'document.write', 'document.cite'] as const;
type P = (typeof documentPermissions)[number];

// Every role that reads any register reads the documents (they are the province's reference: the plans and
// laws the work follows, mostly public texts). `admin` administers accounts and reads no register: none.
const readers: Role[] = [
  'leadership',
  'drug_police',
  'commune_police',
  'commune_police_chief',
  'commune_committee',
  'border_guard',
  'department',
  'tip_desk',
  'oversight',
];
// Citing a document is part of recording: every role that records in some register, not oversight (reads only).
const citers: Role[] = readers.filter((r) => r !== 'oversight');
// The register is kept by PC04 (drug_police: the standing body of the provincial steering committee receives
// and distributes the plans) and the steering committee's office (leadership). No admin: account
// administration is not the province's document desk.
const writers: Role[] = ['drug_police', 'leadership'];

const grantsFor = (): Partial<Record<Role, P[]>> => {
  const out: Partial<Record<Role, P[]>> = {};
  for (const r of readers)
    out[r] = [
      'document.read',
      ...(writers.includes(r) ? (['document.write'] as const) : []),
      ...(citers.includes(r) ? (['document.cite'] as const) : []),
    ];
  return out;
};

/**
 * The documents register (issue 11 item 7): chỉ thị, nghị quyết, kế hoạch, quyết định… the work follows, and
 * the citations of them from any record. A document belongs to no commune: every grant is province-wide
 * (`unscoped`). A citation is as visible as the record that cites it (that register's own read check).
 */
export const documentContract = defineRegisterContract({
  recordType: 'document',
  label: { vi: 'Văn bản chỉ đạo, kế hoạch', en: 'Documents' },
  permissions: documentPermissions,
  grants: grantsFor(),
  unscoped: grantsFor(),
  auditActions: {
    'document.create': { vi: 'Ghi nhận văn bản', en: 'Record a document' },
    'document.update': { vi: 'Sửa văn bản', en: 'Edit a document' },
    'document.transition': { vi: 'Chuyển trạng thái hiệu lực văn bản', en: 'Change a document’s status' },
    'document.read': { vi: 'Xem văn bản', en: 'View a document' },
    'document.list': { vi: 'Xem danh sách văn bản', en: 'List documents' },
    'document.cite': { vi: 'Trích dẫn văn bản', en: 'Cite a document' },
    'document.uncite': { vi: 'Bỏ trích dẫn văn bản', en: 'Remove a citation' },
  },
  fieldLabels: {
    kind: { vi: 'Loại văn bản', en: 'Kind' },
    number: { vi: 'Số, ký hiệu', en: 'Number' },
    issuedOn: { vi: 'Ngày ban hành', en: 'Issue date' },
    issuer: { vi: 'Cơ quan ban hành', en: 'Issuer' },
    signer: { vi: 'Người ký', en: 'Signer' },
    summary: { vi: 'Trích yếu', en: 'Summary' },
    effectiveFrom: { vi: 'Ngày có hiệu lực', en: 'In force from' },
    effectiveTo: { vi: 'Ngày hết hiệu lực', en: 'In force until' },
    notes: { vi: 'Ghi chú', en: 'Notes' },
    status: { vi: 'Hiệu lực', en: 'Status' },
    replacedById: { vi: 'Văn bản thay thế', en: 'Replaced by' },
    to: { vi: 'Trạng thái mới', en: 'New status' },
    on: { vi: 'Ngày', en: 'Date' },
    reason: { vi: 'Lý do', en: 'Reason' },
    documentId: { vi: 'Văn bản', en: 'Document' },
    recordType: { vi: 'Loại hồ sơ', en: 'Record type' },
    recordId: { vi: 'Hồ sơ', en: 'Record' },
    note: { vi: 'Nội dung trích dẫn', en: 'Note' },
  },
  messages: m,
});

const documentFields = {
  kind: documentKind,
  /** Số, ký hiệu as printed: "3220/KH-UBND", "36-CT/TW", "73/2021/QH14". */
  number: vnText({ max: 60 }),
  /** Empty when the date could not be sourced (never invented). */
  issuedOn: isoDate.nullable().optional(),
  issuer: vnText({ max: 200 }),
  signer: vnText({ max: 200 }).nullable().optional(),
  summary: vnText({ max: 2000 }),
  effectiveFrom: isoDate.nullable().optional(),
  effectiveTo: isoDate.nullable().optional(),
  notes: vnText({ max: 2000 }).nullable().optional(),
};
export const documentCreate = z.strictObject(documentFields);
export type DocumentCreate = z.infer<typeof documentCreate>;
export const documentUpdate = z.strictObject({ ...documentFields, version: z.number().int() });
export type DocumentUpdate = z.infer<typeof documentUpdate>;

/** Replaced needs the replacing document (in the register); expired and back in force do not take one. */
export const documentTransition = z.strictObject({
  to: documentStatus,
  /** The day the move takes effect: a replaced or expired document's last day in force is the day before. */
  on: isoDate,
  replacedById: z.uuid().nullable().optional(),
  reason: vnText({ max: 2000 }),
  version: z.number().int(),
});
export type DocumentTransition = z.infer<typeof documentTransition>;

const documentRef = z.object({ id: z.uuid(), kind: documentKind, number: z.string(), issuer: z.string() });
export type DocumentRef = z.infer<typeof documentRef>;

export const document = z.object({
  id: z.uuid(),
  kind: documentKind,
  number: z.string(),
  issuedOn: z.string().nullable(),
  issuer: z.string(),
  signer: z.string().nullable(),
  summary: z.string(),
  effectiveFrom: z.string().nullable(),
  effectiveTo: z.string().nullable(),
  notes: z.string().nullable(),
  status: documentStatus,
  statusSince: z.string().nullable(),
  allowedTransitions: z.array(documentStatus),
  replacedBy: documentRef.nullable(),
  /** The documents this one replaced (their `replacedBy` is this one). */
  replaces: z.array(documentRef),
  agency: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  isDemo: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Document = z.infer<typeof document>;

const oneOrMany = <T extends z.ZodType>(t: T) =>
  z
    .union([t, z.array(t)])
    .transform((v) => (Array.isArray(v) ? v : [v]) as z.infer<T>[])
    .optional();

export const documentSortKeys = ['issuedOn', 'number', 'kind', 'issuer', 'updatedAt'] as const;
/** `q` searches number, issuer and summary (accent-free); `year` is the issue year. */
export const documentListQuery = pagedQuery(documentSortKeys).extend({
  kind: oneOrMany(documentKind),
  status: oneOrMany(documentStatus),
  issuer: z.string().trim().max(200).optional(),
  year: z.coerce.number().int().min(1945).max(2100).optional(),
});
export type DocumentListQuery = z.infer<typeof documentListQuery>;

/** The record types a citation may hang off: a register's record type (`hotspot`, `business`, `case`…). */
export const documentCitationRecordType = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, m['document.invalidRecordType'].vi);
export const documentCitationTarget = z.strictObject({
  recordType: documentCitationRecordType,
  recordId: z.uuid(),
});
export type DocumentCitationTarget = z.infer<typeof documentCitationTarget>;

export const documentCitationCreate = z.strictObject({
  recordType: documentCitationRecordType,
  recordId: z.uuid(),
  note: vnText({ max: 500 }).nullable().optional(),
});
export type DocumentCitationCreate = z.infer<typeof documentCitationCreate>;

export const documentCitationView = z.object({
  id: z.uuid(),
  document: documentRef.extend({ issuedOn: z.string().nullable(), status: documentStatus }),
  recordType: z.string(),
  recordId: z.uuid(),
  note: z.string().nullable(),
  createdBy: z.object({ id: z.uuid(), name: z.string() }),
  createdAt: z.string(),
});
export type DocumentCitation = z.infer<typeof documentCitationView>;
export const documentCitationList = z.object({ data: z.array(documentCitationView) });

/** A record citing a document, as its detail lists it (only the records the reader may see). */
export const documentCitingRecord = z.object({
  citationId: z.uuid(),
  recordType: z.string(),
  recordId: z.uuid(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type DocumentCitingRecord = z.infer<typeof documentCitingRecord>;
/** Citations on records the reader may not see are left out, not counted (a count would tell of them). */
export const documentCitingRecords = z.object({ data: z.array(documentCitingRecord) });
