import { defaultEvaluationChecklist } from '@pcmt/domain';
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { queryRows } from '../src/platform/db/rows.ts';
import { describeEachBackend } from './db.ts';
import { bearerFor, createAgency, createTestApp, createUser, type TestApp, unitId } from './fixtures.ts';

/**
 * Transformation programmes through the HTTP API (issue 8 "Must show"): the lifecycle with its committee,
 * monthly reports, plan items as tasks and the evaluation with evidence; relapse after success found by the
 * watch with an injected clock; refusals (period order, missing evidence, illegal moves, stale versions);
 * scope (a commune sees its own programme only) and roles.
 */
describeEachBackend('transformation programmes', (getDb) => {
  let t: TestApp;
  let pc04: string;
  let leadership: string;
  let kontumCommittee: string; // UBND phường Kon Tum
  let kontumPolice: string; // Công an phường Kon Tum
  let dakHaCommittee: string; // UBND xã Đăk Hà
  let department: string; // Sở Y tế (reads programmes of its jurisdiction)
  let ward: string; // Phường Kon Tum (2025 ward)
  let dakHa: string;
  let kontumPoliceAgency: string;

  const call = (
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    auth: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { authorization: auth, ...headers },
      ...(payload ? { payload: payload as object } : {}),
    });
  const officer = async (kind: string, unitIds: string[], role: string) => {
    const agencyId = await createAgency(t.db, { kind: kind as never, unitIds });
    const u = await createUser(t.db, { agencyId, roles: [role as never] });
    return { auth: await bearerFor(t.services, u, agencyId, t.db), agencyId };
  };
  const allMet = (evidence = 'Biên bản kiểm tra') =>
    defaultEvaluationChecklist.map((c) => ({ criterionId: c.id, met: true, evidence }));

  beforeAll(async () => {
    t = await createTestApp(getDb());
    ward = await unitId(t.db, '23293', '2026-01-01');
    dakHa = await unitId(t.db, '23500', '2026-01-01');
    const province = [await unitId(t.db, '62', '2024-01-01'), await unitId(t.db, '51', '2026-01-01')];
    pc04 = (await officer('drug_police', province, 'drug_police')).auth;
    leadership = (await officer('steering_committee', province, 'leadership')).auth;
    kontumCommittee = (await officer('ubnd', [ward], 'commune_committee')).auth;
    const police = await officer('commune_police', [ward], 'commune_police');
    kontumPolice = police.auth;
    kontumPoliceAgency = police.agencyId;
    dakHaCommittee = (await officer('ubnd', [dakHa], 'commune_committee')).auth;
    department = (await officer('department', [await unitId(t.db, '23377', '2026-01-01')], 'department'))
      .auth;
  });

  const create = async (auth: string, body: Record<string, unknown>) => {
    const res = await call('POST', '/programmes', auth, {
      name: 'Chuyển hóa địa bàn',
      unitId: ward,
      decisionNumber: '85/QĐ-UBND',
      decisionDate: '2025-06-25',
      decisionIssuer: 'UBND phường Kon Tum',
      periodFrom: '2025-07-01',
      ...body,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const move = async (auth: string, id: string, to: string, on: string, version: number, extra = {}) =>
    call('POST', `/programmes/${id}/transitions`, auth, {
      to,
      on,
      reason: `Chuyển sang ${to}`,
      version,
      ...extra,
    });
  const moved = async (auth: string, id: string, to: string, on: string, version: number) => {
    const res = await move(auth, id, to, on, version);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  /** A PDF attached to the programme through the kit's upload route; returns the attachment id. */
  const attachPdf = async (auth: string, programmeId: string) => {
    const boundary = 'pcmtprogramme';
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bien-ban.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      Buffer.from('%PDF-1.4\n%%EOF\n'),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/attachments?recordType=programme&recordId=${programmeId}`,
      payload: body,
      headers: { authorization: auth, 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };

  it('refuses a period that ends before it starts, naming the field, in Vietnamese and English', async () => {
    const body = { name: 'Sai thời gian', unitId: ward, periodFrom: '2026-03-01', periodTo: '2026-02-28' };
    const res = await call('POST', '/programmes', kontumCommittee, body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      message: 'Ngày kết thúc thời gian thực hiện không được trước ngày bắt đầu',
      details: [{ path: 'periodTo' }],
    });
    const en = await call('POST', '/programmes', kontumCommittee, body, { 'accept-language': 'en' });
    expect(en.json().error.message).toBe('The end of the period cannot be before its start');
    // Default period: 12 months from the start.
    const p = await create(kontumCommittee, { periodFrom: '2026-03-01' });
    expect(p).toMatchObject({ periodTo: '2027-02-28', status: 'draft', baseline: { source: 'none' } });
  });

  it('runs a programme: committee, reports, plan items as tasks, evaluation with evidence → đạt and watched', async () => {
    let p = await create(kontumCommittee, {
      name: 'Chuyển hóa phường Kon Tum 2025',
      periodTo: '2026-01-31',
      baseline: { population: 21_000, personsWithRecords: 40, drugUseVenueCount: 2 },
      members: [{ name: 'Võ Thị Chủ Tịch', kind: 'agency', title: 'Chủ tịch UBND', role: 'head' }],
    });
    expect(p.baseline).toMatchObject({
      source: 'entered',
      indicators: { population: 21_000, personsWithRecords: 40, drugUseVenueCount: 2, activeSpots: null },
    });
    // Illegal move: 409 naming the allowed ones.
    const skip = await move(kontumCommittee, p.id, 'in_progress', '2025-07-01', p.version);
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error.message).toBe(
      'Không thể chuyển từ «Dự thảo» sang «Đang thực hiện». Từ «Dự thảo» chỉ có thể chuyển sang: Đã phê duyệt',
    );
    p = await moved(kontumCommittee, p.id, 'approved', '2025-06-30', p.version);
    p = await moved(kontumCommittee, p.id, 'in_progress', '2025-07-01', p.version);

    const members = await call('PUT', `/programmes/${p.id}/members`, kontumCommittee, {
      members: [
        { name: 'Võ Thị Chủ Tịch', kind: 'agency', title: 'Chủ tịch UBND', role: 'head' },
        { name: 'Hội Phụ nữ phường', kind: 'mass_organisation', organisation: 'Hội LHPN', role: 'member' },
        { name: 'Già làng A Hiên', kind: 'prestigious_person', role: 'member' },
      ],
      version: p.version,
    });
    expect(members.statusCode, members.body).toBe(200);
    p = members.json();
    expect(p.members.map((m: { kind: string }) => m.kind)).toEqual([
      'agency',
      'mass_organisation',
      'prestigious_person',
    ]);
    // Stale version → 409.
    expect(
      (await call('PUT', `/programmes/${p.id}/members`, kontumCommittee, { members: [], version: 1 }))
        .statusCode,
    ).toBe(409);

    // Monthly report by commune police; a month outside the period is refused.
    const report = await call('POST', `/programmes/${p.id}/reports`, kontumPolice, {
      month: '2025-08',
      summary: 'Lập hồ sơ 6 người sử dụng; 2 buổi tuyên truyền',
      figures: { 'Buổi tuyên truyền': 2 },
    });
    expect(report.statusCode, report.body).toBe(201);
    const outside = await call('POST', `/programmes/${p.id}/reports`, kontumPolice, {
      month: '2026-03',
      summary: 'x',
    });
    expect(outside.json().error.details[0]).toMatchObject({ path: 'month' });
    expect((await call('GET', `/programmes/${p.id}/reports`, kontumCommittee)).json().data).toHaveLength(1);

    // Plan items become tasks of the programme's commune, assigned to agencies.
    const plan = await call('POST', `/programmes/${p.id}/tasks`, kontumCommittee, {
      items: [
        {
          title: 'Rà soát người sử dụng',
          assigneeAgencyId: kontumPoliceAgency,
          assignedOn: '2025-07-05',
          deadline: '2025-09-30',
        },
        {
          title: 'Tuyên truyền tổ dân phố',
          assigneeAgencyId: kontumPoliceAgency,
          assignedOn: '2025-07-05',
          deadline: '2025-07-01',
        },
      ],
    });
    expect(plan.statusCode).toBe(400);
    expect(plan.json().error.details[0]).toMatchObject({
      path: 'items.1.deadline',
      message: 'Hạn hoàn thành không được trước ngày giao nhiệm vụ',
    });
    const planned = await call('POST', `/programmes/${p.id}/tasks`, kontumCommittee, {
      items: [
        {
          title: 'Rà soát người sử dụng',
          assigneeAgencyId: kontumPoliceAgency,
          assignedOn: '2025-07-05',
          deadline: '2025-09-30',
        },
      ],
    });
    expect(planned.statusCode, planned.body).toBe(201);
    expect(planned.json().data[0]).toMatchObject({
      sourceKind: 'programme_plan_item',
      sourceId: p.id,
      unit: { id: ward },
    });
    const tasks = (await call('GET', `/tasks?programmeId=${p.id}`, kontumPolice)).json();
    expect(tasks.total).toBe(1);

    p = (await call('GET', `/programmes/${p.id}`, kontumCommittee)).json();
    p = await moved(kontumCommittee, p.id, 'evaluating', '2026-02-10', p.version);
    // Đạt / không đạt only through the checklist.
    expect((await move(pc04, p.id, 'succeeded', '2026-02-11', p.version)).json().error.details[0].path).toBe(
      'to',
    );

    // A criterion not met without evidence is refused, naming it.
    const answers = allMet();
    answers[1] = { criterionId: answers[1]!.criterionId, met: false, evidence: '' };
    const noEvidence = await call('POST', `/programmes/${p.id}/evaluation`, pc04, {
      on: '2026-02-15',
      criteria: answers,
      version: p.version,
    });
    expect(noEvidence.statusCode).toBe(400);
    expect(noEvidence.json().error).toMatchObject({
      message: 'Tiêu chí không đạt phải có minh chứng',
      details: [{ path: 'criteria.1.evidence' }],
    });
    // A missing required criterion is named too.
    const missing = await call('POST', `/programmes/${p.id}/evaluation`, pc04, {
      on: '2026-02-15',
      criteria: allMet().slice(1),
      version: p.version,
    });
    expect(missing.json().error.message).toContain('Thiếu tiêu chí bắt buộc: ');
    // The commune committee may not evaluate (the province does).
    expect(
      (
        await call('POST', `/programmes/${p.id}/evaluation`, kontumCommittee, {
          on: '2026-02-15',
          criteria: allMet(),
          version: p.version,
        })
      ).statusCode,
    ).toBe(403);

    const fileId = await attachPdf(kontumCommittee, p.id);
    const criteria = allMet().map((c, i) => (i === 0 ? { ...c, attachmentId: fileId } : c));
    const evaluated = await call('POST', `/programmes/${p.id}/evaluation`, pc04, {
      on: '2026-02-15',
      criteria,
      version: p.version,
    });
    expect(evaluated.statusCode, evaluated.body).toBe(200);
    expect(evaluated.json()).toMatchObject({
      status: 'succeeded',
      statusSince: '2026-02-15',
      watchUntil: '2027-02-15',
      atSuccess: { source: expect.any(String) },
      evaluation: { round: 1, passed: true, on: '2026-02-15' },
    });
    expect(evaluated.json().evaluation.criteria[0]).toMatchObject({ attachmentId: fileId, met: true });
    // Stable only once the watch is over.
    const early = await move(kontumCommittee, p.id, 'stable', '2026-06-01', evaluated.json().version);
    expect(early.json().error.message).toBe('Chưa hết thời gian theo dõi (đến 15/02/2027)');

    // The timeline tells the story.
    const timeline = (await call('GET', `/programmes/${p.id}/timeline`, kontumCommittee)).json().data;
    expect(timeline.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining([
        'programme.create',
        'programme.members',
        'programme.report',
        'programme.plan',
        'programme.evaluate',
      ]),
    );
    // A status move names the status it changed, not the end date it only carried along (no "→ (trống)").
    const statusMove = timeline.find((e: { action: string }) => e.action === 'programme.transition');
    expect(statusMove.changes.map((c: { field: string }) => c.field)).toContain('status');
    expect(statusMove.changes.map((c: { field: string }) => c.field)).not.toContain('periodTo');
  });

  it('fails a programme against the checklist and extends it with a new end date', async () => {
    let p = await create(pc04, { unitId: dakHa, name: 'Chuyển hóa xã Đăk Hà', periodTo: '2025-12-31' });
    p = await moved(pc04, p.id, 'approved', '2025-06-30', p.version);
    p = await moved(pc04, p.id, 'in_progress', '2025-07-01', p.version);
    p = await moved(pc04, p.id, 'evaluating', '2026-01-05', p.version);
    const answers = allMet();
    answers[0] = {
      criterionId: answers[0]!.criterionId,
      met: false,
      evidence: 'Còn 1 tụ điểm đang hoạt động',
    };
    const failed = await call('POST', `/programmes/${p.id}/evaluation`, leadership, {
      on: '2026-01-10',
      criteria: answers,
      version: p.version,
    });
    expect(failed.statusCode, failed.body).toBe(200);
    p = failed.json();
    expect(p).toMatchObject({
      status: 'failed',
      evaluation: { passed: false },
      allowedTransitions: ['extended', 'closed'],
    });
    const noDate = await move(pc04, p.id, 'extended', '2026-01-12', p.version);
    expect(noDate.json().error.details[0].path).toBe('periodTo');
    const extended = await move(pc04, p.id, 'extended', '2026-01-12', p.version, { periodTo: '2026-06-30' });
    expect(extended.json()).toMatchObject({ status: 'extended', periodTo: '2026-06-30' });
    // Past the draft, the programme stays with its commune.
    const moveAway = await call('PUT', `/programmes/${p.id}`, pc04, {
      name: p.name,
      unitId: ward,
      periodFrom: p.periodFrom,
      periodTo: '2026-06-30',
      version: extended.json().version,
    });
    expect(moveAway.json().error).toMatchObject({
      message: 'Chỉ đổi xã, phường khi chương trình còn là dự thảo',
      details: [{ path: 'unitId' }],
    });
  });

  it('flags tái phức tạp when a hotspot of the commune re-forms within the watch (injected clock)', async () => {
    let p = await create(kontumCommittee, {
      name: 'Chuyển hóa theo dõi tái phức tạp',
      periodTo: '2026-01-31',
    });
    p = await moved(kontumCommittee, p.id, 'approved', '2025-06-30', p.version);
    p = await moved(kontumCommittee, p.id, 'in_progress', '2025-07-01', p.version);
    p = await moved(kontumCommittee, p.id, 'evaluating', '2026-02-20', p.version);
    p = (
      await call('POST', `/programmes/${p.id}/evaluation`, pc04, {
        on: '2026-03-01',
        criteria: allMet(),
        version: p.version,
      })
    ).json();
    expect(p).toMatchObject({ status: 'succeeded', watchUntil: '2027-03-01' });

    // A hotspot of the ward, eliminated before the success, re-formed on 01/05/2026.
    let h = (
      await call('POST', '/hotspots', pc04, {
        name: 'Nhà trọ ven sông tái phát',
        behaviours: ['harbouring_use'],
        detectedOn: '2025-09-01',
        unitId: ward,
      })
    ).json();
    for (const [to, on] of [
      ['verifying', '2025-09-05'],
      ['active', '2025-09-10'],
      ['eliminated', '2026-01-10'],
      ['watching', '2026-01-11'],
      ['reactivated', '2026-05-01'],
    ] as const) {
      const res = await call('POST', `/hotspots/${h.id}/transitions`, pc04, {
        to,
        on,
        reason: to,
        version: h.version,
      });
      expect(res.statusCode, res.body).toBe(200);
      h = res.json();
    }
    const service = t.services.registers.programmes;
    // On 30/04/2026 (Vietnam) the re-formation has not happened yet: nothing is flagged.
    expect(await service.checkRelapses(new Date('2026-04-30T10:00:00Z'))).toEqual([]);
    // On 02/05/2026 it has (every programme of the ward watched then is flagged, this one among them).
    const flagged = await service.checkRelapses(new Date('2026-05-02T03:00:00Z'));
    expect(flagged.map((f) => f.programmeId)).toContain(p.id);
    const now = (await call('GET', `/programmes/${p.id}`, kontumCommittee)).json();
    expect(now).toMatchObject({ status: 'relapsed', statusSince: '2026-05-01', allowedTransitions: [] });
    expect(now.relapseReasons[0]).toEqual({
      vi: 'Điểm, tụ điểm tái hoạt động trong thời gian theo dõi: Nhà trọ ven sông tái phát (01/05/2026)',
      en: 'Hotspot re-formed during the watch period: Nhà trọ ven sông tái phát (01/05/2026)',
    });
    // The system is named in the trail, with the reason; a second run changes nothing.
    const audit = await queryRows<{ username: string; reason: string; account: string | null }>(
      t.db,
      sql`select e.actor_username as username, e.after->>'reason' as reason, u.username as account
            from audit_event e left join user_account u on u.id = e.actor_user_id
           where e.record_id = ${p.id} and e.action = 'programme.relapse'`,
    );
    // The built-in system account, as for every other system action (not an anonymous row).
    expect(audit).toEqual([{ username: 'system', reason: now.relapseReasons[0].vi, account: 'system' }]);
    expect(await service.checkRelapses(new Date('2026-05-03T03:00:00Z'))).toEqual([]);
    // Listed as relapsed in the period, the filter the scorecard links to.
    const relapsed = await call(
      'GET',
      `/programmes?reached=relapsed&reachedFrom=2026-01-01&reachedTo=2026-12-31`,
      leadership,
    );
    expect(relapsed.json().data.map((x: { id: string }) => x.id)).toContain(p.id);
  });

  it('does not flag a re-formation after the watch is over', async () => {
    let p = await create(pc04, {
      unitId: dakHa,
      name: 'Chuyển hóa đã hết theo dõi',
      periodFrom: '2025-07-01',
      periodTo: '2025-07-31',
    });
    p = await moved(pc04, p.id, 'approved', '2025-06-30', p.version);
    p = await moved(pc04, p.id, 'in_progress', '2025-07-01', p.version);
    p = await moved(pc04, p.id, 'evaluating', '2025-08-01', p.version);
    p = (
      await call('POST', `/programmes/${p.id}/evaluation`, pc04, {
        on: '2025-08-01',
        criteria: allMet(),
        version: p.version,
      })
    ).json();
    // The watch ended on 01/09/2025 (set directly: the watch length is configuration); the re-formation is later.
    await t.db.execute(sql`update programme set watch_until = '2025-09-01' where id = ${p.id}`);
    let h = (
      await call('POST', '/hotspots', pc04, {
        name: 'Rẫy sau theo dõi',
        behaviours: ['group_use'],
        detectedOn: '2025-08-05',
        unitId: dakHa,
      })
    ).json();
    for (const [to, on] of [
      ['active', '2025-08-06'],
      ['eliminated', '2025-08-20'],
      ['reactivated', '2025-10-01'],
    ] as const)
      h = (
        await call('POST', `/hotspots/${h.id}/transitions`, pc04, { to, on, reason: to, version: h.version })
      ).json();
    const flagged = await t.services.registers.programmes.checkRelapses(new Date('2025-10-05T03:00:00Z'));
    expect(flagged.map((f) => f.programmeId)).not.toContain(p.id);
    expect((await call('GET', `/programmes/${p.id}`, pc04)).json().status).toBe('succeeded');
  });

  it('shows a commune only its own programmes; others get 404, wrong roles 403', async () => {
    const mine = await create(kontumCommittee, { name: 'Chương trình phạm vi Kon Tum' });
    const theirs = await create(pc04, { unitId: dakHa, name: 'Chương trình phạm vi Đăk Hà' });
    const listed = (await call('GET', '/programmes?q=pham vi', kontumCommittee)).json();
    expect(listed.data.map((x: { id: string }) => x.id)).toEqual([mine.id]);
    expect((await call('GET', `/programmes/${theirs.id}`, kontumCommittee)).statusCode).toBe(404);
    expect((await call('GET', `/programmes/${mine.id}`, dakHaCommittee)).statusCode).toBe(404);
    expect((await call('GET', `/programmes/${mine.id}/timeline`, dakHaCommittee)).statusCode).toBe(404);
    // Leadership reads every commune's programmes.
    const all = (await call('GET', '/programmes?q=pham vi', leadership)).json();
    expect(all.data.map((x: { id: string }) => x.id).sort()).toEqual([mine.id, theirs.id].sort());
    // A commune committee cannot draw up a programme for another commune.
    const elsewhere = await call('POST', '/programmes', kontumCommittee, {
      name: 'x',
      unitId: dakHa,
      periodFrom: '2026-01-01',
    });
    expect(elsewhere.json().error.details[0]).toMatchObject({ path: 'unitId' });
    // Departments read (their jurisdiction), never write; out of their jurisdiction → 404.
    expect(
      (await call('POST', '/programmes', department, { name: 'x', unitId: ward, periodFrom: '2026-01-01' }))
        .statusCode,
    ).toBe(403);
    expect((await call('GET', `/programmes/${mine.id}`, department)).statusCode).toBe(404);
    // Editing: stale version → 409; a fresh one passes.
    const put = (version: number) =>
      call('PUT', `/programmes/${mine.id}`, kontumCommittee, {
        name: 'Chương trình phạm vi Kon Tum (sửa)',
        unitId: ward,
        periodFrom: mine.periodFrom,
        periodTo: mine.periodTo,
        version,
      });
    expect((await put(mine.version)).statusCode).toBe(200);
    expect((await put(mine.version)).statusCode).toBe(409);
  });
});
