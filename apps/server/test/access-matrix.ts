import { randomBytes, randomUUID } from 'node:crypto';
import type { Role } from '@pcmt/contracts';
import type { Services } from '../src/services.ts';

/**
 * What the access matrix needs to call each write route: a valid body for a given record. Capabilities
 * register their routes here (keyed "METHOD url"); a write route without an entry fails the matrix.
 * `record` is the fixture id of the route's `:id` (in or out of scope), `admin` an unscoped actor's view.
 */
export type SampleContext = {
  record: string | null;
  /** The unit inside every matrix caller's jurisdiction (Phường Kon Tum, today). */
  here: string;
  services: Services;
  current: (id: string) => Promise<Record<string, unknown>>;
};
export type Sample = (ctx: SampleContext) => Promise<unknown> | unknown;

const unique = () => randomBytes(4).toString('hex');

/**
 * The matrix's stand-in record type for the files platform: every caller may read MATRIX_RECORD, nobody may
 * read any other record of it (registered in `access-matrix.test.ts`), so attachments answer 2xx in scope
 * and 404 out of it whatever the role.
 */
export const MATRIX_RECORD_TYPE = 'matrix_record';
export const MATRIX_RECORD = '6f1c2a52-7d1e-4c3b-9a51-0d3f5e8b7c10';
/**
 * The stand-in for a record citing a document: every caller may read every record of it (registered in
 * `access-matrix.test.ts`), so each citation sample cites from a fresh record and never meets the 409 of a
 * second citation; out-of-scope citing records are `documents.test.ts`'s.
 */
export const MATRIX_CITING_TYPE = 'matrix_citing';

/** A write whose body is not JSON (multipart uploads): sent as raw bytes with its own headers and query. */
export type RawSample = { raw: Buffer; headers: Record<string, string>; query: string };
export const isRawSample = (v: unknown): v is RawSample =>
  typeof v === 'object' && v !== null && Buffer.isBuffer((v as RawSample).raw);

/** A 1×1 PNG in a multipart/form-data body, part `file`. */
function multipartPng(query: string): RawSample {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  );
  const boundary = `pcmt${unique()}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="ma-tran.png"\r\nContent-Type: image/png\r\n\r\n`;
  return {
    raw: Buffer.concat([Buffer.from(head), png, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    query,
  };
}

export const sampleBodies: Record<string, Sample> = {
  'POST /api/v1/auth/login': () => ({ username: 'khong.co.ai', password: 'khong-dung' }),
  'POST /api/v1/auth/logout': () => ({}),
  'POST /api/v1/auth/mfa/verify': () => ({ code: '000000' }),
  'POST /api/v1/auth/mfa/enrol/start': () => ({}),
  'POST /api/v1/auth/mfa/enrol/confirm': () => ({ code: '000000' }),
  'POST /api/v1/auth/password': () => ({ currentPassword: 'x', newPassword: 'Mật khẩu mới đủ dài' }),
  'POST /api/v1/auth/tokens': () => ({ name: 'Ma tran quyen' }),
  'POST /api/v1/auth/reauth': () => ({ password: 'khong-dung' }),
  'DELETE /api/v1/auth/tokens/:id': () => undefined,
  'DELETE /api/v1/auth/sessions/:id': () => undefined,
  'POST /api/v1/agencies': async ({ current }) => {
    const template = await current('agency-template');
    return {
      code: `MT-${unique()}`,
      name: 'Cơ quan ma trận',
      kind: 'commune_police',
      unitIds: template.unitIds,
    };
  },
  'PUT /api/v1/agencies/:id': async ({ record, current }) => {
    const a = await current(record!);
    return { code: a.code, name: a.name, kind: a.kind, unitIds: a.unitIds, version: a.version };
  },
  'POST /api/v1/users': async ({ current }) => {
    const template = await current('agency-template');
    return {
      username: `mt.${unique()}`,
      displayName: 'Người dùng ma trận',
      agencyId: template.id,
      roles: ['commune_police'],
      password: 'Mật khẩu ma trận 2026',
    };
  },
  'PUT /api/v1/users/:id': async ({ record, current }) => {
    const u = await current(record!);
    return {
      displayName: u.displayName,
      agencyId: u.agencyId,
      roles: u.roles,
      status: u.status,
      version: u.version,
    };
  },
  'POST /api/v1/users/:id/unlock': () => ({}),
  'POST /api/v1/users/:id/reset-mfa': () => ({}),
  'POST /api/v1/users/:id/reset-password': () => ({}),
  'POST /api/v1/attachments': () =>
    multipartPng(`recordType=${MATRIX_RECORD_TYPE}&recordId=${MATRIX_RECORD}`),
  'POST /api/v1/documents/:id/citations': () => ({
    recordType: MATRIX_CITING_TYPE,
    recordId: randomUUID(),
    note: 'Trích dẫn ma trận',
  }),
  // A GET with its query: an empty body and the citing record in the query string.
  'GET /api/v1/documents/citations': () => ({
    raw: Buffer.alloc(0),
    headers: {},
    query: `recordType=${MATRIX_CITING_TYPE}&recordId=${randomUUID()}`,
  }),
  'DELETE /api/v1/documents/citations/:id': () => undefined,
};

/** The agency kind each role's test account belongs to. */
export const agencyKindOf: Record<Role, string> = {
  admin: 'provincial_police',
  leadership: 'steering_committee',
  drug_police: 'drug_police',
  commune_police: 'commune_police',
  commune_police_chief: 'commune_police',
  commune_committee: 'ubnd',
  border_guard: 'border_guard',
  department: 'department',
  tip_desk: 'drug_police',
  oversight: 'oversight',
};
