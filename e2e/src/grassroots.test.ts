import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiUser, readyOfficer } from './api-admin.ts';
import { adminSession } from './api-session.ts';
import { browserAvailable, launch, pageAt, shot, sidewaysOverflow, viewports } from './browser.ts';
import { type RunningServer, startServer } from './server.ts';

const hasBrowser = browserAvailable();
const ADMIN_PASSWORD = 'Quản trị viên tỉnh 2026!';
const laptop = { width: 1280, height: 800 };
const SHOTS = '/tmp/pcmt/shots';
const PROBLEM = 'Thiếu que test nhanh cho đợt kiểm tra cơ sở karaoke (mẫu)';

async function snap(page: Page, name: string): Promise<void> {
  await shot(page, `grs-${name}`);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/grs-${name}.png`, fullPage: true });
}

/** Opens the select labelled `label`, types `text` and takes the list's active option with Enter. */
async function choose(page: Page, label: string, text: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.keyboard.type(text);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: text })
    .first()
    .waitFor();
  await page.keyboard.press('Enter');
}

describe.runIf(hasBrowser)(
  'difficulties, commendations and support: a commune officer reports from the field, the province answers',
  () => {
    let server: RunningServer;
    let browser: Browser;
    let police: ApiUser; // Công an phường Kon Tum
    let pc04: ApiUser; // PC04, province-wide: answers, records support
    let committee: ApiUser; // UBND phường Kon Tum: commendations
    let difficultyId = '';
    let commendationId = '';

    beforeAll(async () => {
      server = await startServer();
      const token = await adminSession(server.url, server.firstAdminPassword, ADMIN_PASSWORD);
      const admin = await ApiUser.fromSession(server.url, token, ADMIN_PASSWORD);
      const units = await admin.call<{ data: { id: string; name: string; code: string }[] }>('GET', '/units');
      const ward = units.data.find((u) => u.name === 'Phường Kon Tum')!;
      const province = units.data.find((u) => u.code === '51')!;
      const officer = async (
        code: string,
        name: string,
        kind: string,
        unit: string,
        username: string,
        role: string,
      ) => {
        const agency = await admin.call<{ id: string }>('POST', '/agencies', {
          code,
          name,
          kind,
          unitIds: [unit],
        });
        const o = await readyOfficer(admin, {
          username,
          displayName: name,
          agencyId: agency.id,
          roles: [role],
        });
        return ApiUser.signIn(server.url, username, o.password, o.recoveryCodes[0]);
      };
      police = await officer(
        'CAP-KONTUM',
        'Công an phường Kon Tum',
        'commune_police',
        ward.id,
        'kontum.canbo',
        'commune_police',
      );
      pc04 = await officer(
        'PC04-TINH',
        'Phòng PC04',
        'drug_police',
        province.id,
        'pc04.canbo',
        'drug_police',
      );
      committee = await officer(
        'UBND-KONTUM',
        'UBND phường Kon Tum',
        'ubnd',
        ward.id,
        'kontum.ubnd',
        'commune_committee',
      );
      browser = await launch();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it('a commune officer reports a difficulty on a phone; PC04 answers; the officer reads the answer', async () => {
      const page = await pageAt(browser, server.url, police.sessionToken, viewports.phone);
      await page.goto(`${server.url}/difficulties/report`);
      await page.getByText('Kinh phí', { exact: true }).click();
      await page.getByLabel('Nội dung khó khăn, vướng mắc').fill(PROBLEM);
      await page
        .getByLabel('Kiến nghị, đề xuất')
        .fill('Đề nghị tỉnh hỗ trợ 500 que test <script>alert(1)</script>');
      await page.getByLabel('Kiến nghị đến').fill('Công an tỉnh');
      await snap(page, 'report-390');
      await page.getByRole('button', { name: 'Gửi kiến nghị' }).click();
      await page.waitForURL(/\/difficulties\/[0-9a-f-]{36}$/);
      difficultyId = page.url().split('/').pop()!;
      // The officer named no area: the record is the officer's commune's; the proposal is text, not markup.
      await page.getByText('Phường Kon Tum').first().waitFor();
      await page.getByText('<script>alert(1)</script>', { exact: false }).first().waitFor();
      await page.getByText('Chưa trả lời').first().waitFor();
      await snap(page, 'difficulty-390');
      await page.goto(`${server.url}/difficulties?status=open`);
      await page.getByRole('listitem').filter({ hasText: PROBLEM }).waitFor();
      await page.context().close();

      const desk = await pageAt(browser, server.url, pc04.sessionToken, laptop);
      await desk.goto(`${server.url}/difficulties/${difficultyId}`);
      await desk.getByRole('button', { name: 'Ghi trả lời' }).click();
      await desk
        .getByLabel('Nội dung trả lời')
        .fill('Đã bố trí 300 que test từ ngân sách tỉnh, giao trong tháng.');
      await desk.getByLabel('Cơ quan trả lời').fill('Thường trực Ban Chỉ đạo tỉnh');
      await desk.getByRole('button', { name: 'Lưu', exact: true }).click();
      await desk.getByTestId('answer').getByText('Đã bố trí 300 que test').waitFor();
      await desk.getByTestId('record-timeline').getByText('Trả lời kiến nghị').waitFor();
      await snap(desk, 'difficulty-answered-1280');
      await desk.context().close();

      const back = await pageAt(browser, server.url, police.sessionToken, viewports.phone);
      await back.goto(`${server.url}/difficulties/${difficultyId}`);
      await back.getByTestId('answer').getByText('Đã bố trí 300 que test').waitFor();
      await back.context().close();
    });

    it('the commune committee records a decided commendation; PC04 records support; both are counted', async () => {
      const page = await pageAt(browser, server.url, committee.sessionToken, viewports.phone);
      await page.goto(`${server.url}/commendations/new`);
      await page.getByText('Cá nhân', { exact: true }).click();
      await page.getByLabel('Họ tên').fill('A Hùng (mẫu)');
      await page.getByLabel('Chức vụ').fill('Trưởng thôn');
      await page.getByText('Phường Kon Tum').first().waitFor();
      await choose(page, 'Cấp khen thưởng', 'Chủ tịch UBND xã');
      await choose(page, 'Hình thức', 'Giấy khen');
      await page
        .getByLabel('Thành tích, lý do khen thưởng')
        .fill('Tích cực tố giác điểm bán lẻ ma túy (mẫu)');
      await page.getByText('Đã có quyết định (ghi luôn số, ngày, người ký)').click();
      await page.getByLabel('Số quyết định').fill('45/QĐ-UBND');
      // The decision date starts at today.
      await page.getByLabel('Ngày quyết định').waitFor();
      await page.getByLabel('Người ký, cơ quan ban hành').fill('Chủ tịch UBND phường Kon Tum');
      await snap(page, 'commendation-form-390');
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      await page.waitForURL(/\/commendations\/[0-9a-f-]{36}$/);
      commendationId = page.url().split('/').pop()!;
      await page.getByText('Đã có quyết định').first().waitFor();
      await page
        .getByText(/45\/QĐ-UBND/)
        .first()
        .waitFor();
      await snap(page, 'commendation-390');
      await page.goto(`${server.url}/commendations/statistics`);
      await page.getByTestId('stats-by-form').getByText('Giấy khen').waitFor();
      await page.context().close();

      await pc04.call('POST', '/support', {
        unitId: (await pc04.call<{ unit: { id: string } }>('GET', `/difficulties/${difficultyId}`)).unit.id,
        on: new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date()),
        kind: 'rapid_test',
        description: 'Que test nhanh 4 chân (mẫu)',
        quantity: 300,
        quantityUnit: 'que',
        valueVnd: 7_500_000,
        source: 'province_budget',
      });
      const desk = await pageAt(browser, server.url, pc04.sessionToken, laptop);
      await desk.goto(`${server.url}/support`);
      await desk.getByRole('row', { name: /Que test nhanh 4 chân/ }).waitFor();
      await snap(desk, 'support-1280');
      await desk.goto(`${server.url}/support/statistics`);
      await desk.getByTestId('stats-by-unit').getByText('Phường Kon Tum').waitFor();
      await snap(desk, 'support-stats-1280');
      await desk.goto(`${server.url}/commendations/${commendationId}`);
      await desk.getByTestId('record-timeline').getByText('Ghi nhận đề nghị khen thưởng').waitFor();
      await snap(desk, 'commendation-1280');
      await desk.context().close();
    });

    it('fits 360 px without sideways scrolling', async () => {
      const overflowing: string[] = [];
      for (const [user, paths] of [
        [
          police,
          ['/difficulties', `/difficulties/${difficultyId}`, '/difficulties/report', '/difficulties/new'],
        ],
        [
          committee,
          [
            '/commendations',
            `/commendations/${commendationId}`,
            '/commendations/new',
            '/commendations/statistics',
            '/difficulties/statistics',
          ],
        ],
        [pc04, ['/support', '/support/new', '/support/statistics']],
      ] as const) {
        const narrow = await pageAt(browser, server.url, user.sessionToken, viewports.narrow);
        for (const path of paths) {
          await narrow.goto(`${server.url}${path}`);
          await narrow.locator('h1, h2').first().waitFor();
          await narrow.waitForLoadState('networkidle');
          const px = await sidewaysOverflow(narrow);
          if (px > 0) overflowing.push(`${path} (+${px} px)`);
          await snap(narrow, `360${path.replace(/[/:]/g, '-').replace(/-[0-9a-f-]{36}/, '-record')}`);
        }
        await narrow.context().close();
      }
      expect(overflowing).toEqual([]);
    });
  },
);
