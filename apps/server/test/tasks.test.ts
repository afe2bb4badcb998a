import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { queryRows } from '../src/platform/db/rows.ts';
import { describeEachBackend } from './db.ts';
import { bearerFor, createAgency, createTestApp, createUser, type TestApp, unitId } from './fixtures.ts';

/**
 * Tasks and scorecards through the HTTP API (issue 8 "Must show"): a deadline before the assignment refused,
 * two people accepting at once (one 409), the commune sees its own tasks, an agency the tasks assigned to it
 * wherever they are, leadership everything and the scorecards, with the overdue task against the right head.
 */
describeEachBackend('tasks and scorecards', (getDb) => {
  let t: TestApp;
  let pc04: string;
  let leadership: string;
  let kontumCommittee: string; // UBND phường Kon Tum: assigns and accepts in the ward
  let kontumPolice: string; // Công an phường Kon Tum: officer
  let dakHaPolice: string;
  let dakHaCommittee: string;
  let health: string; // Sở Y tế: jurisdiction Xã Bờ Y only, assigned work in Phường Kon Tum
  let ward: string;
  let dakHa: string;
  const agencies: Record<string, string> = {};
  let chief: { id: string; username: string };

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
  const tokenFor = async (agencyId: string, role: string) =>
    bearerFor(t.services, await createUser(t.db, { agencyId, roles: [role as never] }), agencyId, t.db);

  beforeAll(async () => {
    t = await createTestApp(getDb());
    ward = await unitId(t.db, '23293', '2026-01-01');
    dakHa = await unitId(t.db, '23500', '2026-01-01');
    const province = [await unitId(t.db, '62', '2024-01-01'), await unitId(t.db, '51', '2026-01-01')];
    agencies.pc04 = await createAgency(t.db, { kind: 'drug_police', unitIds: province });
    agencies.lead = await createAgency(t.db, { kind: 'steering_committee', unitIds: province });
    agencies.ubndKontum = await createAgency(t.db, { kind: 'ubnd', unitIds: [ward] });
    agencies.caKontum = await createAgency(t.db, {
      kind: 'commune_police',
      unitIds: [ward],
      name: 'Công an phường Kon Tum',
    });
    agencies.caDakHa = await createAgency(t.db, { kind: 'commune_police', unitIds: [dakHa] });
    agencies.ubndDakHa = await createAgency(t.db, { kind: 'ubnd', unitIds: [dakHa] });
    agencies.health = await createAgency(t.db, {
      kind: 'department',
      unitIds: [await unitId(t.db, '23377', '2026-01-01')],
      name: 'Sở Y tế',
    });
    pc04 = await tokenFor(agencies.pc04, 'drug_police');
    leadership = await tokenFor(agencies.lead, 'leadership');
    kontumCommittee = await tokenFor(agencies.ubndKontum, 'commune_committee');
    kontumPolice = await tokenFor(agencies.caKontum, 'commune_police');
    // The head of Công an phường Kon Tum: overdue work of the agency is flagged to him.
    chief = await createUser(t.db, { agencyId: agencies.caKontum, roles: ['commune_police_chief'] });
    dakHaPolice = await tokenFor(agencies.caDakHa, 'commune_police');
    dakHaCommittee = await tokenFor(agencies.ubndDakHa, 'commune_committee');
    health = await tokenFor(agencies.health, 'department');
  });

  const assign = async (auth: string, body: Record<string, unknown>) => {
    const res = await call('POST', '/tasks', auth, {
      title: 'Nhiệm vụ thử',
      unitId: ward,
      sourceKind: 'directive',
      sourceRef: 'Công văn 15/CV-BCĐ',
      assigneeAgencyId: agencies.caKontum,
      assignedOn: '2026-01-05',
      deadline: '2026-02-05',
      ...body,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };

  it('refuses a deadline before the assignment date, naming the field, in Vietnamese and English', async () => {
    const body = {
      title: 'Hạn sai',
      unitId: ward,
      sourceKind: 'directive',
      assigneeAgencyId: agencies.caKontum,
      assignedOn: '2026-03-10',
      deadline: '2026-03-09',
    };
    const res = await call('POST', '/tasks', kontumCommittee, body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      message: 'Hạn hoàn thành không được trước ngày giao nhiệm vụ',
      details: [{ path: 'deadline' }],
    });
    const en = await call('POST', '/tasks', kontumCommittee, body, { 'accept-language': 'en' });
    expect(en.json().error.message).toBe('The deadline cannot be before the day the task is assigned');
    // Nothing was written.
    const [n] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from task where title = 'Hạn sai'`,
    );
    expect(n?.n).toBe(0);
  });

  it('goes through progress with proofs, hand-in, return, hand-in again and acceptance by the assigner', async () => {
    let task = await assign(kontumCommittee, {
      title: 'Tuyên truyền trong trường học',
      deadline: '2026-03-31',
    });
    expect(task).toMatchObject({
      status: 'assigned',
      assignerAgency: { id: agencies.ubndKontum },
      assigneeAgency: { id: agencies.caKontum },
    });
    // A proof must be a file of this task.
    const badProof = await call('POST', `/tasks/${task.id}/updates`, kontumPolice, {
      progress: 'Đã tổ chức 2 buổi',
      proofIds: ['00000000-0000-4000-8000-000000000001'],
    });
    expect(badProof.json().error.details[0]).toMatchObject({ path: 'proofIds.0' });
    const progress = await call('POST', `/tasks/${task.id}/updates`, kontumPolice, {
      progress: 'Đã tổ chức 2 buổi',
      percent: 40,
      on: '2026-02-01',
    });
    expect(progress.statusCode, progress.body).toBe(200);
    expect(progress.json()).toMatchObject({ status: 'in_progress', percent: 40, updates: [{ percent: 40 }] });
    task = progress.json();
    task = (
      await call('POST', `/tasks/${task.id}/complete`, kontumPolice, {
        on: '2026-03-20',
        version: task.version,
      })
    ).json();
    expect(task).toMatchObject({
      status: 'done',
      completedOn: '2026-03-20',
      percent: 100,
      timeliness: 'on_time',
    });
    // Only the assigner's agency (or one above it) accepts: the officer has no such right.
    expect(
      (await call('POST', `/tasks/${task.id}/accept`, kontumPolice, { version: task.version })).statusCode,
    ).toBe(403);
    const back = await call('POST', `/tasks/${task.id}/return`, kontumCommittee, {
      on: '2026-03-22',
      note: 'Thiếu danh sách học sinh',
      version: task.version,
    });
    expect(back.json()).toMatchObject({ status: 'returned', completedOn: null });
    task = back.json();
    task = (
      await call('POST', `/tasks/${task.id}/complete`, kontumPolice, {
        on: '2026-04-02',
        version: task.version,
      })
    ).json();
    expect(task).toMatchObject({ status: 'done', timeliness: 'late' });
    const accepted = await call('POST', `/tasks/${task.id}/accept`, kontumCommittee, {
      on: '2026-04-03',
      version: task.version,
    });
    expect(accepted.json()).toMatchObject({
      status: 'accepted',
      acceptedOn: '2026-04-03',
      allowedTransitions: [],
    });
    const timeline = (await call('GET', `/tasks/${task.id}/timeline`, kontumCommittee)).json().data;
    expect(timeline.map((e: { action: string }) => e.action)).toEqual([
      'task.create',
      'task.progress',
      'task.complete',
      'task.return',
      'task.complete',
      'task.accept',
    ]);
    // The default order puts the work still to do first: an open task due later comes before this one,
    // accepted with an earlier deadline.
    const later = await assign(kontumCommittee, { title: 'Còn mở, hạn muộn hơn', deadline: '2026-12-30' });
    const list = (await call('GET', `/tasks?unitId=${ward}&pageSize=100`, kontumCommittee)).json().data as {
      id: string;
      status: string;
    }[];
    const firstFinished = list.findIndex((x) => x.status === 'accepted' || x.status === 'cancelled');
    const lastOpen = list.map((x) => !['accepted', 'cancelled'].includes(x.status)).lastIndexOf(true);
    expect(list.map((x) => x.id)).toEqual(expect.arrayContaining([task.id, later.id]));
    expect(lastOpen).toBeLessThan(firstFinished);
  });

  it('lets one of two people accepting the same task at once win; the other gets 409', async () => {
    let task = await assign(kontumCommittee, { title: 'Nghiệm thu đồng thời' });
    task = (
      await call('POST', `/tasks/${task.id}/complete`, kontumPolice, {
        on: '2026-02-01',
        version: task.version,
      })
    ).json();
    const [a, b] = await Promise.all([
      call('POST', `/tasks/${task.id}/accept`, kontumCommittee, { version: task.version }),
      call('POST', `/tasks/${task.id}/accept`, pc04, { version: task.version }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json().error.message).toMatch(/[à-ỹđ]/i);
    const rows = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from task_update where task_id = ${task.id} and to_status = 'accepted'`,
    );
    expect(rows[0]?.n).toBe(1);
    const audits = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from audit_event where record_id = ${task.id} and action = 'task.accept'`,
    );
    expect(audits[0]?.n).toBe(1);
  });

  it('shows a commune its own tasks, an agency the tasks assigned to it anywhere; others 404, wrong roles 403', async () => {
    const kontumTask = await assign(kontumCommittee, { title: 'Phạm vi: việc phường Kon Tum' });
    const dakHaTask = await assign(pc04, {
      title: 'Phạm vi: việc xã Đăk Hà',
      unitId: dakHa,
      assigneeAgencyId: agencies.caDakHa,
    });
    const healthTask = await assign(pc04, {
      title: 'Phạm vi: methadone tại phường Kon Tum',
      assigneeAgencyId: agencies.health,
    });
    const ids = async (auth: string) =>
      ((await call('GET', '/tasks?q=pham vi', auth)).json().data as { id: string }[]).map((x) => x.id).sort();
    expect(await ids(kontumPolice)).toEqual([kontumTask.id, healthTask.id].sort());
    expect(await ids(dakHaPolice)).toEqual([dakHaTask.id]);
    // The health department's jurisdiction is elsewhere: it sees only what is assigned to it, and reports on it.
    expect(await ids(health)).toEqual([healthTask.id]);
    expect((await call('GET', `/tasks/${kontumTask.id}`, health)).statusCode).toBe(404);
    const report = await call('POST', `/tasks/${healthTask.id}/updates`, health, {
      progress: 'Đã cấp thuốc cho 12 người',
    });
    expect(report.statusCode, report.body).toBe(200);
    // Out of scope → 404 (never 403, which would reveal the record).
    expect((await call('GET', `/tasks/${kontumTask.id}`, dakHaPolice)).statusCode).toBe(404);
    expect(
      (await call('POST', `/tasks/${kontumTask.id}/cancel`, dakHaCommittee, { note: 'x', version: 1 }))
        .statusCode,
    ).toBe(404);
    // Wrong role → 403: an officer does not assign; a department does not accept.
    expect((await call('POST', '/tasks', kontumPolice, { title: 'x' })).statusCode).toBe(403);
    expect((await call('POST', `/tasks/${healthTask.id}/accept`, health, { version: 1 })).statusCode).toBe(
      403,
    );
    expect((await call('GET', '/scorecards', kontumPolice)).statusCode).toBe(403);
    // A commune committee cannot assign work in another commune.
    const elsewhere = await call('POST', '/tasks', kontumCommittee, {
      title: 'x',
      unitId: dakHa,
      sourceKind: 'other',
      assigneeAgencyId: agencies.caDakHa,
      deadline: '2099-01-01',
    });
    expect(elsewhere.json().error.details[0]).toMatchObject({ path: 'unitId' });
    // Leadership sees every commune's tasks.
    expect(await ids(leadership)).toEqual([kontumTask.id, dakHaTask.id, healthTask.id].sort());
    // Stale version → 409.
    const put = await call('PUT', `/tasks/${kontumTask.id}`, kontumCommittee, {
      title: kontumTask.title,
      unitId: ward,
      sourceKind: 'directive',
      assigneeAgencyId: agencies.caKontum,
      assignedOn: kontumTask.assignedOn,
      deadline: '2026-02-28',
      version: kontumTask.version + 5,
    });
    expect(put.statusCode).toBe(409);
  });

  it('flags an overdue task to the head of the assignee agency and shows it on the scorecard with its link', async () => {
    // Assigned in January with a February deadline, never handed in: overdue by the Vietnamese date today.
    const overdue = await assign(pc04, {
      title: 'Quá hạn: kiểm tra karaoke',
      assignedOn: '2026-01-02',
      deadline: '2026-02-02',
    });
    expect(overdue).toMatchObject({
      overdue: true,
      timeliness: 'overdue',
      flaggedTo: [{ id: chief.id, username: chief.username }],
    });
    // The head finds it among the tasks flagged to him.
    const chiefAuth = await bearerFor(t.services, chief, agencies.caKontum!, t.db);
    const mine = (await call('GET', '/tasks?flaggedToMe=true', chiefAuth)).json();
    expect(mine.data.map((x: { id: string }) => x.id)).toContain(overdue.id);
    expect((await call('GET', '/tasks?flaggedToMe=true', kontumPolice)).json().total).toBe(0);

    const card = await call('GET', '/scorecards?from=2026-01-01&to=2026-12-31&by=agency', leadership);
    expect(card.statusCode, card.body).toBe(200);
    const row = card.json().rows.find((r: { subject: { id: string } }) => r.subject.id === agencies.caKontum);
    expect(row).toMatchObject({
      subject: { name: 'Công an phường Kon Tum' },
      heads: [{ id: chief.id }],
      tasks: { overdue: { count: expect.any(Number) } },
    });
    expect(row.tasks.overdue.count).toBeGreaterThanOrEqual(1);
    expect(row.tasks.overdue.link).toBe(
      `/api/v1/tasks?assigneeAgencyId=${agencies.caKontum}&deadlineFrom=2026-01-01&deadlineTo=2026-12-31&overdue=true`,
    );
    // The link opens exactly the records counted.
    const opened = (
      await t.app.inject({
        method: 'GET',
        url: row.tasks.overdue.link,
        headers: { authorization: leadership },
      })
    ).json();
    expect(opened.total).toBe(row.tasks.overdue.count);
    expect(opened.data.map((x: { id: string }) => x.id)).toContain(overdue.id);
    for (const figure of ['onTime', 'late', 'open'] as const) {
      const res = await t.app.inject({
        method: 'GET',
        url: row.tasks[figure].link,
        headers: { authorization: leadership },
      });
      expect(res.json().total).toBe(row.tasks[figure].count);
    }
    // Per unit: the commune committee sees its own ward only.
    const units = (await call('GET', '/scorecards?from=2026-01-01&to=2026-12-31', kontumCommittee)).json();
    expect(units.rows.map((r: { subject: { id: string } }) => r.subject.id)).toEqual([ward]);
    const bad = await call('GET', '/scorecards?from=2026-12-31&to=2026-01-01', leadership);
    expect(bad.json().error.details[0].path).toBe('to');
  });

  it('counts hotspots eliminated and re-formed in the period once each, and their links open exactly those', async () => {
    const created = await call('POST', '/hotspots', kontumPolice, {
      name: 'Điểm bảng điểm',
      behaviours: ['selling'],
      detectedOn: '2025-12-01',
      unitId: ward,
      address: 'Tổ 5',
    });
    expect(created.statusCode, created.body).toBe(201);
    let h = created.json();
    // Eliminated in the period, re-formed, eliminated again: one hotspot eliminated, one re-formed.
    for (const [to, on] of [
      ['verifying', '2025-12-05'],
      ['active', '2025-12-10'],
      ['fighting', '2025-12-20'],
      ['eliminated', '2026-01-15'],
      ['reactivated', '2026-03-01'],
      ['fighting', '2026-03-05'],
      ['eliminated', '2026-04-01'],
    ] as const) {
      const res = await call('POST', `/hotspots/${h.id}/transitions`, kontumPolice, {
        to,
        on,
        reason: 'Theo kết quả đấu tranh',
        version: h.version,
      });
      expect(res.statusCode, res.body).toBe(200);
      h = res.json();
    }
    for (const [by, key] of [
      ['unit', ward],
      ['agency', agencies.caKontum],
    ] as const) {
      const card = (
        await call('GET', `/scorecards?from=2026-01-01&to=2026-12-31&by=${by}`, leadership)
      ).json();
      const row = card.rows.find((r: { subject: { id: string } }) => r.subject.id === key);
      expect(row.hotspots.eliminated.count, by).toBe(1);
      expect(row.hotspots.reformed.count, by).toBe(1);
      for (const figure of ['eliminated', 'reformed'] as const) {
        const opened = (
          await t.app.inject({
            method: 'GET',
            url: row.hotspots[figure].link,
            headers: { authorization: leadership },
          })
        ).json();
        expect(opened.total, `${by} ${figure}`).toBe(1);
        expect(opened.data[0].id).toBe(h.id);
      }
    }
    // Outside the period the same links find nothing.
    const before = await call(
      'GET',
      `/hotspots?unitId=${ward}&moved=eliminated&movedTo=2025-12-31`,
      leadership,
    );
    expect(before.json().total).toBe(0);
  });
});
