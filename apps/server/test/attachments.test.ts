import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../src/http/app.ts';
import type { Actor } from '../src/modules/access/actor.ts';
import { attachment, auditEvent } from '../src/platform/db/schema/index.ts';
import { createLocalFileStore } from '../src/platform/files/local-store.ts';
import { createServices, type Services } from '../src/services.ts';
import { describeEachBackend } from './db.ts';
import { createAgency, createUser, testKeyring, unitId } from './fixtures.ts';

/** A photo as a phone takes it: GPS position, camera make, EXIF orientation. */
const phoneJpeg = (colour = '#c33') =>
  sharp({ create: { width: 40, height: 20, channels: 3, background: colour } })
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: 'PCMT-Phone' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '14/1 21/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '108/1 0/1 0/1',
      },
    })
    .jpeg()
    .toBuffer();

/** A multipart/form-data body with one file part (the raw header, so odd names reach the server as sent). */
function multipart(filename: string, bytes: Buffer, field = 'file') {
  const boundary = `----pcmt${randomBytes(8).toString('hex')}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: image/jpeg\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head, 'utf8'), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/**
 * The files platform through its routes, with a fake record type standing in for a register: officers may
 * read record IN, nobody may read OUT; type `chi_doc` is readable but not attachable.
 */
describeEachBackend('attachments: upload, storage and audited download', (getDb) => {
  const IN = randomUUID();
  const OUT = randomUUID();
  const root = mkdtempSync(path.join(tmpdir(), 'pcmt-attach-'));
  let app: Awaited<ReturnType<typeof buildApp>>;
  let services: Services;
  let auth: string;
  let actor: Actor;

  beforeAll(async () => {
    const database = getDb();
    services = createServices(
      database.db,
      testKeyring(),
      {},
      {
        store: createLocalFileStore(path.join(root, 'files')),
        limits: { maxImageBytes: 10 * 1024 * 1024, maxDocumentBytes: 20 * 1024 * 1024 },
      },
    );
    services.attachments.registerRecordType('vu_viec', { readable: async (_actor, id) => id === IN });
    services.attachments.registerRecordType('chi_doc', {
      readable: async () => true,
      attachable: async () => false,
    });
    app = await buildApp({
      database,
      services,
      logger: false,
      sessionHours: 12,
      sessionIdleMinutes: 60,
      secureCookies: false,
    });
    await app.ready();
    const agencyId = await createAgency(database.db, { unitIds: [await unitId(database.db, '23293')] });
    const user = await createUser(database.db, { agencyId, roles: ['department'] });
    const { token } = await services.tokens.create(
      { id: user.id, username: user.username, agencyId },
      'kiểm thử tệp',
      { ip: null, userAgent: null, requestId: 'test' },
      { mfa: false },
    );
    auth = `Bearer ${token}`;
    actor = {
      userId: user.id,
      username: user.username,
      agencyId,
      roles: ['department'],
      via: 'token',
      requestId: 'test',
      ip: null,
    };
  });
  afterAll(async () => {
    await app?.close();
    rmSync(root, { recursive: true, force: true });
  });

  const upload = (recordType: string, recordId: string, name: string, bytes: Buffer, headers = {}) => {
    const body = multipart(name, bytes);
    return app.inject({
      method: 'POST',
      url: `/api/v1/attachments?recordType=${recordType}&recordId=${recordId}`,
      payload: body.payload,
      headers: { ...body.headers, authorization: auth, ...headers },
    });
  };
  const download = (id: string) =>
    app.inject({ method: 'GET', url: `/api/v1/attachments/${id}`, headers: { authorization: auth } });
  const storedObjects = () =>
    readdirSync(path.join(root, 'files'), { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
  const auditRows = (action: string, attachmentId: string) =>
    getDb()
      .db.select()
      .from(auditEvent)
      .where(and(eq(auditEvent.action, action), sql`${auditEvent.after}->>'attachmentId' = ${attachmentId}`));

  it('stores a phone photo without its GPS EXIF, encrypted on disk, and serves it as a download', async () => {
    const res = await upload('vu_viec', IN, 'ảnh hiện trường.jpg', await phoneJpeg());
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      recordType: 'vu_viec',
      recordId: IN,
      name: 'ảnh hiện trường.jpg',
      mediaType: 'image/jpeg',
    });

    const got = await download(created.id);
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('image/jpeg');
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    expect(got.headers['cache-control']).toBe('no-store');
    expect(got.headers['content-disposition']).toBe(
      `attachment; filename="anh hien truong.jpg"; filename*=UTF-8''${encodeURIComponent('ảnh hiện trường.jpg')}`,
    );
    const meta = await sharp(got.rawPayload).metadata();
    expect([meta.exif, meta.xmp, meta.icc, meta.width, meta.height]).toEqual([
      undefined,
      undefined,
      undefined,
      20,
      40,
    ]);
    expect(got.rawPayload.includes(Buffer.from('PCMT-Phone'))).toBe(false);

    // On disk: only ciphertext, owner-only, and not under the plain SHA-256 of the content.
    const [row] = await getDb().db.select().from(attachment).where(eq(attachment.id, created.id));
    const files = storedObjects();
    expect(files.map((f) => f.name)).not.toContain(row!.sha256);
    for (const f of files) {
      const full = path.join(f.parentPath, f.name);
      expect(statSync(full).mode & 0o777).toBe(0o600);
      expect(readFileSync(full).includes(got.rawPayload.subarray(0, 64))).toBe(false);
    }
  });

  it('audits every upload and every download in the trail of the owning record', async () => {
    const created = (await upload('vu_viec', IN, 'bien-ban.jpg', await phoneJpeg('#3c3'))).json();
    expect(await auditRows('attachment.create', created.id)).toHaveLength(1);
    expect(await auditRows('attachment.download', created.id)).toHaveLength(0);
    await download(created.id);
    await download(created.id);
    const downloads = await auditRows('attachment.download', created.id);
    expect(downloads).toHaveLength(2);
    expect(downloads[0]).toMatchObject({
      recordType: 'vu_viec',
      recordId: IN,
      actorUsername: actor.username,
    });
    expect(downloads[0]!.after).toMatchObject({ attachmentId: created.id });
  });

  it('stores the same content once, yet keeps one row per attachment', async () => {
    const photo = await phoneJpeg('#33c');
    const before = storedObjects().length;
    const a = (await upload('vu_viec', IN, 'lan-1.jpg', photo)).json();
    const b = (await upload('vu_viec', IN, 'lan-2.jpg', photo)).json();
    expect(a.id).not.toBe(b.id);
    expect(storedObjects().length).toBe(before + 1);
    const rows = await getDb().db.select().from(attachment).where(eq(attachment.recordId, IN));
    const shas = rows.filter((r) => r.id === a.id || r.id === b.id).map((r) => r.sha256);
    expect(shas[0]).toBe(shas[1]);
    expect(
      (await services.attachments.list(actor, { recordType: 'vu_viec', recordId: IN })).map((x) => x.id),
    ).toEqual(expect.arrayContaining([a.id, b.id]));
    expect((await download(b.id)).rawPayload.equals((await download(a.id)).rawPayload)).toBe(true);
  });

  it('answers 404 for a record out of scope, an unknown record type, and their attachments', async () => {
    const photo = await phoneJpeg('#ccc');
    const out = await upload('vu_viec', OUT, 'x.jpg', photo);
    expect([out.statusCode, out.json().error.message]).toEqual([404, 'Không tìm thấy bản ghi']);
    expect((await upload('khong_co', IN, 'x.jpg', photo)).statusCode).toBe(404);
    // A register attaching inside its own write (its transaction, its check): a record this actor cannot read.
    const hidden = await getDb().db.transaction((tx) =>
      services.attachments.attach(
        actor,
        { recordType: 'vu_viec', recordId: OUT },
        { filename: 'mat.jpg', bytes: photo },
        { tx },
      ),
    );
    const res = await download(hidden.id);
    expect([res.statusCode, res.json().error.message]).toEqual([404, 'Không tìm thấy tệp đính kèm']);
    expect(await auditRows('attachment.download', hidden.id)).toHaveLength(0);
    expect((await download(randomUUID())).statusCode).toBe(404);
    await expect(services.attachments.list(actor, { recordType: 'vu_viec', recordId: OUT })).rejects.toThrow(
      'Không tìm thấy bản ghi',
    );
    const readOnly = await upload('chi_doc', IN, 'x.jpg', photo);
    expect([readOnly.statusCode, readOnly.json().error.message]).toEqual([
      403,
      'Bạn không có quyền đính kèm tệp vào bản ghi này',
    ]);
  });

  it('refuses an executable renamed .jpg with a clear message naming the field, in both languages', async () => {
    const exe = Buffer.alloc(2048);
    exe.write('MZ', 0, 'ascii');
    exe.writeUInt32LE(0x80, 0x3c);
    exe.write('PE\0\0', 0x80, 'binary');
    const vi = await upload('vu_viec', IN, 'anh.jpg', exe);
    expect(vi.statusCode).toBe(400);
    expect(vi.json().error).toMatchObject({
      code: 'validation_failed',
      message: 'Loại tệp không được phép: chỉ nhận ảnh JPEG, PNG, WebP và tài liệu PDF, DOCX, XLSX',
      details: [{ path: 'file' }],
    });
    const en = await upload('vu_viec', IN, 'anh.jpg', exe, { 'accept-language': 'en' });
    expect(en.json().error.message).toMatch(/^File type not allowed/);
  });

  it('refuses oversized files: over the photo limit, and over the upload limit while streaming', async () => {
    const photo = await phoneJpeg();
    const big = await upload('vu_viec', IN, 'to.jpg', Buffer.concat([photo, Buffer.alloc(11 * 1024 * 1024)]));
    expect([big.statusCode, big.json().error.message, big.json().error.details[0].path]).toEqual([
      413,
      'Tệp quá lớn (tối đa 10 MB)',
      'file',
    ]);
    const huge = await upload(
      'vu_viec',
      IN,
      'rat-to.pdf',
      Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(21 * 1024 * 1024)]),
    );
    expect([huge.statusCode, huge.json().error.message]).toEqual([413, 'Tệp quá lớn (tối đa 20 MB)']);
    const en = await upload('vu_viec', IN, 'to.jpg', Buffer.concat([photo, Buffer.alloc(11 * 1024 * 1024)]), {
      'accept-language': 'en',
    });
    expect(en.json().error.message).toBe('The file is too large (at most 10 MB)');
  });

  it('sanitises NUL, bidi and path characters in the file name, and downloads under the real type', async () => {
    const res = await upload('vu_viec', IN, 'bi\u0000ên\u202E bản\u0007.exe', await phoneJpeg('#c3c'));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().name).toBe('biên bản.exe');
    const got = await download(res.json().id);
    expect(got.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('biên bản.jpg')}`,
    );
  });

  it('lets the records of every register carry files (hotspots already registered)', () => {
    expect(() => services.attachments.registerRecordType('hotspot', { readable: async () => true })).toThrow(
      'đã được đăng ký',
    );
  });

  it('asks for multipart with one part named file', async () => {
    const json = await app.inject({
      method: 'POST',
      url: `/api/v1/attachments?recordType=vu_viec&recordId=${IN}`,
      payload: { file: 'x' },
      headers: { authorization: auth },
    });
    expect(json.statusCode).toBe(415);
    const wrongField = multipart('a.jpg', await phoneJpeg(), 'anh');
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/attachments?recordType=vu_viec&recordId=${IN}`,
      payload: wrongField.payload,
      headers: { ...wrongField.headers, authorization: auth },
    });
    expect([res.statusCode, res.json().error.details[0].path]).toEqual([400, 'file']);
    const openapi = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(openapi.statusCode).toBe(200);
    expect(Object.keys(openapi.json().paths)).toContain('/api/v1/attachments/{id}');
    const anonymous = await app.inject({ method: 'GET', url: `/api/v1/attachments/${randomUUID()}` });
    expect(anonymous.statusCode).toBe(401);
  });
});
