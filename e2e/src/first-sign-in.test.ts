import { generate } from 'otplib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launch, shot } from './browser.ts';
import { type RunningServer, startServer } from './server.ts';

const hasBrowser = browserAvailable();

describe.runIf(hasBrowser)('first sign-in of the administrator', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launch();
    page = await (
      await browser.newContext({
        locale: 'vi-VN',
        timezoneId: 'Asia/Ho_Chi_Minh',
        viewport: { width: 1366, height: 900 },
      })
    ).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  // How soon is the first-load benchmark's business (bench/): a busy CI machine must not fail this journey.
  it('serves the login page after start', async () => {
    await page.goto(`${server.url}/`);
    await page.getByLabel('Tên đăng nhập').waitFor();
    expect(await page.title()).toContain('PCMT');
    await shot(page, '01-login');
  });

  it('rejects a wrong password with a Vietnamese message', async () => {
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('sai-mat-khau-roi');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText('Tên đăng nhập hoặc mật khẩu không đúng').waitFor();
    await shot(page, '01b-wrong-password');
  });

  it('signs in, enrols 2FA and keeps the recovery codes', async () => {
    await page.getByLabel('Mật khẩu', { exact: true }).fill(server.firstAdminPassword);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const secretBox = page.getByTestId('totp-secret');
    await secretBox.waitFor();
    await page.locator('img[alt*="QR"]').waitFor();
    await shot(page, '02-enrol-2fa');
    const secret = (await secretBox.textContent())!.replace(/\s+/g, '');
    await page.getByTestId('totp-code').fill(await generate({ secret }));
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    const codes = page.getByTestId('recovery-codes');
    await codes.waitFor();
    expect((await codes.textContent())!.match(/[a-z0-9]{4}-[a-z0-9]{4}/g)).toHaveLength(10);
    await shot(page, '03-recovery-codes');
    await page.getByRole('button', { name: 'Tôi đã lưu mã khôi phục' }).click();
  });

  it('forces the one-time password to be changed', async () => {
    await page.getByLabel('Mật khẩu hiện tại').fill(server.firstAdminPassword);
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('Một cụm từ mật khẩu mới 2026');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('Một cụm từ mật khẩu mới 2026');
    await shot(page, '04-password-change');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    await page.getByText('Quản trị hệ thống').first().waitFor();
    await page.getByText('Xin chào, Quản trị hệ thống').waitFor();
    await shot(page, '05-home');
  });

  it('shows the unit tree of 2024 and of today', async () => {
    await page
      .getByRole('navigation', { name: 'Menu chính' })
      .getByRole('link', { name: 'Đơn vị hành chính' })
      .click();
    await page.getByRole('button', { name: '01/01/2024' }).click();
    await page.getByText('300 đơn vị').waitFor();
    await page.getByText('Huyện Đắk Glei').first().waitFor();
    await shot(page, '06-units-2024');
    await page.getByRole('button', { name: 'Hôm nay' }).click();
    await page.getByText('97 đơn vị').waitFor();
    await page.getByText('Tỉnh Quảng Ngãi').first().waitFor();
    await page.getByText('Phường Kon Tum').first().click();
    await page.getByText('Phường Thắng Lợi').first().waitFor();
    await shot(page, '07-units-today');
  });

  it('signs out back to the login page', async () => {
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByLabel('Tên đăng nhập').waitFor();
    const me = await page.evaluate(async () => (await fetch('/api/v1/auth/me')).status);
    expect(me).toBe(401);
    await shot(page, '08-signed-out');
  });
});
