import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiUser, readyOfficer } from './api-admin.ts';
import { adminSession } from './api-session.ts';
import {
  browserAvailable,
  E2E_WAIT_MS,
  launch,
  pageAt,
  shot,
  sidewaysOverflow,
  viewports,
} from './browser.ts';
import { type RunningServer, startServer } from './server.ts';

const hasBrowser = browserAvailable();
const ADMIN_PASSWORD = 'Quản trị viên tỉnh 2026!';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** Every page of the app with what shows it is ready (screenshots wait for real content, not a spinner). */
const pages: { name: string; path: string; ready: (p: Page) => Promise<unknown> }[] = [
  { name: 'home', path: '/', ready: (p) => p.getByText('Số liệu địa bàn').waitFor() },
  {
    name: 'units',
    path: '/units?unit=',
    ready: (p) =>
      p
        .getByText(/\d+ đơn vị/)
        .first()
        .waitFor(),
  },
  {
    name: 'units-reorg',
    path: '/units?tab=reorg',
    ready: (p) => p.getByText(/đơn vị cũ → \d+ đơn vị mới/).waitFor({ timeout: E2E_WAIT_MS }),
  },
  {
    name: 'users',
    path: '/admin/users',
    ready: (p) => p.getByTestId('list-total').getByText('Tổng số 2').waitFor(),
  },
  { name: 'agencies', path: '/admin/agencies', ready: (p) => p.getByTestId('list-total').waitFor() },
  { name: 'audit', path: '/audit', ready: (p) => p.getByText(/hiển thị .*sự kiện/).waitFor() },
  { name: 'account', path: '/account', ready: (p) => p.getByText('Thông tin tài khoản').waitFor() },
  { name: 'sessions', path: '/account/sessions', ready: (p) => p.getByText('Phiên này').first().waitFor() },
  {
    name: 'tokens',
    path: '/account/tokens',
    ready: (p) => p.getByText('Bạn chưa có mã truy cập nào').first().waitFor(),
  },
  {
    name: 'not-found',
    path: '/khong-co-trang-nay',
    ready: (p) => p.getByText('Không tìm thấy trang').waitFor(),
  },
];

