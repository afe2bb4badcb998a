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
const TITLE = 'Tuyên truyền ma túy tổng hợp tại làng Kon Klor (mẫu)';

async function snap(page: Page, name: string): Promise<void> {
  await shot(page, `prop-${name}`);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/prop-${name}.png`, fullPage: true });
}

/** Picks an option of an antd select with the keyboard (typing narrows long virtual lists), as the cases journey. */
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

describe.runIf(hasBrowser)('propaganda register: a department officer records a session on a phone', () => {
  let server: RunningServer;
  let browser: Browser;
  let session: ApiUser;
  let recordId = '';
  let wardId = '';

  beforeAll(async () => {
    server = await startServer();
    const token = await adminSession(server.url, server.firstAdminPassword, ADMIN_PASSWORD);
    const admin = await ApiUser.fromSession(server.url, token, ADMIN_PASSWORD);
    const units = await admin.call<{ data: { id: string; code: string; type: string }[] }>('GET', '/units');
    const province =
      units.data.find((u) => u.code === '51' && u.type === 'tinh') ??
      units.data.find((u) => u.code === '51')!;
    wardId = (await admin.call<{ data: { id: string; name: string }[] }>('GET', '/units')).data.find(
      (u) => u.name === 'Phường Kon Tum',
    )!.id;
    const agency = await admin.call<{ id: string }>('POST', '/agencies', {
      code: 'SO-VHTTDL',
      name: 'Sở Văn hóa, Thể thao và Du lịch',
      kind: 'department',
      unitIds: [province.id],
    });
    const officer = await readyOfficer(admin, {
      username: 'sovh.canbo',
      displayName: 'Đinh Thị Văn Hóa',
      agencyId: agency.id,
      roles: ['department'],
    });
    session = await ApiUser.signIn(server.url, 'sovh.canbo', officer.password, officer.recoveryCodes[0]);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('records a session through the quick entry; it shows in the list filtered by form and in the figures', async () => {
    const page = await pageAt(browser, server.url, session.sessionToken, viewports.phone);
    await page.goto(`${server.url}/propaganda/record`);
    await choose(page, 'Xã, phường (nơi tổ chức)', 'Phường Kon Tum', 'Kon Tum');
    await page.getByLabel('Địa điểm (thôn, làng, trường…)').fill('Nhà rông làng Kon Klor');
    await page.getByText('Tại cộng đồng, thôn, làng', { exact: true }).click();
    await page.getByText('Tờ rơi, tài liệu', { exact: true }).click();
    await page.getByText('Đồng bào dân tộc thiểu số', { exact: true }).click();
    await page.getByText('Thanh, thiếu niên', { exact: true }).click();
    await page.getByLabel('Số người tham dự').fill('85');
    // The village's language beside Tiếng Việt, found without diacritics.
    await page.getByRole('combobox', { name: 'Ngôn ngữ' }).click();
    await page.keyboard.type('xo dang');
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
      .getByText('Tiếng Xơ Đăng')
      .click();
    await page.keyboard.press('Escape');
    await page.getByText('Ma túy tổng hợp', { exact: true }).click();
    await page.getByLabel('Số tài liệu, tờ rơi phát ra').fill('120');
    await page.getByLabel('Tên hoạt động').fill(TITLE);
    await snap(page, 'record-390');
    expect(await sidewaysOverflow(page)).toBe(0);
    await page.getByRole('button', { name: 'Lưu buổi tuyên truyền' }).click();

    await page.waitForURL(/\/propaganda\/[0-9a-f-]{36}$/);
    recordId = page.url().split('/').pop()!;
    await page.getByRole('heading', { name: TITLE }).waitFor();
    await page.getByText('Đã tổ chức').first().waitFor();
    await page.getByText('Tiếng Việt; Tiếng Xơ Đăng', { exact: true }).first().waitFor();
    await page.getByTestId('propaganda-figures').getByText('85').waitFor();
    await snap(page, 'detail-390');
    expect(await sidewaysOverflow(page)).toBe(0);

    await page.goto(`${server.url}/propaganda?form=community&targetGroup=ethnic_minorities`);
    await page.getByRole('listitem').filter({ hasText: TITLE }).waitFor();
    await snap(page, 'list-390');
    await page.goto(`${server.url}/propaganda/statistics`);
    await page.getByTestId('stats-totals').getByText('85').waitFor();
    await page.context().close();
  });

  it('moves a planned session to held through the status dialog, with its participants', async () => {
    const planned = await session.call<{ id: string }>('POST', '/propaganda', {
      title: 'Hội nghị tuyên truyền tại Trường THCS Lê Lợi (mẫu)',
      dateFrom: new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date()),
      organizer: 'Sở Văn hóa, Thể thao và Du lịch',
      unitId: wardId,
      forms: ['conference', 'school'],
      targetGroups: ['students'],
      status: 'planned',
    });
    const page = await pageAt(browser, server.url, session.sessionToken, viewports.phone);
    await page.goto(`${server.url}/propaganda/${planned.id}`);
    await page.getByText('Kế hoạch').first().waitFor();
    await page.getByRole('button', { name: 'Chuyển trạng thái' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Đã tổ chức', { exact: true }).click();
    await dialog.getByLabel('Số người tham dự').fill('230');
    await dialog.getByLabel('Lý do, căn cứ').fill('Đã tổ chức theo kế hoạch');
    await snap(page, 'transition-390');
    await dialog.getByRole('button', { name: 'Chuyển trạng thái' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('propaganda-figures').getByText('230').waitFor();
    await page.getByTestId('record-timeline').getByText('Chuyển trạng thái buổi tuyên truyền').waitFor();
    await page.context().close();
  });

  it('fits 360 px without sideways scrolling, and shows the pages at 1280', async () => {
    const narrow = await pageAt(browser, server.url, session.sessionToken, viewports.narrow);
    const overflowing: string[] = [];
    for (const [path, ready] of [
      ['/propaganda', () => narrow.getByTestId('list-total').waitFor()],
      [`/propaganda/${recordId}`, () => narrow.getByTestId('propaganda-figures').waitFor()],
      ['/propaganda/record', () => narrow.getByRole('button', { name: 'Lưu buổi tuyên truyền' }).waitFor()],
      ['/propaganda/new', () => narrow.getByLabel('Tên hoạt động').waitFor()],
      ['/propaganda/statistics', () => narrow.getByTestId('stats-totals').waitFor()],
      ['/mass-events', () => narrow.getByTestId('list-total').waitFor()],
      ['/mass-events/new', () => narrow.getByLabel('Tên sự kiện').waitFor()],
    ] as const) {
      await narrow.goto(`${server.url}${path}`);
      await ready();
      const px = await sidewaysOverflow(narrow);
      if (px > 0) overflowing.push(`${path} (+${px} px)`);
    }
    await snap(narrow, 'mass-new-360');
    expect(overflowing).toEqual([]);
    await narrow.context().close();

    const page = await pageAt(browser, server.url, session.sessionToken, laptop);
    await page.goto(`${server.url}/propaganda`);
    await page.getByRole('row', { name: /Kon Klor/ }).waitFor();
    await snap(page, 'list-1280');
    await page.goto(`${server.url}/propaganda/${recordId}`);
    await page.getByTestId('record-timeline').getByText('Ghi nhận buổi tuyên truyền').waitFor();
    await snap(page, 'detail-1280');
    await page.goto(`${server.url}/propaganda/statistics`);
    await page.getByTestId('stats-breakdown').first().waitFor();
    await snap(page, 'statistics-1280');
    await page.goto(`${server.url}/propaganda/record`);
    await page.getByRole('button', { name: 'Lưu buổi tuyên truyền' }).waitFor();
    await snap(page, 'record-1280');
    await page.context().close();
  });
});
