import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiUser, readyOfficer } from './api-admin.ts';
import { adminSession } from './api-session.ts';
import { browserAvailable, launch, pageAt, shot, sidewaysOverflow, viewports } from './browser.ts';
import { type RunningServer, startServer } from './server.ts';

const hasBrowser = browserAvailable();
const ADMIN_PASSWORD = 'Quản trị viên tỉnh 2026!';
const ROUTE = 'Đường biên cột mốc 3 – cột mốc 5 (mẫu)';
const laptop = { width: 1280, height: 800 };
const SHOTS = '/tmp/pcmt/shots';

/** The journey's screenshots (test-results, and the review folder of this register's pages). */
async function snap(page: Page, name: string): Promise<void> {
  await shot(page, `border-${name}`);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/border-${name}.png`, fullPage: true });
}

/** Picks an option of an antd select opened by its label, with the keyboard (as the cases journey does). */
async function choose(page: Page, label: string, option: string, typed?: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).first().click();
  if (typed) await page.keyboard.type(typed);
  const active = page.locator(
    '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option-active',
  );
  for (let i = 0; i < 60; i++) {
    if (((await active.last().textContent()) ?? '').includes(option)) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no option "${option}" in the list "${label}"`);
}

describe.runIf(hasBrowser)(
  'border patrols: a border guard records a bilateral patrol with a seizure on a phone',
  () => {
    let server: RunningServer;
    let browser: Browser;
    let session: ApiUser;
    let patrolId = '';

    beforeAll(async () => {
      server = await startServer();
      const token = await adminSession(server.url, server.firstAdminPassword, ADMIN_PASSWORD);
      const admin = await ApiUser.fromSession(server.url, token, ADMIN_PASSWORD);
      const units = await admin.call<{ data: { id: string; name: string }[] }>('GET', '/units');
      const boY = units.data.find((u) => u.name === 'Xã Bờ Y')!;
      const agency = await admin.call<{ id: string }>('POST', '/agencies', {
        code: 'BP-BOY',
        name: 'Đồn Biên phòng Cửa khẩu quốc tế Bờ Y',
        kind: 'border_guard',
        unitIds: [boY.id],
      });
      const officer = await readyOfficer(admin, {
        username: 'boy.bienphong',
        displayName: 'A Thông',
        agencyId: agency.id,
        roles: ['border_guard'],
      });
      session = await ApiUser.signIn(server.url, 'boy.bienphong', officer.password, officer.recoveryCodes[0]);
      browser = await launch();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it('records the patrol, a meth seizure in kg and tablets, ends it, and finds it in the list', async () => {
      const page = await pageAt(browser, server.url, session.sessionToken, viewports.phone);
      await page.goto(`${server.url}/border-patrols/new`);
      await page.getByLabel('Tuyến, địa bàn').fill(ROUTE);
      // The station's only commune is chosen already.
      await page.getByText('Xã Bờ Y').first().waitFor();
      await page.getByLabel('Số cán bộ, chiến sĩ').fill('8');
      await page.getByLabel('Lực lượng bảo vệ biên giới Lào').check();
      await page.getByLabel('Lực lượng nước bạn').fill('Đại đội bảo vệ biên giới Attapeu');
      await snap(page, 'form-390');
      expect(await sidewaysOverflow(page)).toBe(0);
      await page.getByTestId('patrol-save').click();
      await page.waitForURL(/\/border-patrols\/[0-9a-f-]{36}$/);
      patrolId = page.url().split('/').pop()!;
      await page.getByRole('heading', { name: ROUTE }).waitFor();

      await page.getByRole('button', { name: 'Ghi kết quả' }).first().click();
      await page.waitForURL(`${server.url}/border-patrols/${patrolId}/result`);
      await page.getByRole('button', { name: 'Thêm tang vật' }).click();
      await choose(page, 'Loại ma túy', 'Ma túy đá');
      await page.getByLabel('Số lượng', { exact: true }).first().fill('1,5');
      await choose(page, 'Đơn vị', 'kg');
      await page.getByRole('button', { name: 'Thêm tang vật' }).click();
      await page.getByTestId('seizure-row').nth(1).getByLabel('Loại ma túy').click();
      const active = page.locator(
        '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option-active',
      );
      for (let i = 0; i < 20 && !((await active.last().textContent()) ?? '').includes('hồng phiến'); i++)
        await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.getByTestId('seizure-row').nth(1).getByLabel('Số lượng').fill('500');
      await page.getByLabel('Số đối tượng bắt giữ').fill('2');
      await page.getByLabel('Kết thúc chuyến tuần tra hôm nay').check();
      await snap(page, 'result-390');
      expect(await sidewaysOverflow(page)).toBe(0);
      await page.getByRole('button', { name: 'Lưu kết quả' }).click();

      await page.waitForURL(`${server.url}/border-patrols/${patrolId}`);
      const totals = page.getByTestId('seizure-totals');
      // Grams and tablets stay apart: 1,5 kg is 1.500 g, the 500 tablets are their own line.
      await totals.getByText('1.500\u00a0g').waitFor();
      await totals.getByText('500\u00a0viên').waitFor();
      await page.getByTestId('patrol-arrests').getByText('2').waitFor();
      await page.getByText('Đã hoàn thành').first().waitFor();
      await snap(page, 'detail-390');
      expect(await sidewaysOverflow(page)).toBe(0);

      await page.goto(`${server.url}/border-patrols?joint=foreign`);
      await page.getByRole('listitem').filter({ hasText: ROUTE }).waitFor();
      await snap(page, 'list-390');
      await page.context().close();
    });

    it('fits 360 px without sideways scrolling, and shows the pages at 1280', async () => {
      const narrow = await pageAt(browser, server.url, session.sessionToken, viewports.narrow);
      const overflowing: string[] = [];
      for (const [path, ready] of [
        ['/border-patrols', () => narrow.getByTestId('list-total').waitFor()],
        [`/border-patrols/${patrolId}`, () => narrow.getByTestId('seizure-totals').waitFor()],
        [
          `/border-patrols/${patrolId}/result`,
          () => narrow.getByRole('button', { name: 'Thêm tang vật' }).waitFor(),
        ],
        ['/border-patrols/new', () => narrow.getByLabel('Tuyến, địa bàn').waitFor()],
        ['/border-patrols/statistics', () => narrow.getByText('Ma túy thu giữ').first().waitFor()],
      ] as const) {
        await narrow.goto(`${server.url}${path}`);
        await ready();
        const px = await sidewaysOverflow(narrow);
        if (px > 0) overflowing.push(`${path} (+${px} px)`);
      }
      await snap(narrow, 'statistics-360');
      expect(overflowing).toEqual([]);
      await narrow.context().close();

      const page = await pageAt(browser, server.url, session.sessionToken, laptop);
      await page.goto(`${server.url}/border-patrols`);
      await page.getByRole('row', { name: /cột mốc 3/ }).waitFor();
      await snap(page, 'list-1280');
      await page.goto(`${server.url}/border-patrols/${patrolId}`);
      await page.getByTestId('record-timeline').getByText('Ghi nhận kết quả tuần tra, kiểm soát').waitFor();
      await snap(page, 'detail-1280');
      await page.goto(`${server.url}/border-patrols/new`);
      await page.getByLabel('Tuyến, địa bàn').waitFor();
      await snap(page, 'form-1280');
      await page.goto(`${server.url}/border-patrols/statistics`);
      await page.getByText('Theo xã biên giới và đồn').waitFor();
      await snap(page, 'statistics-1280');
      await page.context().close();
    });
  },
);
