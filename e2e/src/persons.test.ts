import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiUser, readyOfficer } from './api-admin.ts';
import { adminSession } from './api-session.ts';
import { browserAvailable, launch, pageAt, shot, sidewaysOverflow, viewports } from './browser.ts';
import { type RunningServer, startServer } from './server.ts';

const hasBrowser = browserAvailable();
const ADMIN_PASSWORD = 'Quản trị viên tỉnh 2026!';
/** Fictitious persons ("(mẫu)"), written with diacritics; the officer types the name without them. */
const HOA = 'Nguyễn Văn Hoà (mẫu)';
const OTHERS = [
  { fullName: 'Trần Thị Thuỷ (mẫu)', birthDate: '1995-02-03', sex: 'female' },
  { fullName: 'Nguyễn Văn Bình (mẫu)', birthDate: '1988-11-20', sex: 'male' },
] as const;
/** A CCCD consistent with the birth (Kon Tum 062, a man born in the 1900s: 0, year 90). */
const HOA_CCCD = '062090123456';
const SPOT = 'Điểm bãi sông Đăk Bla (mẫu)';
const laptop = { width: 1280, height: 800 };
const SHOTS = '/tmp/pcmt/shots';

/** The calendar day in Việt Nam (the server's "today"). */
const vnToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

