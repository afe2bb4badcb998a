import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { Actor } from '../src/modules/access/actor.ts';
import { documentDemo } from '../src/modules/documents/document.demo.ts';
import { todayInVietnam } from '../src/platform/clock.ts';
import { queryRows } from '../src/platform/db/rows.ts';
import { describeEachBackend } from './db.ts';
import { bearerFor, createAgency, createTestApp, createUser, type TestApp, unitId } from './fixtures.ts';

const today = todayInVietnam();

/**
 * The documents register and the citations of documents from other registers' records (issue 11 item 7):
 * province-wide documents, status moves with the replacing document, a citation guarded by the citing
 * record's own scope (another commune's hotspot → 404), the reverse "cited by" limited to what the reader sees.
 */
describeEachBackend('document register and citations', (getDb) => {
  let t: TestApp;
  let ward: string;
  let pc04: string; // PC04, writes the register
  let kontum: string; // Công an phường Kon Tum: reads, cites from its records
  let dakHa: string; // Công an xã Đăk Hà: another commune
  let oversight: string; // reads only
  let admin: string; // no register: no documents

  type Role = 'drug_police' | 'commune_police' | 'oversight' | 'admin';
  const officer = async (units: string[], role: Role) => {
    const kind = {
      drug_police: 'drug_police',
      commune_police: 'commune_police',
      oversight: 'oversight',
      admin: 'provincial_police',
    }[role];
    const agencyId = await createAgency(t.db, { kind: kind as 'drug_police', unitIds: units });
    return bearerFor(t.services, await createUser(t.db, { agencyId, roles: [role] }), agencyId, t.db);
  };
  const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, auth: string, payload?: unknown) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { authorization: auth },
      ...(payload ? { payload: payload as object } : {}),
    });
  const plan = (number: string, extra: Record<string, unknown> = {}) => ({
    kind: 'plan',
    number,
    issuedOn: '2024-03-15',
    issuer: 'UBND tỉnh Kon Tum',
    summary: 'Kế hoạch triển khai chuyển hóa địa bàn trọng điểm về ma túy',
    ...extra,
  });
  const create = async (number: string, extra: Record<string, unknown> = {}) => {
    const res = await call('POST', '/documents', pc04, plan(number, extra));
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const hotspotIn = async (auth: string, unit: string, name: string) => {
    const res = await call('POST', '/hotspots', auth, {
      name,
      behaviours: ['selling'],
      detectedOn: '2026-01-15',
      unitId: unit,
      address: 'Tổ 3',
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const count = async (table: string) =>
    (await queryRows<{ n: number }>(t.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n;

  beforeAll(async () => {
    t = await createTestApp(getDb());
    ward = await unitId(t.db, '23293', today);
    const province = await unitId(t.db, '51', today);
    pc04 = await officer([province], 'drug_police');
    kontum = await officer([ward], 'commune_police');
    dakHa = await officer([await unitId(t.db, '23500', today)], 'commune_police');
    oversight = await officer([province], 'oversight');
    admin = await officer([province], 'admin');
  });

  it('records documents and lists them by kind, issuer, year and accent-free text, with the total', async () => {
    const d = await create('101/KH-UBND', { signer: 'Nguyễn Văn A', effectiveFrom: '2024-03-15' });
    expect(d).toMatchObject({ status: 'in_force', statusSince: '2024-03-15', replacedBy: null, version: 1 });
    await create('36/CT-UBND', {
      kind: 'directive',
      issuedOn: '2022-06-01',
      summary: 'Chỉ thị về tăng cường',
    });
    await create('12/BC-CAT', { kind: 'report', issuedOn: null, issuer: 'Công an tỉnh' });
    const list = async (q: string, auth = kontum) => {
      const res = await call('GET', `/documents?${q}`, auth);
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    expect((await list('kind=plan&kind=directive&issuer=ubnd tinh')).total).toBe(2);
    expect((await list('year=2022')).data.map((x: { number: string }) => x.number)).toEqual(['36/CT-UBND']);
    expect((await list('q=chuyen hoa dia ban&kind=plan')).data[0].number).toBe('101/KH-UBND');
    // Undated documents (date not sourced) come last.
    expect((await list('pageSize=100')).data.at(-1).number).toBe('12/BC-CAT');
    // Every reading role reads every document (province-wide), audited; admin reads no register.
    expect((await call('GET', `/documents/${d.id}`, dakHa)).statusCode).toBe(200);
    expect((await call('GET', `/documents/${d.id}`, oversight)).statusCode).toBe(200);
    expect((await call('GET', `/documents/${d.id}`, admin)).statusCode).toBe(403);
    const reads = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from audit_event where action = 'document.read' and record_id = ${d.id}`,
    );
    expect(reads[0]!.n).toBe(2);
  });

  it('refuses writers without the right (403), stale versions (409) and bad input (400 naming the field), writing nothing', async () => {
    const d = await create('202/KH-UBND');
    const before = await count('document');
    expect((await call('POST', '/documents', kontum, plan('203/KH-UBND'))).statusCode).toBe(403);
    expect((await call('POST', '/documents', oversight, plan('203/KH-UBND'))).statusCode).toBe(403);
    const update = { ...plan('202/KH-UBND'), summary: 'Sửa trích yếu', version: d.version };
    expect((await call('PUT', `/documents/${d.id}`, pc04, update)).statusCode).toBe(200);
    const stale = await call('PUT', `/documents/${d.id}`, pc04, update);
    expect(stale.statusCode).toBe(409);
    const field = async (body: unknown) => {
      const res = await call('POST', '/documents', pc04, body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.message).toMatch(/[à-ỹđ]/i);
      return res.json().error.details[0].path;
    };
    // Same number and issuer, folded: "ubnd tinh kon tum" is UBND tỉnh Kon Tum.
    expect(await field(plan('202/kh-ubnd', { issuer: 'ubnd tinh kon tum' }))).toBe('number');
    const dup = await call('POST', '/documents', pc04, plan('202/KH-UBND'));
    expect(dup.json().error.message).toBe('Đã có văn bản số 202/KH-UBND của UBND tỉnh Kon Tum');
    expect(await field(plan('204/KH-UBND', { issuedOn: '2099-01-01' }))).toBe('issuedOn');
    expect(await field(plan('204/KH-UBND', { effectiveFrom: '2024-01-01' }))).toBe('effectiveFrom');
    expect(await field(plan('204/KH-UBND', { effectiveFrom: '2024-04-01', effectiveTo: '2024-04-01' }))).toBe(
      'effectiveTo',
    );
    expect(await field(plan('204/KH-UBND', { kind: 'thong_tu' }))).toBe('kind');
    expect(await field(plan('204/KH\u0000-UBND'))).toBe('number');
    expect(await field(plan('204/KH-UBND', { summary: 'x'.repeat(2001) }))).toBe('summary');
    expect(await count('document')).toBe(before);
  });

  it('moves a law to replaced by its successor, names the allowed moves, and back in force as a correction', async () => {
    const old = await create('73/2021/QH14', {
      kind: 'law',
      issuer: 'Quốc hội',
      issuedOn: '2021-03-30',
      effectiveFrom: '2022-01-01',
    });
    const next = await create('120/2025/QH15', {
      kind: 'law',
      issuer: 'Quốc hội',
      issuedOn: '2025-12-10',
      effectiveFrom: '2026-07-01',
    });
    const move = (body: Record<string, unknown>, version = old.version) =>
      call('POST', `/documents/${old.id}/transitions`, pc04, {
        on: '2026-07-01',
        reason: 'Luật mới có hiệu lực',
        version,
        ...body,
      });
    const missing = await move({ to: 'replaced' });
    expect([missing.statusCode, missing.json().error.details[0].path]).toEqual([400, 'replacedById']);
    expect((await move({ to: 'replaced', replacedById: old.id })).statusCode).toBe(400);
    expect((await move({ to: 'expired', replacedById: next.id })).statusCode).toBe(400);
    expect(
      (
        await call('POST', `/documents/${old.id}/transitions`, kontum, {
          to: 'expired',
          on: today,
          reason: 'x',
          version: 1,
        })
      ).statusCode,
    ).toBe(403);
    const ok = await move({ to: 'replaced', replacedById: next.id });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      status: 'replaced',
      effectiveTo: '2026-06-30',
      replacedBy: { id: next.id, number: '120/2025/QH15' },
      allowedTransitions: ['in_force'],
    });
    const refused = await move({ to: 'expired' }, ok.json().version);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.details[0].message).toContain('Còn hiệu lực');
    expect((await move({ to: 'in_force' }, old.version)).statusCode).toBe(409);
    const back = await move({ to: 'in_force', reason: 'Chuyển nhầm' }, ok.json().version);
    expect(back.json()).toMatchObject({ status: 'in_force', effectiveTo: null, replacedBy: null });
    const again = await move({ to: 'replaced', replacedById: next.id }, back.json().version);
    expect(again.statusCode, again.body).toBe(200);
    const successor = (await call('GET', `/documents/${next.id}`, kontum)).json();
    expect(successor.replaces.map((r: { number: string }) => r.number)).toEqual(['73/2021/QH14']);
    const timeline = (await call('GET', `/documents/${old.id}/timeline`, kontum)).json().data;
    expect(timeline.map((e: { action: string }) => e.action)).toEqual([
      'document.create',
      'document.transition',
      'document.transition',
      'document.transition',
    ]);
    expect(JSON.stringify(timeline)).toContain('Luật mới có hiệu lực');
  });

  it('cites documents from a record the officer reads; another commune gets 404 and does not see the citation', async () => {
    const d = await create('3220/KH-UBND', { issuedOn: '2023-09-25' });
    const other = await create('3959/KH-UBND', { issuedOn: '2021-11-03' });
    const mine = await hotspotIn(kontum, ward, 'Điểm trích dẫn văn bản');
    const target = `recordType=hotspot&recordId=${mine}`;
    const cite = (id: string, auth: string, recordId = mine) =>
      call('POST', `/documents/${id}/citations`, auth, {
        recordType: 'hotspot',
        recordId,
        note: 'Căn cứ mục II.2',
      });
    const res = await cite(d.id, kontum);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ document: { number: '3220/KH-UBND' }, note: 'Căn cứ mục II.2' });
    expect((await cite(other.id, kontum)).statusCode).toBe(201);
    const again = await cite(d.id, kontum);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('Hồ sơ này đã trích dẫn văn bản 3220/KH-UBND');
    const listed = (await call('GET', `/documents/citations?${target}`, kontum)).json().data;
    expect(listed.map((c: { document: { number: string } }) => c.document.number)).toEqual([
      '3220/KH-UBND',
      '3959/KH-UBND',
    ]);
    // Another commune: the hotspot is "not found" on every citation route; nothing written.
    const before = await count('document_citation');
    expect((await call('GET', `/documents/citations?${target}`, dakHa)).statusCode).toBe(404);
    expect((await cite(d.id, dakHa)).statusCode).toBe(404);
    expect((await call('DELETE', `/documents/citations/${listed[0].id}`, dakHa)).statusCode).toBe(404);
    expect(
      (await call('GET', `/documents/citations?recordType=no_such&recordId=${mine}`, kontum)).statusCode,
    ).toBe(404);
    expect(
      (await call('GET', `/documents/citations?recordType=Hot%20spot&recordId=${mine}`, kontum)).statusCode,
    ).toBe(400);
    // Oversight reads, does not cite.
    expect((await cite(d.id, oversight)).statusCode).toBe(403);
    expect(await count('document_citation')).toBe(before);
    // The reverse: the ward's officer sees its hotspot citing 3220; Đăk Hà sees the document, not the citation.
    const citedBy = (auth: string) => call('GET', `/documents/${d.id}/cited-by`, auth);
    expect((await citedBy(kontum)).json().data).toMatchObject([{ recordType: 'hotspot', recordId: mine }]);
    expect((await citedBy(dakHa)).json().data).toEqual([]);
    // Audited on the hotspot (its timeline shows it), removal keeps the row and a second DELETE is done.
    const audit = await queryRows<{ action: string }>(
      t.db,
      sql`select action from audit_event where record_type = 'hotspot' and record_id = ${mine} and action like 'document.%' order by id`,
    );
    expect(audit.map((a) => a.action)).toEqual(['document.cite', 'document.cite']);
    expect((await call('DELETE', `/documents/citations/${listed[0].id}`, kontum)).statusCode).toBe(204);
    expect((await call('DELETE', `/documents/citations/${listed[0].id}`, kontum)).statusCode).toBe(204);
    const left = (await call('GET', `/documents/citations?${target}`, kontum)).json().data;
    expect(left.map((c: { document: { number: string } }) => c.document.number)).toEqual(['3959/KH-UBND']);
    expect((await citedBy(kontum)).json().data).toEqual([]);
    const timeline = (await call('GET', `/hotspots/${mine}/timeline`, kontum)).json().data;
    expect(timeline.map((e: { action: string }) => e.action)).toContain('document.uncite');
    // Re-citing after removal is allowed (one live citation per document and record).
    expect((await cite(d.id, kontum)).statusCode).toBe(201);
  });

  it('keeps a file on a document: PC04 attaches, every reader downloads, a commune officer cannot attach', async () => {
    const d = await create(`${randomBytes(2).toString('hex')}/QĐ-UBND`, { kind: 'decision' });
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const upload = (auth: string) => {
      const boundary = `pcmt${randomBytes(6).toString('hex')}`;
      const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="qd.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
      return t.app.inject({
        method: 'POST',
        url: `/api/v1/attachments?recordType=document&recordId=${d.id}`,
        payload: Buffer.concat([Buffer.from(head), pdf, Buffer.from(`\r\n--${boundary}--\r\n`)]),
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, authorization: auth },
      });
    };
    const up = await upload(pc04);
    expect(up.statusCode, up.body).toBe(201);
    expect((await upload(kontum)).statusCode).toBe(403);
    const files = (await call('GET', `/documents/${d.id}/attachments`, dakHa)).json().data;
    expect(files).toHaveLength(1);
    const file = await call('GET', `/attachments/${files[0].id}`, dakHa);
    expect([file.statusCode, file.headers['content-type']]).toEqual([200, 'application/pdf']);
  });

  it('seeds the plan’s real documents once (skipping numbers already recorded), Luật 73/2021 replaced', async () => {
    const agencyId = await createAgency(t.db, {
      kind: 'drug_police',
      unitIds: [await unitId(t.db, '51', today)],
    });
    const u = await createUser(t.db, { agencyId, roles: ['drug_police'] });
    const actor: Actor = {
      userId: u.id,
      username: u.username,
      agencyId,
      roles: ['drug_police'],
      via: 'system',
      requestId: 'demo',
      ip: null,
    };
    const service = t.services.registers.documents;
    const world = { db: t.db, actorOf: async () => actor };
    // A demo hotspot of the ward: the seed cites KH 3220 from it.
    const demoHotspot = await hotspotIn(kontum, ward, 'Điểm mẫu trích dẫn');
    await t.db.execute(sql`update hotspot set is_demo = true where id = ${demoHotspot}`);
    const first = await documentDemo(service, world);
    expect(first).toBeGreaterThan(0);
    expect(await documentDemo(service, world)).toBe(0);
    const all = await service.list(actor, { page: 1, pageSize: 100 } as never);
    const numbers = all.data.map((d) => d.number);
    for (const n of [
      '36-CT/TW',
      '120-KH/TU',
      '402/KH-UBND',
      '3959/KH-UBND',
      '3220/KH-UBND',
      '73/2021/QH14',
      '120/2025/QH15',
    ])
      expect(numbers).toContain(n);
    const directive = all.data.find((d) => d.number === '36-CT/TW')!;
    expect(directive).toMatchObject({
      kind: 'directive',
      issuedOn: '2019-08-16',
      issuer: 'Bộ Chính trị',
      effectiveFrom: null,
    });
    const law = all.data.find((d) => d.number === '73/2021/QH14')!;
    expect(law).toMatchObject({ status: 'replaced', replacedBy: { number: '120/2025/QH15' } });
    const plan = all.data.find((d) => d.number === '3220/KH-UBND')!;
    const citing = await service.citedBy(actor, plan.id, { readable: async () => true });
    expect(citing.map((c) => c.recordId)).toContain(demoHotspot);
    expect(await documentDemo(service, world)).toBe(0);
    expect((await service.citedBy(actor, plan.id, { readable: async () => true })).length).toBe(
      citing.length,
    );
  });
});
