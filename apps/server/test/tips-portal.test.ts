import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { solvePowSync } from '@pcmt/contracts';
import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { beforeAll, expect, it } from 'vitest';
import type { TipModule } from '../src/modules/tips/tip.module.ts';
import { queryRows } from '../src/platform/db/rows.ts';
import { loggerOptions } from '../src/platform/logger.ts';
import { describeEachBackend } from './db.ts';
import { bearerFor, createAgency, createTestApp, createUser, type TestApp, unitId } from './fixtures.ts';

const FORWARDED = '203.0.113.77';
const SOCKET = '198.51.100.9';

function multipart(filename: string, bytes: Buffer) {
  const boundary = `----pcmt${randomBytes(8).toString('hex')}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: image/jpeg\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head, 'utf8'), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** A phone photo: GPS position and camera in EXIF. */
const gpsJpeg = () =>
  sharp({ create: { width: 32, height: 24, channels: 3, background: '#3a6' } })
    .withExif({
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

/**
 * The anonymous portal through its routes, behind a trusted proxy that forwards the client's address: nothing
 * about the sender in any table or log line, photos cleaned, wrong codes throttled with one answer, a bot flood
 * refused while a person still gets through, text kept verbatim. The clock is injected: no timing assertions.
 */
describeEachBackend('tip portal: anonymous, throttled, verbatim', (getDb) => {
  let t: TestApp;
  let tips: TipModule;
  let now = new Date('2026-03-02T03:00:00Z');
  const logs: string[] = [];
  let here: string;
  let officer: string;

  const send = (url: string, payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url,
      payload,
      remoteAddress: SOCKET,
      headers: { 'x-forwarded-for': FORWARDED, 'user-agent': 'Mozilla/5.0 PCMT-test-agent', ...headers },
    });
  const solved = async (purpose: 'submit' | 'access') => {
    const c = (await send('/api/v1/public/tips/challenges', { purpose })).json();
    return {
      challenge: c.challenge as string,
      nonce: solvePowSync(c.challenge, c.difficulty),
      difficulty: c.difficulty as number,
    };
  };
  const submit = async (body: object) => {
    const { challenge, nonce } = await solved('submit');
    return send('/api/v1/public/tips', { challenge, nonce, ...body });
  };
  const open = async (code: string) => {
    const { challenge, nonce } = await solved('access');
    return send('/api/v1/public/tips/access', { challenge, nonce, code });
  };

  beforeAll(async () => {
    const stream = new Writable({
      write(chunk, _enc, done) {
        logs.push(String(chunk));
        done();
      },
    });
    t = await createTestApp(getDb(), {
      trustProxy: [SOCKET],
      logger: { ...(loggerOptions('info') as object), stream },
    });
    tips = t.services.registers.tips;
    tips.setClock(() => now);
    // Small work in tests: the difficulty only changes how long a solve takes, never the rules.
    tips.portal.configure({
      submitDifficulty: 4,
      accessDifficulty: 2,
      raisedBits: 6,
      submit: { capacity: 20, perSecond: 1 / 60, reserve: 5 },
      wrongCodes: { capacity: 6, perSecond: 1 / 60 },
      wrongCodesPerPrefix: { capacity: 3, perSecond: 1 / 600, digits: 4 },
      receiptHashCost: { N: 16, r: 1, p: 1 },
    });
    here = await unitId(t.db, '23293', '2026-03-01');
    const agency = await createAgency(t.db, { kind: 'drug_police', unitIds: [here] });
    const user = await createUser(t.db, { agencyId: agency, roles: ['drug_police'] });
    officer = await bearerFor(t.services, user, agency, t.db);
  });

  it('takes a tip with a photo, keeps no address or agent anywhere, and stores the photo without EXIF/GPS', async () => {
    const res = await submit({
      content: 'Có người bán ma túy ở hẻm 5',
      place: { kind: 'unit', unitId: here },
    });
    expect(res.statusCode).toBe(201);
    const { receiptCode } = res.json();
    expect(receiptCode).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/);
    const session = await open(receiptCode);
    expect(session.statusCode).toBe(200);
    expect(session.json().tip.status).toBe('received');
    const token = session.json().token as string;
    const photo = await gpsJpeg();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const up = multipart('IMG_0001.jpg', photo);
    const file = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/tips/files',
      payload: up.payload,
      remoteAddress: SOCKET,
      headers: {
        ...up.headers,
        'x-tip-token': token,
        'x-forwarded-for': FORWARDED,
        'user-agent': 'PCMT-test-agent',
      },
    });
    expect(file.statusCode).toBe(200);
    const attachmentId = file.json().files[0].id as string;
    const download = await t.app.inject({
      method: 'GET',
      url: `/api/v1/attachments/${attachmentId}`,
      headers: { authorization: officer },
    });
    expect(download.statusCode).toBe(200);
    const opened = { bytes: download.rawPayload };
    const meta = await sharp(opened.bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.format).toBe('jpeg');
    expect(opened.bytes.includes(Buffer.from('PCMT-Phone'))).toBe(false);

    // The visitor's browser also loads the page, its assets and the commune list through ordinary routes.
    // The commune list, and the boundaries when the reporter picks the place on the map.
    for (const url of [
      '/to-giac?noi=Ch%E1%BB%A3',
      '/assets/portal.js',
      '/api/v1/units',
      '/api/v1/units/boundaries?at=2026-03-02',
    ]) {
      await t.app.inject({
        method: 'GET',
        url,
        remoteAddress: SOCKET,
        headers: { 'x-forwarded-for': FORWARDED, 'user-agent': 'PCMT-test-agent' },
      });
    }

    // Every row of every table as text, and every log line: neither address nor the user agent.
    const tables = await queryRows<{ t: string }>(
      t.db,
      sql`select table_name as t from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    );
    for (const { t: table } of tables) {
      for (const needle of [FORWARDED, SOCKET, 'PCMT-test-agent']) {
        const [hit] = await queryRows<{ n: number }>(
          t.db,
          sql`select count(*)::int as n from ${sql.identifier(table)} x where x::text like ${`%${needle}%`}`,
        );
        expect(hit!.n, `${table} holds ${needle}`).toBe(0);
      }
    }
    const log = logs.join('');
    expect(log).toContain('/api/v1/public/tips');
    expect(log).toContain('/api/v1/units/boundaries');
    expect(log).not.toContain(FORWARDED);
    expect(log).not.toContain(SOCKET);
    expect(log).not.toContain('PCMT-test-agent');
    expect(log).not.toContain(receiptCode.replace(/ /g, ''));

    // The check would see an address if one were kept: an officer's request is logged and audited with its own.
    const desk = await t.app.inject({
      method: 'GET',
      url: '/api/v1/tips',
      remoteAddress: SOCKET,
      headers: { authorization: officer, 'x-forwarded-for': '192.0.2.55' },
    });
    expect(desk.statusCode).toBe(200);
    const [control] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from audit_event x where x::text like '%192.0.2.55%'`,
    );
    expect(control!.n).toBeGreaterThan(0);
  });

  it('stores script and HTML as given and returns it as data, to the reporter and the desk', async () => {
    const evil = '<script>alert("x")</script><img src=x onerror=alert(1)> & <b>đậm</b>';
    const res = await submit({ content: evil, place: { kind: 'unknown' } });
    expect(res.statusCode).toBe(201);
    const session = (await open(res.json().receiptCode)).json();
    const msg = await send('/api/v1/public/tips/messages', { text: evil }, { 'x-tip-token': session.token });
    expect(msg.statusCode).toBe(200);
    expect(msg.headers['content-type']).toContain('application/json');
    expect(msg.json().messages[0].text).toBe(evil);
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/tips?channel=portal',
      headers: { authorization: officer },
    });
    expect(list.json().data.map((x: { content: string }) => x.content)).toContain(evil);
  });

  it('answers every wrong code alike, throttles guessing before looking, and says nothing of existence', async () => {
    const good = (await submit({ content: 'Mã đúng để thử', place: { kind: 'unknown' } })).json()
      .receiptCode as string;
    const digits = good.replace(/ /g, '');
    // Same prefix, valid check digit, not issued: the answer of any wrong code.
    const wrongCodes = ['1000000000000001', '2000000000000002', '3000000000000003'].map((d) => {
      const base = d.slice(0, 15);
      let c = 0;
      for (const ch of base)
        c = [
          [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
          [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
          [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
          [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
          [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
          [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
          [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
          [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
          [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
          [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
        ][c]![Number(ch)]!;
      return base + c;
    });
    const bodies = new Set<string>();
    for (const code of wrongCodes) {
      const res = await open(code);
      expect(res.statusCode).toBe(404);
      const { requestId: _r, ...rest } = res.json().error;
      bodies.add(JSON.stringify(rest));
    }
    expect(bodies.size).toBe(1);
    // Malformed (Damm check fails): a 400 naming the field, no lookup.
    const typo = `${digits.slice(0, 15)}${(Number(digits[15]) + 1) % 10}`;
    const bad = await open(typo);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('code');
    // Three more wrong codes empty the global bucket (capacity 6): from then on the right code is refused too,
    // with the same answer as a wrong one — the refusal comes before the code is looked at.
    for (const code of wrongCodes) expect((await open(code)).statusCode).toBe(404);
    const refusedRight = await open(good);
    const refusedWrong = await open(wrongCodes[0]!);
    expect(refusedRight.statusCode).toBe(429);
    expect(refusedWrong.statusCode).toBe(429);
    const strip = (r: typeof refusedRight) => {
      const { requestId: _r, ...rest } = r.json().error;
      return JSON.stringify(rest);
    };
    expect(strip(refusedRight)).toBe(strip(refusedWrong));
    // Time refills the bucket (injected clock): the right code opens again.
    now = new Date(now.getTime() + 60 * 60_000);
    expect((await open(good)).statusCode).toBe(200);
    // A spent challenge does not work twice.
    const { challenge, nonce } = await solved('access');
    expect((await send('/api/v1/public/tips/access', { challenge, nonce, code: good })).statusCode).toBe(200);
    const again = await send('/api/v1/public/tips/access', { challenge, nonce, code: good });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.details[0].path).toBe('challenge');
  });

  it('throttles a flood of 500 scripted submissions while a person with a fresh challenge gets through', async () => {
    now = new Date(now.getTime() + 24 * 3_600_000); // a full bucket
    // The script pre-fetched and solved 500 cheap challenges before the flood.
    const prepared: { challenge: string; nonce: string }[] = [];
    for (let i = 0; i < 500; i++) {
      const { challenge, nonce } = await solved('submit');
      prepared.push({ challenge, nonce });
    }
    let accepted = 0;
    let throttled = 0;
    for (const p of prepared) {
      const res = await send('/api/v1/public/tips', {
        ...p,
        content: 'spam spam',
        place: { kind: 'unknown' },
      });
      if (res.statusCode === 201) accepted += 1;
      else if (res.statusCode === 429) throttled += 1;
      else throw new Error(`unexpected ${res.statusCode}: ${res.body}`);
    }
    // The ordinary capacity (20 − reserve 5 = 15) and nothing more.
    expect(accepted).toBe(15);
    expect(throttled).toBe(485);
    // Flooded: a new challenge is harder, and its solution may take the reserve.
    const person = await solved('submit');
    expect(person.difficulty).toBe(10);
    const res = await send('/api/v1/public/tips', {
      challenge: person.challenge,
      nonce: person.nonce,
      content: 'Tin thật trong lúc bị tấn công',
      place: { kind: 'unknown' },
    });
    expect(res.statusCode).toBe(201);
    // No cheap challenge reaches the reserve.
    const cheap = await send('/api/v1/public/tips', {
      ...prepared[0]!,
      content: 'x',
      place: { kind: 'unknown' },
    });
    expect(cheap.statusCode).toBe(400);
  });

  it('lists the portal routes as public, every desk route behind a tip permission', () => {
    const tipRoutes = t.app.accessRoutes.filter((r) => r.url.includes('/tips'));
    for (const r of tipRoutes)
      expect(r.access.kind, `${r.method} ${r.url}`).toBe(
        r.url.startsWith('/api/v1/public/') ? 'public' : 'permission',
      );
    expect(tipRoutes.filter((r) => r.access.kind === 'public').length).toBe(7);
  });

  it('shows the officer’s reply to the reporter, never the officer', async () => {
    const code = (await submit({ content: 'Cần phản hồi', place: { kind: 'unit', unitId: here } })).json()
      .receiptCode;
    const [row] = await queryRows<{ id: string }>(
      t.db,
      sql`select id from tip where content = 'Cần phản hồi'`,
    );
    const reply = await t.app.inject({
      method: 'POST',
      url: `/api/v1/tips/${row!.id}/replies`,
      payload: { text: 'Đã tiếp nhận, đang xác minh' },
      headers: { authorization: officer },
    });
    expect(reply.statusCode).toBe(200);
    const view = (await open(code)).json().tip;
    expect(view.messages).toEqual([
      expect.objectContaining({ from: 'officer', text: 'Đã tiếp nhận, đang xác minh' }),
    ]);
    expect(JSON.stringify(view)).not.toMatch(/author|agency|unit/);
  });

  it('places a point picked on the map in the commune of the date; a point outside the province is refused on place.point', async () => {
    now = new Date(now.getTime() + 24 * 3_600_000); // a full bucket
    const [lp] = await queryRows<{ p: [number, number] }>(
      t.db,
      sql`select label_point as p from unit_boundary where unit_id = ${here}`,
    );
    const point = { lng: lp!.p[0], lat: lp!.p[1] };
    const res = await submit({ content: 'Điểm chọn trên bản đồ', place: { kind: 'point', point } });
    expect(res.statusCode).toBe(201);
    const [row] = await queryRows<{ unit_id: string; place_unknown: boolean }>(
      t.db,
      sql`select unit_id, place_unknown from tip where content = 'Điểm chọn trên bản đồ'`,
    );
    expect(row).toEqual({ unit_id: here, place_unknown: false });
    // Hà Nội: in Việt Nam (the contract's bounds), outside the province's communes.
    const outside = await submit({
      content: 'Ngoài tỉnh',
      place: { kind: 'point', point: { lat: 21.03, lng: 105.85 } },
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.details.map((d: { path: string }) => d.path)).toContain('place.point');
  });

  it('sends a file from the officer to the reporter, who downloads it with the token only; no address kept', async () => {
    now = new Date(now.getTime() + 24 * 3_600_000); // a full bucket
    const code = (await submit({ content: 'Cần gửi tệp', place: { kind: 'unit', unitId: here } })).json()
      .receiptCode;
    const other = (await submit({ content: 'Tin khác', place: { kind: 'unknown' } })).json().receiptCode;
    const [row] = await queryRows<{ id: string }>(
      t.db,
      sql`select id from tip where content = 'Cần gửi tệp'`,
    );
    const tipId = row!.id;
    const photo = await gpsJpeg();
    const upload = (auth: string, id = tipId, bytes = photo, name = 'mau-nhan-dang.jpg') => {
      const m = multipart(name, bytes);
      return t.app.inject({
        method: 'POST',
        url: `/api/v1/tips/${id}/reporter-files`,
        payload: m.payload,
        headers: { ...m.headers, authorization: auth },
      });
    };
    // Attacks: another commune's officer (404), a role without tip.handle (403), a file of a refused type (400).
    const elsewhere = await unitId(t.db, '23500', '2026-03-01');
    const otherAgency = await createAgency(t.db, { kind: 'commune_police', unitIds: [elsewhere] });
    const outsider = await bearerFor(
      t.services,
      await createUser(t.db, { agencyId: otherAgency, roles: ['commune_police'] }),
      otherAgency,
      t.db,
    );
    const leader = await bearerFor(
      t.services,
      await createUser(t.db, { agencyId: otherAgency, roles: ['leadership'] }),
      otherAgency,
      t.db,
    );
    expect((await upload(outsider)).statusCode).toBe(404);
    expect((await upload(leader)).statusCode).toBe(403);
    const bad = await upload(officer, tipId, Buffer.from('MZ not a photo'), 'x.exe');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((d: { path: string }) => d.path)).toContain('file');
    const badId = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tips/abc/reporter-files',
      headers: { authorization: officer },
    });
    expect(badId.statusCode).toBe(400);

    const sent = await upload(officer);
    expect(sent.statusCode, sent.body).toBe(201);
    const fileId = sent.json().id as string;
    const [audited] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from audit_event where action = 'tip.reply.file' and record_id = ${tipId}`,
    );
    expect(audited!.n).toBe(1);

    // The reporter sees it in the conversation, from the officer, and downloads it: re-encoded, no EXIF.
    const session = (await open(code)).json();
    expect(session.tip.files).toEqual([expect.objectContaining({ id: fileId, from: 'officer' })]);
    const download = (token: string | undefined, id = fileId) =>
      t.app.inject({
        method: 'GET',
        url: `/api/v1/public/tips/files/${id}`,
        remoteAddress: SOCKET,
        headers: {
          'x-forwarded-for': FORWARDED,
          'user-agent': 'PCMT-test-agent',
          ...(token ? { 'x-tip-token': token } : {}),
        },
      });
    const got = await download(session.token);
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('image/jpeg');
    expect((await sharp(got.rawPayload).metadata()).exif).toBeUndefined();
    // Another tip's token, no token, an unknown or malformed id: no file, no hint.
    const stranger = (await open(other)).json().token as string;
    expect((await download(stranger)).statusCode).toBe(404);
    expect((await download(undefined)).statusCode).toBe(401);
    expect((await download(session.token, crypto.randomUUID())).statusCode).toBe(404);
    const malformed = await download(session.token, 'abc');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.details.map((d: { path: string }) => d.path)).toContain('fileId');
    // Neither the download's audit row nor the log holds the address or the agent.
    for (const needle of [FORWARDED, SOCKET, 'PCMT-test-agent']) {
      const [hit] = await queryRows<{ n: number }>(
        t.db,
        sql`select count(*)::int as n from audit_event x where x::text like ${`%${needle}%`}`,
      );
      expect(hit!.n, needle).toBe(0);
    }
    const log = logs.join('');
    expect(log).toContain('/api/v1/public/tips/files/:fileId');
    expect(log).not.toContain(fileId);
    expect(log).not.toContain(FORWARDED);
    expect(log).not.toContain(SOCKET);
  });
});
