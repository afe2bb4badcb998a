import type { Role } from '@pcmt/contracts';
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { queryRows } from '../src/platform/db/rows.ts';
import { describeEachBackend } from './db.ts';
import { bearerFor, createAgency, createTestApp, createUser, type TestApp, unitId } from './fixtures.ts';

/**
 * The person register's hand-overs, rings, export and hotspot links through the HTTP API (issue 9 §4–6): a move
 * to another commune hands the record over with a 24-hour notice acknowledged by the receiving commune (the old
 * one keeps its own period of the trail, read-only); rings with members; the CSV export with its reason; hotspots
 * linked to person records, masked in the hotspot's read. Each route: out of scope 404, wrong role 403, stale
 * version 409, bad input 400 naming the field with the contract's message id.
 */
describeEachBackend('persons: transfers, rings, export, hotspot links', (getDb) => {
  let t: TestApp;
  let ward: string; // Phường Kon Tum
  let dakHa: string; // Xã Đăk Hà
  let dakCam: string; // Phường Đăk Cấm: no commune police agency in this test
  const auth = {} as Record<
    'pc04' | 'kontum' | 'kontumChief' | 'dakha' | 'dakhaChief' | 'committee' | 'leader' | 'border',
    string
  >;
  const users = {} as Record<'dakhaChief', string>;
  let dakhaAgency = '';

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, who: string, payload?: unknown) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { authorization: who },
      ...(payload ? { payload: payload as object } : {}),
    });
  const member = async (agencyId: string, role: Role) => {
    const u = await createUser(t.db, { agencyId, roles: [role] });
    return { token: await bearerFor(t.services, u, agencyId, t.db), id: u.id };
  };
  const create = async (who: string, body: Record<string, unknown>) => {
    const res = await call('POST', '/persons', who, {
      sex: 'male',
      unitId: ward,
      birthDate: '1990-02-03',
      confirmDuplicates: true,
      ...body,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const auditOf = (action: string, recordId: string) =>
    queryRows<{ after: Record<string, unknown> | null }>(
      t.db,
      sql`select after from audit_event where action = ${action} and record_id = ${recordId} order by id`,
    );
  /** A 400 naming the field, with the contract's message id when the service refused it (zod's own have none). */
  const fieldError = (res: { statusCode: number; json: () => unknown }, path: string, messageId?: string) => {
    expect(res.statusCode).toBe(400);
    const body = res.json() as { error: { details: { path: string; messageId?: string }[] } };
    expect(body.error.details).toEqual(
      expect.arrayContaining([expect.objectContaining(messageId ? { path, messageId } : { path })]),
    );
  };

  beforeAll(async () => {
    t = await createTestApp(getDb());
    ward = await unitId(t.db, '23293', '2026-01-01');
    dakHa = await unitId(t.db, '23500', '2026-01-01');
    dakCam = await unitId(t.db, '23284', '2026-01-01');
    const province = await unitId(t.db, '51', '2026-01-01');
    const kontumPolice = await createAgency(t.db, { kind: 'commune_police', unitIds: [ward] });
    dakhaAgency = await createAgency(t.db, { kind: 'commune_police', unitIds: [dakHa] });
    auth.pc04 = (
      await member(await createAgency(t.db, { kind: 'drug_police', unitIds: [province] }), 'drug_police')
    ).token;
    auth.kontum = (await member(kontumPolice, 'commune_police')).token;
    auth.kontumChief = (await member(kontumPolice, 'commune_police_chief')).token;
    auth.dakha = (await member(dakhaAgency, 'commune_police')).token;
    const chief = await member(dakhaAgency, 'commune_police_chief');
    auth.dakhaChief = chief.token;
    users.dakhaChief = chief.id;
    auth.committee = (
      await member(await createAgency(t.db, { kind: 'ubnd', unitIds: [ward] }), 'commune_committee')
    ).token;
    auth.leader = (
      await member(
        await createAgency(t.db, { kind: 'steering_committee', unitIds: [province] }),
        'leadership',
      )
    ).token;
    auth.border = (
      await member(await createAgency(t.db, { kind: 'border_guard', unitIds: [ward] }), 'border_guard')
    ).token;
  });

  it('hands a person moving to another commune over to its commune police, with a notice due in 24 hours', async () => {
    const p = await create(auth.kontum, { fullName: 'Lò Văn Chuyển Đi', residenceSince: '2025-08-01' });
    const body = { fullName: p.fullName, birthDate: p.birthDate, sex: 'male', version: p.version };
    // No commune police covers Phường Đăk Cấm, outside Kon Tum's jurisdiction: refused, naming the commune.
    const nobody = await call('PUT', `/persons/${p.id}`, auth.kontum, { ...body, unitId: dakCam });
    fieldError(nobody, 'unitId', 'person.noReceivingAgency');
    const moved = await call('PUT', `/persons/${p.id}`, auth.kontum, {
      ...body,
      unitId: dakHa,
      residenceSince: '2026-02-01',
      residenceAddress: 'Thôn 7',
      transferNote: 'Chuyển về ở với gia đình',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().agency.id).toBe(dakhaAgency);
    expect(moved.json().unit.id).toBe(dakHa);
    // Kon Tum no longer reads nor edits the record…
    expect((await call('GET', `/persons/${p.id}`, auth.kontum)).statusCode).toBe(404);
    const edit = await call('PUT', `/persons/${p.id}`, auth.kontum, {
      ...body,
      unitId: dakHa,
      version: moved.json().version,
    });
    expect(edit.statusCode).toBe(404);
    // …Đăk Hà does, with the notice pending.
    const read = (await call('GET', `/persons/${p.id}`, auth.dakha)).json();
    expect(read.pendingTransfer).toMatchObject({
      status: 'pending',
      noticeHours: 24,
      movedOn: '2026-02-01',
      fromUnit: { id: ward },
      toAgency: { id: dakhaAgency },
      overdue: false,
      note: 'Chuyển về ở với gia đình',
    });
    const { notifiedAt, dueAt } = read.pendingTransfer;
    expect(Date.parse(dueAt) - Date.parse(notifiedAt)).toBe(24 * 3_600_000);
    expect(await auditOf('person.transfer', p.id)).toEqual([
      { after: expect.objectContaining({ unitId: dakHa, agencyId: dakhaAgency, movedOn: '2026-02-01' }) },
    ]);
    // The receiving list names the person; the sending commune sees its hand-over without the name.
    const incoming = (await call('GET', '/persons/transfers', auth.dakha)).json().data;
    expect(incoming).toEqual([expect.objectContaining({ personId: p.id, fullName: p.fullName })]);
    const outgoing = (await call('GET', '/persons/transfers?direction=outgoing', auth.kontum)).json().data;
    expect(outgoing).toEqual([expect.objectContaining({ personId: p.id, fullName: null })]);
    expect((await call('GET', '/persons/transfers', auth.kontum)).json().data).toEqual([]);
    fieldError(await call('GET', '/persons/transfers?direction=sideways', auth.dakha), 'direction');

    // 25 hours later, unacknowledged: overdue, flagged to Đăk Hà's chief only.
    await t.db.execute(
      sql`update person_transfer set notified_at = notified_at - interval '25 hours', due_at = due_at - interval '25 hours' where person_id = ${p.id}`,
    );
    const flagged = (await call('GET', '/persons/transfers?flaggedToMe=true', auth.dakhaChief)).json().data;
    expect(flagged).toEqual([
      expect.objectContaining({
        personId: p.id,
        overdue: true,
        flaggedTo: [expect.objectContaining({ id: users.dakhaChief })],
      }),
    ]);
    expect((await call('GET', '/persons/transfers?flaggedToMe=true', auth.dakha)).json().data).toEqual([]);
    expect((await call('GET', '/persons/transfers?overdue=true', auth.dakha)).json().data).toHaveLength(1);

    // Acknowledgement: wrong role 403, old commune 404, bad input 400, stale 409, then done once.
    const version = read.pendingTransfer.version;
    expect(
      (await call('POST', `/persons/${p.id}/transfer/acknowledge`, auth.committee, { version })).statusCode,
    ).toBe(403);
    expect(
      (await call('POST', `/persons/${p.id}/transfer/acknowledge`, auth.kontum, { version })).statusCode,
    ).toBe(404);
    const bad = await call('POST', `/persons/${p.id}/transfer/acknowledge`, auth.dakha, { version: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('version');
    const stale = await call('POST', `/persons/${p.id}/transfer/acknowledge`, auth.dakha, {
      version: version + 5,
    });
    expect(stale.statusCode).toBe(409);
    const ack = await call('POST', `/persons/${p.id}/transfer/acknowledge`, auth.dakhaChief, {
      version,
      note: 'Đã tiếp nhận hồ sơ',
    });
    expect(ack.statusCode, ack.body).toBe(200);
    expect(ack.json()).toMatchObject({
      status: 'acknowledged',
      overdue: false,
      acknowledgedBy: { id: users.dakhaChief },
    });
    const again = await call('POST', `/persons/${p.id}/transfer/acknowledge`, auth.dakha, {
      version: ack.json().version,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.messageId).toBe('person.noPendingTransfer');
    expect(await auditOf('person.transfer.acknowledge', p.id)).toEqual([
      { after: expect.objectContaining({ status: 'acknowledged', overdue: true }) },
    ]);

    // Đăk Hà writes on; Kon Tum keeps its own period of the trail (up to the hand-over), never what followed.
    await call('POST', `/persons/${p.id}/statuses`, auth.dakha, {
      status: 'suspect',
      fromOn: '2026-02-02',
      basis: 'Xác minh tại địa bàn mới',
    });
    const theirs = (await call('GET', `/persons/${p.id}/timeline`, auth.kontum)).json().data;
    expect(theirs.map((e: { action: string }) => e.action)).toEqual(['person.create', 'person.transfer']);
    const ours = (await call('GET', `/persons/${p.id}/timeline`, auth.dakha)).json().data;
    expect(ours.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['person.transfer', 'person.transfer.acknowledge', 'person.status']),
    );
    expect((await call('GET', `/persons/${p.id}/transfers`, auth.kontum)).json().data).toHaveLength(1);
    // A commune that never had the person: 404 for the trail and the hand-overs.
    const stranger = (
      await member(await createAgency(t.db, { kind: 'commune_police', unitIds: [dakCam] }), 'commune_police')
    ).token;
    expect((await call('GET', `/persons/${p.id}/timeline`, stranger)).statusCode).toBe(404);
    expect((await call('GET', `/persons/${p.id}/transfers`, stranger)).statusCode).toBe(404);
  });

  it('records rings and their members, scoped, versioned and audited on the ring and the person', async () => {
    const p = await create(auth.kontum, { fullName: 'Đinh Văn Ổ Nhóm' });
    const far = await create(auth.dakha, { fullName: 'Y Văn Xa', unitId: dakHa });
    fieldError(await call('POST', '/rings', auth.kontum, { kind: 'group', unitId: ward }), 'name');
    fieldError(
      await call('POST', '/rings', auth.kontum, { kind: 'group', name: 'Ổ nhóm bến xe', unitId: dakHa }),
      'unitId',
      'unit.outsideJurisdiction',
    );
    expect(
      (await call('POST', '/rings', auth.committee, { kind: 'group', name: 'Ổ nhóm', unitId: ward }))
        .statusCode,
    ).toBe(403);
    const created = await call('POST', '/rings', auth.kontum, {
      kind: 'group',
      name: 'Ổ nhóm bến xe',
      unitId: ward,
      detectedOn: '2026-01-10',
    });
    expect(created.statusCode, created.body).toBe(201);
    const ring = created.json();
    expect((await call('GET', `/rings/${ring.id}`, auth.dakha)).statusCode).toBe(404);
    expect((await call('GET', '/rings?q=ben%20xe', auth.kontum)).json().data).toEqual([
      expect.objectContaining({ id: ring.id, memberCount: 0 }),
    ]);
    fieldError(
      await call('POST', `/rings/${ring.id}/members`, auth.kontum, {
        personId: far.id,
        role: 'Người bán',
        version: ring.version,
      }),
      'personId',
      'person.notFound',
    );
    const stale = await call('POST', `/rings/${ring.id}/members`, auth.kontum, {
      personId: p.id,
      role: 'Cầm đầu',
      version: ring.version + 1,
    });
    expect(stale.statusCode).toBe(409);
    const joined = await call('POST', `/rings/${ring.id}/members`, auth.kontum, {
      personId: p.id,
      role: 'Cầm đầu',
      version: ring.version,
    });
    expect(joined.statusCode, joined.body).toBe(200);
    expect(joined.json()).toMatchObject({
      memberCount: 1,
      members: [{ personId: p.id, role: 'Cầm đầu', person: { fullName: p.fullName, cccdMasked: null } }],
    });
    const twice = await call('POST', `/rings/${ring.id}/members`, auth.kontum, {
      personId: p.id,
      role: 'Cầm đầu',
      version: joined.json().version,
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.messageId).toBe('ring.alreadyMember');
    expect((await call('GET', `/persons/${p.id}`, auth.kontum)).json().rings).toEqual([
      expect.objectContaining({ ringId: ring.id, role: 'Cầm đầu', toOn: null }),
    ]);
    const left = await call('POST', `/rings/${ring.id}/members/remove`, auth.kontum, {
      personId: p.id,
      version: joined.json().version,
    });
    expect(left.statusCode, left.body).toBe(200);
    expect(left.json().memberCount).toBe(0);
    fieldError(
      await call('POST', `/rings/${ring.id}/members/remove`, auth.kontum, {
        personId: p.id,
        version: left.json().version,
      }),
      'personId',
      'ring.notMember',
    );
    expect((await auditOf('person.ring', p.id)).length).toBe(2);
    expect((await auditOf('ring.member.add', ring.id)).length).toBe(1);
    const dismantled = await call('PUT', `/rings/${ring.id}`, auth.kontum, {
      kind: 'group',
      name: ring.name,
      unitId: ward,
      detectedOn: '2026-01-10',
      dismantledOn: '2026-01-05',
      version: left.json().version,
    });
    fieldError(dismantled, 'dismantledOn', 'ring.dismantledBeforeDetected');
    const renamed = await call('PUT', `/rings/${ring.id}`, auth.kontum, {
      kind: 'network',
      name: 'Đường dây bến xe',
      unitId: ward,
      version: left.json().version,
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const staleEdit = await call('PUT', `/rings/${ring.id}`, auth.kontum, {
      kind: 'network',
      name: 'Đường dây cũ',
      unitId: ward,
      version: left.json().version,
    });
    expect(staleEdit.statusCode).toBe(409);
    const trail = (await call('GET', `/rings/${ring.id}/timeline`, auth.kontum)).json().data;
    expect(trail.map((e: { action: string }) => e.action)).toEqual([
      'ring.create',
      'ring.member.add',
      'ring.member.remove',
      'ring.update',
    ]);
  });

  it('exports the filtered list as a CSV with a reason, audited with the row count; never to leadership', async () => {
    await create(auth.kontum, {
      fullName: 'Hà Thị Xuất Tệp',
      sex: 'female',
      cccd: '062190012345',
      birthDate: '1990-02-03',
    });
    await create(auth.kontum, { fullName: '=HYPERLINK("x")', birthDate: '1992-01-01' });
    const reason = 'Báo cáo Công an tỉnh tháng 2';
    fieldError(
      await call('POST', '/persons/export', auth.kontumChief, { reason: 'ngắn' }),
      'reason',
      'person.exportReason',
    );
    expect((await call('POST', '/persons/export', auth.kontum, { reason })).statusCode).toBe(403);
    expect((await call('POST', '/persons/export', auth.leader, { reason })).statusCode).toBe(403);
    const res = await call('POST', '/persons/export', auth.kontumChief, { reason, q: 'xuat tep' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="danh-sach-nguoi-/);
    expect(res.body.startsWith('\uFEFF"STT","Họ và tên"')).toBe(true);
    const lines = res.body.trim().split('\r\n');
    expect(lines).toHaveLength(2);
    // The chief may reveal: the CCCD in clear.
    expect(lines[1]).toContain('"Hà Thị Xuất Tệp"');
    expect(lines[1]).toContain('"062190012345"');
    const formula = await call('POST', '/persons/export', auth.kontumChief, { reason, q: 'hyperlink' });
    expect(formula.body).toContain(`"'=HYPERLINK(""x"")"`);
    const audit = await queryRows<{ after: Record<string, unknown> }>(
      t.db,
      sql`select after from audit_event where action = 'person.export' order by id`,
    );
    expect(audit[0]!.after).toMatchObject({ reason, rows: 1, cccd: 'clear', filter: { q: 'xuat tep' } });
    // Out of the chief's jurisdiction: nothing (Đăk Hà's persons are not in Kon Tum's file).
    const none = await call('POST', '/persons/export', auth.kontumChief, { reason, unitId: dakHa });
    expect(none.body.trim().split('\r\n')).toHaveLength(1);
  });

  it('links hotspots and person records both ways, masked in the hotspot read, refused outside either scope', async () => {
    const p = await create(auth.kontum, { fullName: 'Rơ Châm Điểm Nóng', cccd: '062090054321' });
    const spot = await call('POST', '/hotspots', auth.kontum, {
      name: 'Điểm bãi sông',
      behaviours: ['selling'],
      detectedOn: '2026-01-15',
      unitId: ward,
      linkedPersons: 'Một người chưa rõ danh tính',
    });
    expect(spot.statusCode, spot.body).toBe(201);
    const far = await call('POST', '/hotspots', auth.dakha, {
      name: 'Điểm rẫy cà phê',
      behaviours: ['organising_use'],
      detectedOn: '2026-01-15',
      unitId: dakHa,
    });
    const hotspotId = spot.json().id;
    const link = { hotspotId, role: 'Người bán lẻ', version: p.version };
    expect((await call('POST', `/persons/${p.id}/hotspots`, auth.border, link)).statusCode).toBe(403);
    expect((await call('POST', `/persons/${p.id}/hotspots`, auth.dakha, link)).statusCode).toBe(404);
    fieldError(
      await call('POST', `/persons/${p.id}/hotspots`, auth.kontum, { ...link, hotspotId: far.json().id }),
      'hotspotId',
      'person.hotspotNotFound',
    );
    expect(
      (await call('POST', `/persons/${p.id}/hotspots`, auth.kontum, { ...link, version: 99 })).statusCode,
    ).toBe(409);
    const linked = await call('POST', `/persons/${p.id}/hotspots`, auth.kontum, link);
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().hotspots).toEqual([expect.objectContaining({ hotspotId, role: 'Người bán lẻ' })]);
    const twice = await call('POST', `/persons/${p.id}/hotspots`, auth.kontum, {
      ...link,
      version: linked.json().version,
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.messageId).toBe('person.hotspotAlreadyLinked');
    // The hotspot's read: the person masked as lists show them, the free text kept; leadership sees a count.
    const read = (await call('GET', `/hotspots/${hotspotId}`, auth.kontum)).json();
    expect(read.linkedPersons).toBe('Một người chưa rõ danh tính');
    expect(read.personLinks.data).toEqual([
      expect.objectContaining({
        role: 'Người bán lẻ',
        person: expect.objectContaining({ id: p.id, cccdMasked: '0**********1' }),
      }),
    ]);
    expect(JSON.stringify(read)).not.toContain('062090054321');
    expect((await call('GET', `/hotspots/${hotspotId}`, auth.leader)).json().personLinks).toEqual({
      data: [],
      hiddenPersons: 1,
    });
    expect((await auditOf('hotspot.person', hotspotId)).length).toBe(1);
    expect((await auditOf('person.read', p.id)).map((r) => r.after)).toContainEqual({
      view: 'hotspot',
      hotspotId,
    });
    const unlinked = await call('POST', `/persons/${p.id}/hotspots/remove`, auth.kontum, {
      hotspotId,
      version: linked.json().version,
    });
    expect(unlinked.statusCode, unlinked.body).toBe(200);
    expect(unlinked.json().hotspots).toEqual([]);
    fieldError(
      await call('POST', `/persons/${p.id}/hotspots/remove`, auth.kontum, {
        hotspotId,
        version: unlinked.json().version,
      }),
      'hotspotId',
      'person.hotspotNotLinked',
    );
    // A merge moves the duplicate's links to the record kept.
    const dup = await create(auth.kontum, { fullName: 'Rơ Châm Điểm Nóng (trùng)' });
    const dupLinked = await call('POST', `/persons/${dup.id}/hotspots`, auth.kontum, {
      hotspotId,
      version: dup.version,
    });
    expect(dupLinked.statusCode, dupLinked.body).toBe(200);
    const merged = await call('POST', `/persons/${dup.id}/merge`, auth.kontum, {
      intoId: p.id,
      reason: 'Hai hồ sơ là cùng một người',
      version: dupLinked.json().version,
    });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json().id).toBe(p.id);
    expect((await call('GET', `/persons/${p.id}`, auth.kontum)).json().hotspots).toEqual([
      expect.objectContaining({ hotspotId }),
    ]);
  });
});