describe.runIf(hasBrowser)('every page on a phone and a laptop; the audit trail read by oversight', () => {
  let server: RunningServer;
  let browser: Browser;
  let admin: ApiUser;
  let officer: { id: string; password: string; recoveryCodes: string[] };

  beforeAll(async () => {
    server = await startServer();
    const token = await adminSession(server.url, server.firstAdminPassword, ADMIN_PASSWORD);
    admin = await ApiUser.fromSession(server.url, token, ADMIN_PASSWORD);
    // A commune agency and one officer, so that lists, the trail and the officer's own view have content.
    const units = await admin.call<{ data: { id: string; name: string }[] }>('GET', '/units');
    const ward = units.data.find((u) => u.name === 'Phường Kon Tum')!;
    const agency = await admin.call<{ id: string }>('POST', '/agencies', {
      code: 'CAP-KONTUM',
      name: 'Công an phường Kon Tum',
      kind: 'commune_police',
      unitIds: [ward.id],
    });
    officer = await readyOfficer(admin, {
      username: 'kontum.canbo',
      displayName: 'A Blúp',
      agencyId: agency.id,
      roles: ['commune_police'],
    });
    // An edit the audit journey will read: a new name and an added role.
    const current = await admin.call<{ version: number }>('GET', `/users/${officer.id}`);
    await admin.call('PUT', `/users/${officer.id}`, {
      displayName: 'A Blúp (Công an phường Kon Tum)',
      agencyId: agency.id,
      roles: ['commune_police', 'commune_police_chief'],
      status: 'active',
      version: current.version,
    });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const [size, viewport] of [
    ['laptop', viewports.laptop],
    ['phone', viewports.phone],
  ] as const) {
    it(`shows every page at ${viewport.width}×${viewport.height}`, async () => {
      const page = await pageAt(browser, server.url, admin.sessionToken, viewport);
      for (const p of pages) {
        await page.goto(`${server.url}${p.path}`);
        await p.ready(page);
        await shot(page, `${size}-${p.name}`);
      }
      if (size === 'phone') {
        await page.getByRole('button', { name: 'Mở menu' }).click();
        await page.getByRole('dialog').getByRole('link', { name: 'Nhật ký truy cập' }).waitFor();
        // The picture once the menu has finished sliding in.
        const panel = page.locator('.ant-drawer-content-wrapper');
        await expect.poll(async () => (await panel.boundingBox())?.x, { timeout: E2E_WAIT_MS }).toBe(0);
        await shot(page, 'phone-menu');
        await page.getByRole('dialog').getByRole('link', { name: 'Người dùng', exact: true }).click();
        await page.waitForURL(`${server.url}/admin/users`);
        await page.getByTestId('list-total').waitFor();
      }
      const out = await pageAt(browser, server.url, null, viewport);
      await out.goto(`${server.url}/login`);
      await out.getByLabel('Tên đăng nhập').waitFor();
      await shot(out, `${size}-login`);
      // The public tip portal, signed out (its journey: tips.test.ts).
      await out.goto(`${server.url}/to-giac`);
      await out.getByLabel('Sự việc bạn muốn báo').waitFor();
      await shot(out, `${size}-tip-portal`);
      await page.context().close();
      await out.context().close();
    });
  }

  it('never scrolls sideways at 360 px, on any page', async () => {
    const page = await pageAt(browser, server.url, admin.sessionToken, viewports.narrow);
    const overflowing: string[] = [];
    for (const p of pages) {
      await page.goto(`${server.url}${p.path}`);
      await p.ready(page);
      const px = await sidewaysOverflow(page);
      if (px > 0) overflowing.push(`${p.path} (+${px} px)`);
    }
    const out = await pageAt(browser, server.url, null, viewports.narrow);
    await out.goto(`${server.url}/login`);
    await out.getByLabel('Tên đăng nhập').waitFor();
    if ((await sidewaysOverflow(out)) > 0) overflowing.push('/login');
    for (const [path, ready] of [
      ['/to-giac', 'Sự việc bạn muốn báo'],
      ['/to-giac/tra-cuu', 'Mã tra cứu (16 chữ số)'],
    ] as const) {
      await out.goto(`${server.url}${path}`);
      await out.getByLabel(ready).waitFor();
      if ((await sidewaysOverflow(out)) > 0) overflowing.push(path);
    }
    expect(overflowing).toEqual([]);
    await page.context().close();
    await out.context().close();
  });

  it('opens the header unit picker on the first click and keeps the chosen unit after a reload', async () => {
    const page = await pageAt(browser, server.url, admin.sessionToken, viewports.laptop);
    await page.goto(`${server.url}/`);
    await page.getByText('Số liệu địa bàn').waitFor();
    // Until first opened, a button of the same size stands in for the tree select (kit: header-unit-picker).
    const trigger = page.getByRole('button', { name: 'Đơn vị làm việc' });
    await expect
      .poll(() => trigger.textContent(), { timeout: E2E_WAIT_MS })
      .toBe('Toàn bộ địa bàn được giao');
    await trigger.click();
    // The real picker is there, open and focused: typing searches at once.
    await page.keyboard.type('phuong kon tum');
    const option = page.locator('.ant-select-tree-node-content-wrapper', { hasText: /^Phường Kon Tum \(/ });
    await option.click();
    await page.locator('.ant-select-content', { hasText: 'Phường Kon Tum' }).first().waitFor();
    await page.reload();
    await expect
      .poll(() => page.getByRole('button', { name: 'Đơn vị làm việc' }).textContent(), {
        timeout: E2E_WAIT_MS,
      })
      .toMatch(/^Phường Kon Tum \(\d+\)$/);
    await shot(page, 'laptop-unit-picker-chosen');
    await page.context().close();
  });

  it('writes the calendar header as Vietnamese do ("tháng 1 năm 2024")', async () => {
    const page = await pageAt(browser, server.url, admin.sessionToken, viewports.laptop);
    await page.goto(`${server.url}/units?at=2024-01-01`);
    await page.getByLabel('Đơn vị có hiệu lực tại ngày').click();
    const header = page.locator('.ant-picker-dropdown:visible .ant-picker-header-view');
    await header.getByText('tháng 1').waitFor();
    await header.getByText('năm 2024').waitFor();
    await shot(page, 'laptop-units-calendar');
    await page.context().close();
  });

  it('offers a commune officer neither administration nor API tokens', async () => {
    const session = await ApiUser.signIn(
      server.url,
      'kontum.canbo',
      officer.password,
      officer.recoveryCodes[0],
    );
    const page = await pageAt(browser, server.url, session.sessionToken, viewports.phone);
    await page.goto(`${server.url}/`);
    await page.getByText('Số liệu địa bàn').waitFor();
    await shot(page, 'phone-officer-home');
    await page.getByRole('button', { name: 'Mở menu' }).click();
    const menu = page.getByRole('dialog');
    await menu.getByRole('link', { name: 'Tài khoản của tôi' }).waitFor();
    expect(await menu.getByText('Quản trị').count()).toBe(0);
    expect(await menu.getByText('Mã truy cập API').count()).toBe(0);
    expect(await menu.getByText('Nhật ký truy cập').count()).toBe(0);
    await shot(page, 'phone-officer-menu');
    await page.context().close();
  });

  it('reads who changed which field of an account, from what to what, in Vietnamese', async () => {
    const page = await pageAt(browser, server.url, admin.sessionToken, viewports.laptop);
    await page.goto(`${server.url}/audit`);
    await page.getByText(/hiển thị .*sự kiện/).waitFor();
    await page.getByLabel('Hành động').click();
    await page.getByLabel('Hành động').fill('sửa người');
    await page.locator('.ant-select-dropdown:visible [title="Sửa người dùng"]').click();
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await page.waitForURL(/action=user\.update/);
    const row = page.getByRole('row', { name: /Sửa người dùng/ }).first();
    await row.getByText('A Blúp (Công an phường Kon Tum) (kontum.canbo)').waitFor();
    await row.click();
    const change = page.getByTestId('audit-change');
    await change.waitFor();
    const name = change.getByRole('row', { name: /Họ và tên/ });
    await name.getByText('A Blúp', { exact: true }).waitFor();
    await name.getByText('A Blúp (Công an phường Kon Tum)', { exact: true }).waitFor();
    const roles = change.getByRole('row', { name: /Vai trò/ });
    await roles.getByText('Công an xã, Trưởng Công an xã').waitFor();
    await change.getByText(/Cơ quan của người thực hiện: QNG-CAT-QTHT/).waitFor();
    await shot(page, 'laptop-audit-change');
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is what is on screen, wanted here.
    const text = await page.locator('main, .ant-layout-content').first().innerText();
    expect(text).not.toMatch(UUID);
    expect(text).not.toMatch(/user\.update|displayName|agencyId|\broles\b|\bversion\b/);
    await page.context().close();
  });
});
