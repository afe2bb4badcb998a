import { type Role, rolePermissions } from '@pcmt/contracts';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/platform/db/rows.ts';
import { describeEachBackend } from './db.ts';
import { bearerFor, createAgency, createTestApp, createUser, type TestApp, unitId } from './fixtures.ts';

describe('person permissions (separation of duties)', () => {
  it('gives the administrator and oversight no person permission at all; leadership only counts', () => {
    const personal = (role: Role) => rolePermissions[role].filter((p) => p.startsWith('person.'));
    expect(personal('admin')).toEqual([]);
    expect(personal('oversight')).toEqual([]);
    expect(personal('leadership')).toEqual(['person.aggregate']);
    expect(personal('commune_committee')).not.toContain('person.seal.read');
  });
});

/**
 * The person register through its HTTP API (issue 9 "Must show"): search without diacritics, duplicates before
 * saving and in the review list, jurisdiction (a commune sees, searches and counts only its own), leadership's
 * counts without names, the administrator's nothing, refusals naming the field, the CCCD sealed at rest and found
 * through its blind index, masking and the audited reveal, stale versions and out-of-scope records.
 */
describeEachBackend('person register', (getDb) => {
  let t: TestApp;
  let ward: string; // Phường Kon Tum (2025)
  let dakHaUnit: string; // Xã Đăk Hà (2025)
  const auth = {} as Record<
    'pc04' | 'kontum' | 'chief' | 'committee' | 'dakha' | 'leader' | 'admin' | 'oversight',
    string
  >;

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, who: string, payload?: unknown) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { authorization: who },
      ...(payload ? { payload: payload as object } : {}),
    });
  const officer = async (kind: string, unitIds: string[], role: Role) => {
    const agencyId = await createAgency(t.db, { kind: kind as never, unitIds });
    const u = await createUser(t.db, { agencyId, roles: [role] });
    return bearerFor(t.services, u, agencyId, t.db);
  };
  const create = async (who: string, body: Record<string, unknown>) => {
    const res = await call('POST', '/persons', who, { sex: 'male', unitId: ward, ...body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };

  beforeAll(async () => {
    t = await createTestApp(getDb());
    ward = await unitId(t.db, '23293', '2026-01-01');
    dakHaUnit = await unitId(t.db, '23500', '2026-01-01');
    const province = await unitId(t.db, '51', '2026-01-01');
    auth.pc04 = await officer('drug_police', [province], 'drug_police');
    auth.kontum = await officer('commune_police', [ward], 'commune_police');
    auth.chief = await officer('commune_police', [ward], 'commune_police_chief');
    auth.committee = await officer('ubnd', [ward], 'commune_committee');
    auth.dakha = await officer('commune_police', [dakHaUnit], 'commune_police');
    auth.leader = await officer('steering_committee', [province], 'leadership');
    auth.admin = await officer('provincial_police', [province], 'admin');
    auth.oversight = await officer('oversight', [province], 'oversight');
  });

  it('finds "Nguyễn Văn Hoà" and "NGUYỄN VĂN HÒA" by typing "nguyen van hoa", and either tone placement', async () => {
    const a = await create(auth.kontum, { fullName: 'Nguyễn Văn Hoà', birthDate: '1990-01-02' });
    const b = await create(auth.kontum, { fullName: 'NGUYỄN VĂN HÒA', birthDate: '1988-07-09' });
    const c = await create(auth.kontum, {
      fullName: 'Trần Thị Thuỷ',
      birthDate: '1995-03-04',
      sex: 'female',
    });
    const found = (await call('GET', '/persons?q=nguyen%20van%20hoa', auth.kontum)).json();
    expect(found.data.map((p: { id: string }) => p.id).sort()).toEqual([a.id, b.id].sort());
    // "Thủy" (old style) finds "Thuỷ" (new style), and an alias is searched too.
    const thuy = (await call('GET', `/persons?q=${encodeURIComponent('Thủy')}`, auth.kontum)).json();
    expect(thuy.data.map((p: { id: string }) => p.id)).toEqual([c.id]);
    await call('PUT', `/persons/${c.id}`, auth.kontum, {
      fullName: c.fullName,
      birthDate: c.birthDate,
      sex: 'female',
      unitId: ward,
      aliases: ['Thuỷ Còi'],
      version: c.version,
    });
    const alias = (await call('GET', '/persons?q=thuy%20coi', auth.kontum)).json();
    expect(alias.data.map((p: { id: string }) => p.id)).toEqual([c.id]);
  });

  it('searches by words: the typed words in order, each at the start of a word of the name or an alias; pages carry the total', async () => {
    const a = await create(auth.kontum, { fullName: 'Đoàn Khắc Triệu', birthDate: '1980-01-02' });
    const b = await create(auth.kontum, {
      fullName: 'ĐOÀN THỊ KHẮC',
      birthDate: '1981-02-03',
      sex: 'female',
    });
    const c = await create(auth.kontum, {
      fullName: 'Lò Văn Đoàn',
      birthDate: '1982-03-04',
      aliases: ['Triệu Đoàn'],
    });
    const mine = [a.id, b.id, c.id];
    const search = async (q: string, query = '') => {
      const res = await call('GET', `/persons?q=${encodeURIComponent(q)}${query}`, auth.kontum);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      return { ids: body.data.map((p: { id: string }) => p.id) as string[], total: body.total as number };
    };
    const found = async (q: string) => (await search(q)).ids.filter((id) => mine.includes(id));
    // Sorted by the folded name: "doan khac trieu" < "doan thi khac" < "lo van doan".
    expect(await search('doan')).toEqual({ ids: [a.id, b.id, c.id], total: 3 });
    expect(await found('khắc')).toEqual([a.id, b.id]);
    // An unfinished last word; the words in their order (an alias's own order counts); typed punctuation separates.
    expect(await found('doan kh')).toEqual([a.id]);
    expect(await found('trieu doan')).toEqual([c.id]);
    expect(await found('Đoàn-Khắc')).toEqual([a.id]);
    // Not the middle of a word (the trigram search's "oan" found all three); nothing for punctuation alone.
    expect(await found('oan')).toEqual([]);
    expect(await search('-- !')).toEqual({ ids: [], total: 0 });
    // The total comes with every page, a page past the end included.
    expect(await search('doan', '&pageSize=2')).toEqual({ ids: [a.id, b.id], total: 3 });
    expect(await search('doan', '&pageSize=2&page=2')).toEqual({ ids: [c.id], total: 3 });
    expect(await search('doan', '&pageSize=2&page=3')).toEqual({ ids: [], total: 3 });
    // Other filters narrow the search and its total alike.
    expect(await search('doan', '&sex=female')).toEqual({ ids: [b.id], total: 1 });
  });

  it('answers duplicate candidates before saving (other diacritic spelling, same birth date), and lists them for review', async () => {
    const first = await create(auth.kontum, { fullName: 'Lê Văn Hòa', birthDate: '1985-06-07' });
    const again = await call('POST', '/persons', auth.kontum, {
      fullName: 'Lê Văn Hoà',
      birthDate: '1985-06-07',
      sex: 'male',
      unitId: ward,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.messageId).toBe('person.duplicateCandidates');
    expect(again.json().error.details).toEqual([
      expect.objectContaining({ path: `duplicates.${first.id}`, messageId: 'person.duplicateCandidate' }),
    ]);
    expect(again.json().error.details[0].message).toContain('Lê Văn Hòa (07/06/1985, Phường Kon Tum)');
    // Typed without diacritics, a year-only birth of the same year: still a candidate.
    const plain = await call('POST', '/persons', auth.kontum, {
      fullName: 'le van hoa',
      birthYear: 1985,
      sex: 'male',
      unitId: ward,
    });
    expect(plain.statusCode).toBe(409);
    // A different birth date is not.
    await create(auth.kontum, { fullName: 'Lê Văn Hoà', birthDate: '1986-06-07' });
    // Confirmed: saved, and the pair appears in the review list.
    const second = await create(auth.kontum, {
      fullName: 'Lê Văn Hoà',
      birthDate: '1985-06-07',
      confirmDuplicates: true,
    });
    const review = (await call('GET', '/persons/duplicates', auth.kontum)).json();
    const pair = review.data.find(
      (d: { a: { id: string }; b: { id: string } }) =>
        [d.a.id, d.b.id].sort().join() === [first.id, second.id].sort().join(),
    );
    expect(pair).toBeTruthy();
    // Đăk Hà's officer sees no pair of Kon Tum's persons.
    const other = (await call('GET', '/persons/duplicates', auth.dakha)).json();
    expect(JSON.stringify(other)).not.toContain(first.id);
  });

  it('keeps a commune to its own persons: no read, search, count or edit of another commune', async () => {
    const p = await create(auth.kontum, { fullName: 'Phạm Văn Riêng Tư', birthDate: '1993-02-02' });
    expect((await call('GET', `/persons/${p.id}`, auth.dakha)).statusCode).toBe(404);
    expect((await call('GET', `/persons/${p.id}/tests`, auth.dakha)).statusCode).toBe(404);
    expect((await call('GET', `/persons/${p.id}/timeline`, auth.dakha)).statusCode).toBe(404);
    const put = await call('PUT', `/persons/${p.id}`, auth.dakha, {
      fullName: 'Đổi tên',
      sex: 'male',
      unitId: dakHaUnit,
      version: p.version,
    });
    expect(put.statusCode).toBe(404);
    const search = (await call('GET', '/persons?q=pham%20van%20rieng', auth.dakha)).json();
    expect(search.total).toBe(0);
    const counts = (await call('GET', '/persons/aggregates', auth.dakha)).json();
    expect(counts.byUnit.map((u: { unitId: string }) => u.unitId)).not.toContain(ward);
    const mine = (await call('GET', `/persons/aggregates?unitId=${ward}`, auth.dakha)).json();
    expect(mine.total).toBe(0);
    // Recording a person in another commune is refused, naming the field.
    const elsewhere = await call('POST', '/persons', auth.dakha, {
      fullName: 'Người xã khác',
      sex: 'male',
      unitId: ward,
    });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().error.details[0].path).toBe('unitId');
    // PC04 sees the province.
    expect((await call('GET', `/persons/${p.id}`, auth.pc04)).statusCode).toBe(200);
  });

  it('gives leadership counts without names (403 on lists and records), and the administrator nothing', async () => {
    const p = await create(auth.kontum, {
      fullName: 'Đinh Văn Tổng Hợp',
      birthDate: '2009-05-05',
      ethnicity: '16',
    });
    for (const who of [auth.leader, auth.admin, auth.oversight]) {
      expect((await call('GET', '/persons', who)).statusCode).toBe(403);
      expect((await call('GET', `/persons/${p.id}`, who)).statusCode).toBe(403);
      expect((await call('GET', `/persons/${p.id}/measures`, who)).statusCode).toBe(403);
    }
    expect((await call('GET', '/persons/aggregates', auth.admin)).statusCode).toBe(403);
    const counts = await call('GET', '/persons/aggregates', auth.leader);
    expect(counts.statusCode).toBe(200);
    expect(counts.body).not.toContain('Tổng Hợp');
    const body = counts.json();
    expect(body.total).toBeGreaterThan(0);
    expect(body.byAgeBand.find((b: { key: string }) => b.key === '16_to_18').count).toBeGreaterThan(0);
    expect(body.byEthnicity.find((b: { key: string }) => b.key === '16')).toMatchObject({ label: 'Xơ Đăng' });
    expect(body.byUnit.find((u: { unitId: string }) => u.unitId === ward).count).toBeGreaterThan(0);
  });

  it('refuses an invalid CCCD, a birth date in the future and a measure ending before it starts, naming the field', async () => {
    const badCccd = await call('POST', '/persons', auth.kontum, {
      fullName: 'Vũ Văn Sai Số',
      birthDate: '1990-01-01',
      sex: 'male',
      unitId: ward,
      cccd: '062190123456', // digit 4 = 1: a woman; the person is a man
    });
    expect(badCccd.statusCode).toBe(400);
    expect(badCccd.json().error.details[0].path).toBe('cccd');
    expect(badCccd.json().error.message).toMatch(/^Số CCCD không hợp lệ: Chữ số thứ 4/);
    const short = await call('POST', '/persons', auth.kontum, {
      fullName: 'Vũ Văn Thiếu Số',
      sex: 'male',
      unitId: ward,
      cccd: '06209012',
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details[0]).toMatchObject({ path: 'cccd', message: 'Số CCCD gồm 12 chữ số' });
    const future = await call('POST', '/persons', auth.kontum, {
      fullName: 'Vũ Văn Chưa Sinh',
      birthDate: '2099-01-01',
      sex: 'male',
      unitId: ward,
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.details[0]).toMatchObject({
      path: 'birthDate',
      message: 'Ngày sinh không được sau ngày hôm nay',
    });
    const english = await t.app.inject({
      method: 'POST',
      url: '/api/v1/persons',
      headers: { authorization: auth.kontum, 'accept-language': 'en' },
      payload: { fullName: 'Vũ Văn Chưa Sinh', birthDate: '2099-01-01', sex: 'male', unitId: ward },
    });
    expect(english.json().error.details[0].message).toBe('The date of birth cannot be later than today');

    // Electronic monitoring (Luật 120/2025) has no legal term: its end comes from the decision.
    const p = await create(auth.kontum, { fullName: 'Vũ Văn Giám Sát', birthDate: '1991-01-01' });
    const backwards = await call('POST', `/persons/${p.id}/measures`, auth.kontum, {
      type: 'electronic_monitoring',
      status: 'decided',
      decisionNumber: '12/QĐ-CAX',
      decisionDate: '2026-08-01',
      startOn: '2026-08-10',
      endOn: '2026-08-05',
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.details[0].path).toBe('endOn');
    expect(backwards.json().error.details[0].message).toContain(
      'Ngày kết thúc không được trước ngày bắt đầu',
    );
    // The same measure decided under Luật 73/2021 does not exist.
    const before = await call('POST', `/persons/${p.id}/measures`, auth.kontum, {
      type: 'electronic_monitoring',
      status: 'decided',
      decisionNumber: '12/QĐ-CAX',
      decisionDate: '2026-06-30',
      startOn: '2026-07-01',
    });
    expect(before.statusCode).toBe(400);
    expect(before.json().error.details[0].path).toBe('type');
  });

  it('seals the CCCD at rest, finds it by exact lookup, masks it, and audits every reveal with its reason', async () => {
    const cccd = '062090123456';
    const p = await create(auth.kontum, {
      fullName: 'Hồ Văn Bảo Mật',
      birthDate: '1990-04-04',
      cccd,
      health: 'Viêm gan C, đang điều trị',
    });
    expect(p.cccdMasked).toBe('0**********6');
    expect(p.hasHealthDetails).toBe(true);
    // An edit that keeps the CCCD must keep it consistent: a birth year it does not encode is refused.
    const inconsistent = await call('PUT', `/persons/${p.id}`, auth.kontum, {
      fullName: p.fullName,
      birthDate: '1991-04-04',
      sex: 'male',
      unitId: ward,
      version: p.version,
    });
    expect(inconsistent.statusCode).toBe(400);
    expect(inconsistent.json().error.details[0].path).toBe('cccd');
    expect(JSON.stringify(p)).not.toContain(cccd);
    const [raw] = await queryRows<{ row: string; sealed: string; idx: string }>(
      t.db,
      sql`select p::text as "row", cccd_sealed as "sealed", cccd_index as "idx" from person p where id = ${p.id}`,
    );
    expect(raw!.row).not.toContain(cccd);
    expect(raw!.row).not.toContain('Viêm gan');
    expect(raw!.sealed).toMatch(/^v2\./);
    expect(raw!.idx).toMatch(/^[0-9a-f]{64}$/);
    // Nothing in the audit trail holds it either.
    const [trail] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from audit_event where coalesce(after::text, '') || coalesce(before::text, '') like ${`%${cccd}%`}`,
    );
    expect(trail!.n).toBe(0);

    for (const url of [`/persons?cccd=${cccd}`, `/persons?q=${cccd}`, '/persons?q=062%20090%20123%20456']) {
      const byNumber = (await call('GET', url, auth.kontum)).json();
      expect(byNumber.data.map((x: { id: string }) => x.id)).toEqual([p.id]);
    }
    // Same number again: refused (the CCCD is the person key), in scope by name, elsewhere by agency only.
    const again = await call('POST', '/persons', auth.kontum, {
      fullName: 'Hồ Văn Khác',
      birthDate: '1990-04-04',
      sex: 'male',
      unitId: ward,
      cccd,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('Hồ Văn Bảo Mật');
    const fromDakHa = await call('POST', '/persons', auth.dakha, {
      fullName: 'Hồ Văn Khác',
      birthDate: '1990-04-04',
      sex: 'male',
      unitId: dakHaUnit,
      cccd,
    });
    expect(fromDakHa.statusCode).toBe(409);
    expect(fromDakHa.json().error.messageId).toBe('person.cccdElsewhere');
    expect(fromDakHa.body).not.toContain('Bảo Mật');

    // The commune committee reads the person masked and cannot reveal.
    const seen = (await call('GET', `/persons/${p.id}`, auth.committee)).json();
    expect(seen.cccdMasked).toBe('0**********6');
    const reason = { reason: 'Đối chiếu hồ sơ với CSDL dân cư' };
    expect((await call('POST', `/persons/${p.id}/sealed`, auth.committee, reason)).statusCode).toBe(403);
    expect((await call('POST', `/persons/${p.id}/sealed`, auth.dakha, reason)).statusCode).toBe(404);
    const short = await call('POST', `/persons/${p.id}/sealed`, auth.kontum, { reason: 'xem' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details[0].path).toBe('reason');
    const revealed = await call('POST', `/persons/${p.id}/sealed`, auth.kontum, reason);
    expect(revealed.json()).toEqual({ cccd, health: 'Viêm gan C, đang điều trị' });
    const audit = await queryRows<{ action: string; reason: string }>(
      t.db,
      sql`select action, after->>'reason' as reason from audit_event
           where record_id = ${p.id} and action = 'person.sealed.read'`,
    );
    expect(audit).toEqual([{ action: 'person.sealed.read', reason: reason.reason }]);
  });

  it('answers 409 to a stale version and keeps the residence history when the person moves', async () => {
    const p = await create(auth.pc04, {
      fullName: 'Mai Văn Đổi Chỗ',
      birthDate: '1989-09-09',
      residenceSince: '2025-08-01',
    });
    const body = { fullName: p.fullName, birthDate: p.birthDate, sex: 'male', version: p.version };
    const moved = await call('PUT', `/persons/${p.id}`, auth.pc04, {
      ...body,
      unitId: dakHaUnit,
      residenceSince: '2026-02-01',
      residenceAddress: 'Thôn 5',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().residences).toEqual([
      expect.objectContaining({ unit: expect.objectContaining({ id: ward }), toOn: '2026-01-31' }),
      expect.objectContaining({
        unit: expect.objectContaining({ id: dakHaUnit }),
        fromOn: '2026-02-01',
        toOn: null,
      }),
    ]);
    const stale = await call('PUT', `/persons/${p.id}`, auth.pc04, { ...body, unitId: dakHaUnit });
    // A move dated before the current residence began would rewrite history: refused.
    const backdated = await call('PUT', `/persons/${p.id}`, auth.pc04, {
      ...body,
      version: moved.json().version,
      unitId: ward,
      residenceSince: '2026-01-15',
    });
    expect(backdated.statusCode).toBe(400);
    expect(backdated.json().error.details[0].path).toBe('residenceSince');
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.messageId).toBe('common.staleVersion');
    // Now Đăk Hà's, no longer Kon Tum's.
    expect((await call('GET', `/persons/${p.id}`, auth.kontum)).statusCode).toBe(404);
    expect((await call('GET', `/persons/${p.id}`, auth.dakha)).statusCode).toBe(200);
  });

  it('a positive test makes the person a người sử dụng trái phép, an addicted determination a người nghiện', async () => {
    const p = await create(auth.kontum, { fullName: 'Tạ Văn Xét Nghiệm', birthDate: '1994-10-10' });
    const early = await call('POST', `/persons/${p.id}/measures`, auth.kontum, { type: 'user_management' });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.details[0].path).toBe('type');
    const neg = await call('POST', `/persons/${p.id}/tests`, auth.kontum, {
      testedOn: '2026-03-01',
      method: 'rapid_urine',
      result: 'negative',
    });
    expect(neg.statusCode).toBe(201);
    expect((await call('GET', `/persons/${p.id}`, auth.kontum)).json().drugStatus).toBe('none');
    await call('POST', `/persons/${p.id}/tests`, auth.kontum, {
      testedOn: '2026-03-05',
      method: 'lab_urine',
      substances: ['methamphetamine'],
      result: 'positive',
    });
    const user = (await call('GET', `/persons/${p.id}`, auth.kontum)).json();
    expect(user).toMatchObject({ drugStatus: 'illicit_user', drugStatusSince: '2026-03-05' });
    expect(user.statuses).toEqual([
      expect.objectContaining({ status: 'illicit_user', fromOn: '2026-03-05', toOn: null }),
    ]);
    await call('POST', `/persons/${p.id}/determinations`, auth.kontum, {
      determinedOn: '2026-04-01',
      trigger: 'voluntary',
      performedBy: 'Bệnh viện đa khoa tỉnh',
      result: 'addicted',
    });
    const addict = (await call('GET', `/persons/${p.id}`, auth.kontum)).json();
    expect(addict).toMatchObject({ drugStatus: 'addicted', drugStatusSince: '2026-04-01' });
    expect(addict.statuses.map((s: { status: string; toOn: string | null }) => [s.status, s.toOn])).toEqual([
      ['illicit_user', '2026-03-31'],
      ['addicted', null],
    ]);
    // The timeline tells it, tests and determinations included; the committee reads it, Đăk Hà does not.
    const timeline = (await call('GET', `/persons/${p.id}/timeline`, auth.committee)).json();
    expect(timeline.data.map((e: { action: string }) => e.action)).toEqual([
      'person.create',
      'person.test',
      'person.test',
      'person.determination',
    ]);
    const measure = await call('POST', `/persons/${p.id}/measures`, auth.kontum, {
      type: 'voluntary_rehab_community',
      status: 'in_progress',
      decisionNumber: '7/QĐ-UBND',
      decisionDate: '2026-04-10',
      startOn: '2026-04-10',
      durationMonths: 6,
    });
    expect(measure.statusCode, measure.body).toBe(201);
    const m = measure.json();
    expect(m).toMatchObject({ regime: 'luat_73_2021', endOn: '2026-10-10', status: 'in_progress' });
    expect((await call('GET', `/measures/${m.id}`, auth.dakha)).statusCode).toBe(404);
    const stale = await call('POST', `/measures/${m.id}/reviews`, auth.kontum, {
      reviewedOn: '2026-07-10',
      outcome: 'Chấp hành tốt',
      version: m.version + 5,
    });
    expect(stale.statusCode).toBe(409);
  });

  it("takes a photo only from the record's own image attachments", async () => {
    const p = await create(auth.kontum, { fullName: 'Lò Văn Ảnh', birthDate: '1992-12-12' });
    const other = await create(auth.kontum, { fullName: 'Lò Văn Khác', birthDate: '1993-12-12' });
    const upload = async (recordId: string, name: string, type: string, bytes: Buffer) => {
      const boundary = `pcmt${Date.now()}`;
      const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`;
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/attachments?recordType=person&recordId=${recordId}`,
        payload: Buffer.concat([Buffer.from(head), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
        headers: { authorization: auth.kontum, 'content-type': `multipart/form-data; boundary=${boundary}` },
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as string;
    };
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    const photo = await upload(p.id, 'anh.png', 'image/png', png);
    const pdf = await upload(p.id, 'giay.pdf', 'application/pdf', Buffer.from('%PDF-1.4\n%%EOF\n'));
    const foreign = await upload(other.id, 'anh-khac.png', 'image/png', png);
    const body = {
      fullName: p.fullName,
      birthDate: p.birthDate,
      sex: 'male',
      unitId: ward,
      version: p.version,
    };
    for (const id of [pdf, foreign]) {
      const refused = await call('PUT', `/persons/${p.id}`, auth.kontum, { ...body, photoAttachmentId: id });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.details[0].path).toBe('photoAttachmentId');
    }
    const ok = await call('PUT', `/persons/${p.id}`, auth.kontum, { ...body, photoAttachmentId: photo });
    expect(ok.json().photoAttachmentId).toBe(photo);
    const files = (await call('GET', `/persons/${p.id}/attachments`, auth.committee)).json();
    expect(files.data).toHaveLength(2);
    expect((await call('GET', `/persons/${p.id}/attachments`, auth.dakha)).statusCode).toBe(404);
    // Uploading to a person of another commune: "no such record".
    const boundary = 'pcmtx';
    const denied = await t.app.inject({
      method: 'POST',
      url: `/api/v1/attachments?recordType=person&recordId=${p.id}`,
      payload: Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`,
        ),
        png,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
      headers: { authorization: auth.dakha, 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(denied.statusCode).toBe(404);
  });

  it('reconciles with the national list by CCCD: who is on one side only, in scope, audited without numbers', async () => {
    const both = await create(auth.chief, {
      fullName: 'Kha Văn Hai Bên',
      birthDate: '1992-01-01',
      cccd: '062092000111',
    });
    const mine = await create(auth.chief, {
      fullName: 'Kha Văn Chỉ Ở Đây',
      birthDate: '1995-01-01',
      cccd: '051095000222',
    });
    const theirs = await call('POST', '/persons', auth.dakha, {
      fullName: 'Kha Văn Xã Khác',
      birthDate: '1988-01-01',
      sex: 'male',
      unitId: dakHaUnit,
      cccd: '062088000333',
    });
    expect(theirs.statusCode).toBe(201);
    const body = {
      reason: 'Đối chiếu định kỳ với CSDL quốc gia về dân cư',
      cccds: ['062092000111', '062088000333', '062099999999'],
      unitId: ward,
    };
    expect((await call('POST', '/persons/reconciliation', auth.kontum, body)).statusCode).toBe(403);
    const res = await call('POST', '/persons/reconciliation', auth.chief, body);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.inBoth).toBe(1);
    // Đăk Hà's record is not this commune's: from here it is "only in the national list".
    expect(r.onlyInNational.sort()).toEqual(['062088000333', '062099999999']);
    const ids = r.onlyInPcmt.map((x: { id: string }) => x.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(both.id);
    expect(r.onlyInPcmt.find((x: { id: string }) => x.id === mine.id).cccdMasked).toBe('0**********2');
    expect(res.body).not.toContain('051095000222');
    const [row] = await queryRows<{ after: string }>(
      t.db,
      sql`select after::text as "after" from audit_event where action = 'person.reconcile' order by id desc limit 1`,
    );
    expect(row!.after).toContain('Đối chiếu định kỳ');
    expect(row!.after).not.toMatch(/\d{12}/);
  });

  it('merges a duplicate into the record kept: facts move, both records and trails stay readable', async () => {
    const dup = await create(auth.kontum, {
      fullName: 'Lục Văn Gộp',
      birthDate: '1991-11-11',
      cccd: '062091000444',
      health: 'Lao phổi',
    });
    await call('POST', `/persons/${dup.id}/tests`, auth.kontum, {
      testedOn: '2026-05-05',
      method: 'rapid_urine',
      result: 'positive',
    });
    await call('POST', `/persons/${dup.id}/statuses`, auth.kontum, {
      status: 'wanted',
      fromOn: '2026-05-06',
      basis: 'Quyết định truy nã số 3',
    });
    const kept = await create(auth.kontum, {
      fullName: 'Luc Van Gop',
      birthDate: '1991-11-11',
      confirmDuplicates: true,
    });
    const fresh = (await call('GET', `/persons/${dup.id}`, auth.kontum)).json();
    expect(
      (
        await call('POST', `/persons/${dup.id}/merge`, auth.kontum, {
          intoId: dup.id,
          reason: 'x',
          version: fresh.version,
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await call('POST', `/persons/${dup.id}/merge`, auth.dakha, {
          intoId: kept.id,
          reason: 'x',
          version: fresh.version,
        })
      ).statusCode,
    ).toBe(404);
    const merged = await call('POST', `/persons/${dup.id}/merge`, auth.kontum, {
      intoId: kept.id,
      reason: 'Cùng một người, lập hồ sơ hai lần',
      version: fresh.version,
    });
    expect(merged.statusCode, merged.body).toBe(200);
    const k = merged.json();
    expect(k).toMatchObject({
      id: kept.id,
      drugStatus: 'illicit_user',
      cccdMasked: '0**********4',
      hasHealthDetails: true,
    });
    expect(k.statuses.map((x: { status: string }) => x.status).sort()).toEqual(['illicit_user', 'wanted']);
    expect((await call('GET', `/persons/${kept.id}/tests`, auth.kontum)).json().data).toHaveLength(1);
    // The CCCD was sealed again for the record kept, and is found there.
    const found = (await call('GET', '/persons?cccd=062091000444', auth.kontum)).json();
    expect(found.data.map((x: { id: string }) => x.id)).toEqual([kept.id]);
    const revealed = await call('POST', `/persons/${kept.id}/sealed`, auth.kontum, {
      reason: 'Kiểm tra sau khi gộp hồ sơ',
    });
    expect(revealed.json()).toEqual({ cccd: '062091000444', health: 'Lao phổi' });
    // The duplicate stays readable, points at the record kept, takes no writes, is left out of searches.
    const old = (await call('GET', `/persons/${dup.id}`, auth.kontum)).json();
    expect(old.mergedIntoId).toBe(kept.id);
    const write = await call('POST', `/persons/${dup.id}/tests`, auth.kontum, {
      testedOn: '2026-05-07',
      method: 'rapid_urine',
      result: 'negative',
    });
    expect(write.statusCode).toBe(409);
    const search = (await call('GET', '/persons?q=luc%20van%20gop', auth.kontum)).json();
    expect(search.data.map((x: { id: string }) => x.id)).toEqual([kept.id]);
    for (const id of [dup.id, kept.id]) {
      const tl = (await call('GET', `/persons/${id}/timeline`, auth.kontum)).json();
      expect(tl.data.at(-1)).toMatchObject({
        action: 'person.merge',
        reason: 'Cùng một người, lập hồ sơ hai lần',
      });
    }
    // Two different CCCDs are two persons.
    const a = await create(auth.kontum, {
      fullName: 'Lục Văn Hai',
      birthDate: '1990-02-02',
      cccd: '062090000555',
    });
    const b = await create(auth.kontum, {
      fullName: 'Lục Văn Hai',
      birthDate: '1990-02-02',
      cccd: '062090000666',
      confirmDuplicates: true,
    });
    const refused = await call('POST', `/persons/${a.id}/merge`, auth.kontum, {
      intoId: b.id,
      reason: 'Thử',
      version: a.version,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.messageId).toBe('person.mergeCccdDiffer');
  });
});