/** The journey's screenshots (test-results, and the review folder of this register's pages). */
async function persons(page: Page, name: string): Promise<void> {
  await shot(page, `persons-${name}`);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/persons-${name}.png`, fullPage: true });
}

describe.runIf(hasBrowser)(
  'persons register: a commune officer on a phone finds, tests and proposes a measure',
  () => {
    let server: RunningServer;
    let browser: Browser;
    let officer: { password: string; recoveryCodes: string[] };
    let hoaId = '';
    let leader: { password: string; recoveryCodes: string[] };
    let chief: { password: string; recoveryCodes: string[] };

    beforeAll(async () => {
      server = await startServer();
      const token = await adminSession(server.url, server.firstAdminPassword, ADMIN_PASSWORD);
      const admin = await ApiUser.fromSession(server.url, token, ADMIN_PASSWORD);
      const units = await admin.call<{ data: { id: string; name: string; type: string }[] }>('GET', '/units');
      const ward = units.data.find((u) => u.name === 'Phường Kon Tum')!;
      const agency = await admin.call<{ id: string }>('POST', '/agencies', {
        code: 'CAP-KONTUM',
        name: 'Công an phường Kon Tum',
        kind: 'commune_police',
        unitIds: [ward.id],
      });
      officer = await readyOfficer(admin, {
        username: 'kontum.canbo',
        displayName: 'Y Blốk',
        agencyId: agency.id,
        roles: ['commune_police'],
      });
      // The ward's police chief holds person.export (the officer does not).
      chief = await readyOfficer(admin, {
        username: 'kontum.truong',
        displayName: 'A Thuận',
        agencyId: agency.id,
        roles: ['commune_police_chief'],
      });
      const province = units.data.find((u) => u.type === 'tinh')!;
      const committee = await admin.call<{ id: string }>('POST', '/agencies', {
        code: 'BCD-TINH',
        name: 'Ban Chỉ đạo tỉnh',
        kind: 'steering_committee',
        unitIds: [province.id],
      });
      leader = await readyOfficer(admin, {
        username: 'lanhdao.tinh',
        displayName: 'Nguyễn Văn Lãnh',
        agencyId: committee.id,
        roles: ['leadership'],
      });
      // The ward's register, written over the API by the officer (the first recovery code is for the browser).
      const api = await ApiUser.signIn(
        server.url,
        'kontum.canbo',
        officer.password,
        officer.recoveryCodes[1],
      );
      const hoa = await api.call<{ id: string }>('POST', '/persons', {
        fullName: HOA,
        birthDate: '1990-05-12',
        sex: 'male',
        cccd: HOA_CCCD,
        unitId: ward.id,
        residenceAddress: 'Tổ 3, phường Kon Tum',
        confirmDuplicates: true,
      });
      hoaId = hoa.id;
      for (const p of OTHERS)
        await api.call('POST', '/persons', { ...p, unitId: ward.id, confirmDuplicates: true });
      await api.call('POST', '/hotspots', {
        name: SPOT,
        behaviours: ['selling'],
        detectedOn: '2026-01-15',
        unitId: ward.id,
      });
      browser = await launch();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it('signs in on a 390×844 phone, finds "nguyen van hoa", records a positive test and proposes a measure', async () => {
      const page = await pageAt(browser, server.url, null, viewports.phone);
      await page.goto(`${server.url}/login`);
      await page.getByLabel('Tên đăng nhập').fill('kontum.canbo');
      await page.getByLabel('Mật khẩu', { exact: true }).fill(officer.password);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.getByLabel('Mã xác thực').fill(officer.recoveryCodes[0]!);
      await page.getByRole('button', { name: 'Xác nhận' }).click();
      await page.getByRole('button', { name: 'Mở menu' }).click();
      await page.getByRole('dialog').getByRole('link', { name: 'Người sử dụng ma túy', exact: true }).click();
      await page.waitForURL(`${server.url}/persons`);
      await page.getByTestId('list-total').getByText('Tổng số 3').waitFor();

      // Search first: typed without diacritics, in the URL, one card.
      await page.getByLabel('Tìm người').fill('nguyen van hoa');
      await page.waitForURL(/q=nguyen/);
      await page.getByTestId('list-total').getByText('Tổng số 1').waitFor();
      const card = page.getByRole('listitem').filter({ hasText: HOA });
      await card.waitFor();
      // The CCCD only as the server masks it.
      expect(await page.getByText(HOA_CCCD).count()).toBe(0);
      await card.getByText(/^0\*+6$/).waitFor();
      await persons(page, 'list-390');
      expect(await sidewaysOverflow(page)).toBe(0);

      await card.getByRole('link', { name: HOA }).click();
      await page.waitForURL(`${server.url}/persons/${hoaId}`);
      await page.getByRole('heading', { name: HOA }).waitFor();
      await page.getByTestId('person-alerts-none').waitFor();

      // A positive rapid test today.
      await page.getByRole('button', { name: 'Ghi kết quả xét nghiệm' }).click();
      const test = page.getByRole('dialog', { name: 'Ghi kết quả xét nghiệm' });
      await test.getByText('Dương tính', { exact: true }).click();
      await test.getByText(/Kết quả dương tính xác định người này/).waitFor();
      await persons(page, 'test-form-390');
      await test.getByRole('button', { name: 'Lưu hồ sơ' }).click();
      await test.waitFor({ state: 'hidden' });
      await page
        .getByRole('heading', { name: HOA })
        .locator('..')
        .getByText('Người sử dụng trái phép chất ma túy')
        .waitFor();
      const alerts = page.getByTestId('person-alerts');
      await alerts
        .locator('[data-alert="management_due"]')
        .getByText('Chưa có quyết định quản lý', { exact: true })
        .waitFor();

      // The management measure, proposed to start today: the server computes its legal end.
      await page.getByRole('button', { name: 'Đề xuất biện pháp' }).first().click();
      const dialog = page.getByRole('dialog', { name: 'Đề xuất biện pháp' });
      await dialog.getByLabel('Loại biện pháp').click();
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option')
        .filter({ hasText: 'Quản lý người sử dụng trái phép chất ma túy' })
        .click();
      await dialog.getByLabel('Ngày bắt đầu').click();
      await page.locator('.ant-picker-dropdown:visible').getByText('Hôm nay').click();
      await dialog.getByLabel('Người quyết định').fill('Chủ tịch UBND phường Kon Tum');
      await persons(page, 'measure-form-390');
      await dialog.getByRole('button', { name: 'Lưu hồ sơ' }).click();
      const created = page.getByTestId('measure-created');
      await created
        .getByText('Luật Phòng, chống ma túy 73/2021/QH14')
        .or(created.getByText(/120\/2025/))
        .waitFor();
      const nextYear = String(Number(vnToday().slice(0, 4)) + 1);
      await created
        .getByTestId('measure-end')
        .getByText(new RegExp(`^\\d{2}/\\d{2}/${nextYear}$`))
        .waitFor();
      await created.getByText('12 tháng').waitFor();
      await page.getByRole('button', { name: 'OK' }).click();
      // A proposal is not a decision: the alert stays, now saying the measure waits for its decision.
      await alerts
        .locator('[data-alert="management_due"]')
        .getByText(/đã đề xuất biện pháp, chờ quyết định/)
        .waitFor();

      // The profile: the measure with its legal end and the moves allowed from "proposed".
      const measure = page.getByTestId('person-measures').locator('[data-measure="user_management"]');
      await measure.getByText('Đề xuất', { exact: true }).waitFor();
      await measure.getByRole('button', { name: 'Ghi quyết định' }).waitFor();
      await measure
        .getByTestId('measure-end')
        .getByText(new RegExp(`^\\d{2}/\\d{2}/${nextYear}$`))
        .waitFor();
      await page
        .getByTestId('person-chronology')
        .getByText('Xét nghiệm dương tính', { exact: true })
        .waitFor();
      await page.getByTestId('record-timeline').getByText('Lập biện pháp').waitFor();
      // A hotspot of the ward linked from the profile (the picker searches without diacritics).
      const spots = page.getByTestId('person-hotspots');
      await spots.getByRole('button', { name: 'Liên kết điểm, tụ điểm' }).click();
      const link = page.getByRole('dialog', { name: 'Liên kết điểm, tụ điểm' });
      await link.getByLabel('Điểm, tụ điểm').fill('bai song');
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option')
        .filter({ hasText: SPOT })
        .click();
      await link.getByLabel('Vai trò (không bắt buộc)').fill('Người thường lui tới');
      await link.getByRole('button', { name: 'Lưu' }).click();
      await link.waitFor({ state: 'hidden' });
      await spots.getByRole('link', { name: SPOT }).waitFor();
      await persons(page, 'profile-390');
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: `${SHOTS}/p2-profile-links-390.png`, fullPage: true });
      expect(await sidewaysOverflow(page)).toBe(0);
      await page.context().close();
    });

    it('reveals the CCCD only with a reason, flags duplicates before saving, and fits 1280 and 360 px', async () => {
      const session = await ApiUser.signIn(
        server.url,
        'kontum.canbo',
        officer.password,
        officer.recoveryCodes[2],
      );
      const page = await pageAt(browser, server.url, session.sessionToken, laptop);
      await page.goto(`${server.url}/persons?q=nguyen+van+hoa`);
      await page.getByRole('row', { name: new RegExp(HOA.replace(/[()]/g, '\\$&')) }).waitFor();
      await persons(page, 'list-1280');

      await page.goto(`${server.url}/persons/${hoaId}`);
      await page.getByRole('heading', { name: HOA }).waitFor();
      await page.getByTestId('cccd-masked').waitFor();
      await page.getByRole('button', { name: 'Xem CCCD' }).click();
      const reveal = page.getByRole('dialog', { name: 'Xem thông tin được bảo vệ' });
      await reveal.getByLabel('Lý do xem').fill('Cần xem');
      await reveal.getByRole('button', { name: 'Xem', exact: true }).click();
      await reveal.getByText(/ít nhất 10 ký tự/).waitFor();
      await reveal.getByLabel('Lý do xem').fill('Đối chiếu với CSDL quốc gia về dân cư');
      await reveal.getByRole('button', { name: 'Xem', exact: true }).click();
      await reveal.getByTestId('sealed-values').getByText(HOA_CCCD).waitFor();
      await reveal.getByRole('button', { name: 'Ẩn' }).click();
      await persons(page, 'profile-1280');

      // The same person typed again without diacritics and with the birth year only: the candidates first.
      await page.goto(`${server.url}/persons/new`);
      await page.getByLabel('Họ và tên').fill('nguyen van hoa (mau)');
      await page.getByText('Chỉ biết năm sinh').click();
      await page.getByRole('spinbutton', { name: 'Năm sinh' }).fill('1990');
      await page.getByText('Nam', { exact: true }).click();
      await persons(page, 'form-1280');
      await page.getByRole('button', { name: 'Lưu hồ sơ' }).click();
      const candidates = page.getByTestId('duplicate-candidates');
      await candidates.getByText(/Có thể trùng: Nguyễn Văn Hoà \(mẫu\) \(12\/05\/1990/).waitFor();
      await persons(page, 'form-duplicates-1280');
      await candidates.getByRole('button', { name: 'Đây là người khác, vẫn lập hồ sơ mới' }).click();
      await page.waitForURL(/\/persons\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { name: 'nguyen van hoa (mau)' }).waitFor();
      await page.context().close();

      const narrow = await pageAt(browser, server.url, session.sessionToken, viewports.narrow);
      const overflowing: string[] = [];
      for (const [path, ready] of [
        ['/persons', () => narrow.getByTestId('list-total').waitFor()],
        [`/persons/${hoaId}`, () => narrow.getByTestId('cccd-masked').waitFor()],
        ['/persons/new', () => narrow.getByLabel('Họ và tên').waitFor()],
        [`/persons/${hoaId}/edit`, () => narrow.getByLabel('Họ và tên').waitFor()],
        ['/persons/statistics', () => narrow.getByText('Tổng số hồ sơ', { exact: false }).waitFor()],
      ] as const) {
        await narrow.goto(`${server.url}${path}`);
        await ready();
        const px = await sidewaysOverflow(narrow);
        if (px > 0) overflowing.push(`${path} (+${px} px)`);
      }
      await persons(narrow, 'statistics-360');
      expect(overflowing).toEqual([]);
      await narrow.context().close();
    });

    it('lets the ward chief export the filtered list with a reason, and shows the transfers and ring pages', async () => {
      const session = await ApiUser.signIn(
        server.url,
        'kontum.truong',
        chief.password,
        chief.recoveryCodes[0],
      );
      const page = await pageAt(browser, server.url, session.sessionToken, viewports.phone);
      await page.goto(`${server.url}/persons?alertsDue=true`);
      await page.getByTestId('list-total').getByText('Tổng số 1').waitFor();
      await page.getByRole('button', { name: 'Xuất danh sách' }).click();
      const dialog = page.getByRole('dialog', { name: 'Xuất danh sách người (tệp CSV)' });
      await dialog.getByLabel('Lý do xuất').fill('Rà soát người có cảnh báo gửi Công an tỉnh');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name: 'Xuất tệp' }).click(),
      ]);
      const csv = readFileSync((await download.path())!, 'utf8');
      const [header, ...rows] = csv
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(header).toContain('"Họ và tên"');
      expect(rows.map((r) => r.includes(HOA))).toEqual([true]);

      // A ring of the ward with Hoà as a member; the transfers page (nothing handed over yet).
      const api = await ApiUser.signIn(server.url, 'kontum.truong', chief.password, chief.recoveryCodes[1]);
      const units = await api.call<{ data: { id: string; name: string }[] }>('GET', '/units');
      const ward = units.data.find((u) => u.name === 'Phường Kon Tum')!;
      const ring = await api.call<{ id: string; version: number }>('POST', '/rings', {
        kind: 'group',
        name: 'Ổ nhóm bến xe (mẫu)',
        detectedOn: '2026-02-01',
        unitId: ward.id,
      });
      await api.call('POST', `/rings/${ring.id}/members`, {
        personId: hoaId,
        role: 'Bán lẻ',
        version: ring.version,
      });
      await page.goto(`${server.url}/rings/${ring.id}`);
      await page.getByTestId('ring-members').getByRole('link', { name: HOA }).waitFor();
      await page.screenshot({ path: `${SHOTS}/p2-ring-390.png`, fullPage: true });
      expect(await sidewaysOverflow(page)).toBe(0);
      await page.goto(`${server.url}/persons/transfers`);
      await page.getByText('Không có hồ sơ chuyển nào').first().waitFor();
      await page.screenshot({ path: `${SHOTS}/p2-transfers-390.png`, fullPage: true });
      expect(await sidewaysOverflow(page)).toBe(0);
      await page.goto(`${server.url}/persons/${hoaId}`);
      await page.getByTestId('person-rings').getByRole('link', { name: 'Ổ nhóm bến xe (mẫu)' }).waitFor();
      await page.getByTestId('person-hotspots').getByRole('link', { name: SPOT }).waitFor();
      await page.getByTestId('person-alerts').waitFor();
      await page.getByTestId('person-measures').locator('[data-measure]').first().waitFor();
      await page.getByTestId('record-timeline').getByText('Liên kết với đường dây, ổ nhóm').waitFor();
      await page.screenshot({ path: `${SHOTS}/p2-profile-links-390.png`, fullPage: true });
      await page.context().close();
    });

    it('shows leadership the counts only: the statistics page, no list or record', async () => {
      const session = await ApiUser.signIn(
        server.url,
        'lanhdao.tinh',
        leader.password,
        leader.recoveryCodes[0],
      );
      const page = await pageAt(browser, server.url, session.sessionToken, laptop);
      await page.goto(`${server.url}/persons/statistics`);
      await page.getByText(/Tổng số hồ sơ/).waitFor();
      await page.getByText('Phường Kon Tum').waitFor();
      const menu = page.getByRole('navigation', { name: 'Menu chính' });
      await menu.getByRole('link', { name: 'Thống kê người sử dụng' }).waitFor();
      expect(await menu.getByRole('link', { name: 'Người sử dụng ma túy', exact: true }).count()).toBe(0);
      expect(await page.getByText(HOA).count()).toBe(0);
      await persons(page, 'statistics-leadership-1280');
      await page.goto(`${server.url}/persons/${hoaId}`);
      await page.getByText('Không có quyền truy cập').waitFor();
      await page.context().close();
    });
  },
);
