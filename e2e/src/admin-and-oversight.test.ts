import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession } from './api-session.ts';
import { browserAvailable, confirmIdentityIfAsked, launch, shot, signedInPage } from './browser.ts';
import { type RunningServer, startServer } from './server.ts';

const hasBrowser = browserAvailable();
const ADMIN_PASSWORD = 'Quản trị viên tỉnh 2026!';

describe.runIf(hasBrowser)('administrator sets up a commune, oversight reads the trail', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    const token = await adminSession(server.url, server.firstAdminPassword, ADMIN_PASSWORD);
    browser = await launch();
    page = await signedInPage(browser, server.url, token);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const dialog = () => page.getByRole('dialog');
  const pick = async (label: string, search: string, option: string) => {
    await dialog().getByLabel(label, { exact: true }).click();
    await dialog().getByLabel(label, { exact: true }).fill(search);
    await page.locator(`.ant-select-dropdown:visible [title="${option}"]`).first().click();
  };

  it('creates the Công an xã of a commune with its jurisdiction', async () => {
    await page.goto(`${server.url}/admin/agencies`);
    await page.getByRole('button', { name: 'Thêm cơ quan' }).click();
    await dialog().getByLabel('Mã cơ quan').fill('CAX-NGOKBAY');
    await dialog().getByLabel('Tên cơ quan').fill('Công an xã Ngọk Bay');
    await dialog().getByLabel('Loại cơ quan').click();
    await page.locator('.ant-select-dropdown:visible [title="Công an xã, phường"]').click();
    await dialog().getByLabel('Địa bàn được giao', { exact: true }).click();
    await dialog().getByLabel('Địa bàn được giao', { exact: true }).fill('Ngọk Bay');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-tree-title', { hasText: 'Xã Ngọk Bay' })
      .first()
      .click();
    await page.keyboard.press('Escape');
    await shot(page, '11-agency-form');
    await dialog().getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('cell', { name: 'Công an xã Ngọk Bay' }).first().waitFor();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await shot(page, '12-agencies');
  });

  it('refuses a second agency with the same code, on the field, in Vietnamese', async () => {
    await page.getByRole('button', { name: 'Thêm cơ quan' }).click();
    await dialog().getByLabel('Mã cơ quan').fill('CAX-NGOKBAY');
    await dialog().getByLabel('Tên cơ quan').fill('Bản sao');
    await dialog().getByLabel('Loại cơ quan').click();
    await page.locator('.ant-select-dropdown:visible [title="Công an xã, phường"]').click();
    await dialog().getByLabel('Địa bàn được giao', { exact: true }).click();
    await dialog().getByLabel('Địa bàn được giao', { exact: true }).fill('Ngọk Bay');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-tree-title', { hasText: 'Xã Ngọk Bay' })
      .first()
      .click();
    await page.keyboard.press('Escape');
    await dialog().getByRole('button', { name: 'Lưu' }).click();
    await dialog().getByText('Mã cơ quan đã được dùng').first().waitFor();
    expect(await dialog().getByText('người khác sửa').count()).toBe(0);
    await shot(page, '12b-duplicate-code');
    await dialog().getByRole('button', { name: 'Hủy' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
  });

  it('creates an officer account in that agency', async () => {
    await page
      .getByRole('navigation', { name: 'Menu chính' })
      .getByRole('link', { name: 'Người dùng', exact: true })
      .click();
    await page.getByRole('button', { name: 'Thêm người dùng' }).click();
    await dialog().getByLabel('Tên đăng nhập').fill('ngokbay.canbo');
    await dialog().getByLabel('Họ và tên').fill('Y Đức (Công an xã Ngọk Bay)');
    await pick('Cơ quan', 'Ngọk', 'Công an xã Ngọk Bay (CAX-NGOKBAY)');
    await dialog().getByLabel('Vai trò', { exact: true }).click();
    await page.locator('.ant-select-dropdown:visible [title="Công an xã"]').first().click();
    await page.keyboard.press('Escape');
    await dialog().getByLabel('Mật khẩu ban đầu').fill('Mật khẩu ban đầu 2026');
    await shot(page, '13-user-form');
    await dialog().getByRole('button', { name: 'Lưu' }).click();
    // Creating an account is sensitive: the administrator confirms their password first (once in a while).
    const initial = page.getByTestId('one-time-password');
    await confirmIdentityIfAsked(page, ADMIN_PASSWORD, initial);
    expect(await initial.textContent()).toBe('Mật khẩu ban đầu 2026');
    await shot(page, '13b-initial-password');
    await page.getByRole('button', { name: 'Tôi đã giao mật khẩu' }).click();
    await page
      .getByRole('cell', { name: /ngokbay\.canbo/ })
      .first()
      .waitFor();
    await shot(page, '14-users');
  });

  it('issues a one-time password to the officer, shown once', async () => {
    const row = page.getByRole('row', { name: /ngokbay\.canbo/ });
    await row.getByRole('button', { name: 'Thao tác khác với ngokbay.canbo' }).click();
    await page.getByRole('menuitem', { name: 'Cấp lại mật khẩu' }).click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: 'Cấp lại mật khẩu' }).click();
    const secret = page.getByTestId('one-time-password');
    await confirmIdentityIfAsked(page, ADMIN_PASSWORD, secret);
    const password = (await secret.textContent()) ?? '';
    expect(password.length).toBeGreaterThanOrEqual(16);
    await shot(page, '14b-one-time-password');
    await page.getByRole('button', { name: 'Tôi đã giao mật khẩu' }).click();
    const res = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'ngokbay.canbo', password }),
    });
    // A commune officer reads personal records: 2FA enrolment comes first, then their own password.
    expect(((await res.json()) as { stage: string }).stage).toBe('mfa_enrol');
  });

  it('lists those changes in the audit trail and verifies the chain', async () => {
    await page
      .getByRole('navigation', { name: 'Menu chính' })
      .getByRole('link', { name: 'Nhật ký truy cập' })
      .click();
    await page.getByText('Tạo cơ quan').first().waitFor();
    await page.getByText('Tạo người dùng').first().waitFor();
    await page.getByText('Cấp lại mật khẩu').first().waitFor();
    await page.getByRole('button', { name: 'Kiểm tra chuỗi toàn vẹn' }).click();
    await page.getByText(/Chuỗi nhật ký toàn vẹn: đã kiểm tra \d+ sự kiện/).waitFor();
    await shot(page, '15-audit');
  });

  it('shows a clean 404 page for an unknown address', async () => {
    await page.goto(`${server.url}/khong-co-trang-nay`);
    await page.getByText('Không tìm thấy trang').waitFor();
    await shot(page, '16-not-found');
    expect(await page.getByRole('button', { name: 'Đăng xuất' }).isVisible()).toBe(true);
  });
});
