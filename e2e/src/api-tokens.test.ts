import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession } from './api-session.ts';
import { browserAvailable, confirmIdentityIfAsked, launch, shot, signedInPage } from './browser.ts';
import { type RunningServer, startServer } from './server.ts';

const hasBrowser = browserAvailable();
const TOKEN_NAME = 'Đồng bộ báo cáo tháng';

describe.runIf(hasBrowser)('API token issued in the browser, used by a program, then revoked', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let token = '';

  /** What an external program does: plain Node fetch, no cookie, only the Bearer token. */
  const asProgram = (path: string) =>
    fetch(`${server.url}/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    server = await startServer();
    const session = await adminSession(server.url, server.firstAdminPassword, 'Quản trị viên tỉnh 2026!');
    browser = await launch();
    page = await signedInPage(browser, server.url, session, (c) =>
      c.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url }),
    );
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const dialog = () => page.getByRole('dialog');
  const tokenRow = () => page.getByRole('row', { name: new RegExp(TOKEN_NAME) });

  it('reaches the token page from the account page', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('button', { name: /^Tài khoản: / }).click();
    await page.waitForURL(`${server.url}/account`);
    await page.getByRole('main').getByRole('link', { name: 'Mã truy cập API' }).click();
    await page.waitForURL(`${server.url}/account/tokens`);
    await page.getByRole('heading', { name: 'Mã truy cập API' }).waitFor();
    await page.getByText('Bạn chưa có mã truy cập nào').waitFor();
    expect(await page.getByText('Authorization: Bearer <mã>').isVisible()).toBe(true);
    await shot(page, '21-tokens-empty');
  });

  it('creates a token and shows its secret once, with a copy button', async () => {
    await page.getByRole('button', { name: 'Tạo mã truy cập' }).click();
    await dialog().getByLabel('Tên gợi nhớ').fill(TOKEN_NAME);
    await shot(page, '22-token-form');
    await dialog().getByRole('button', { name: 'Tạo mã' }).click();

    const secret = page.getByTestId('new-token');
    await confirmIdentityIfAsked(page, 'Quản trị viên tỉnh 2026!', secret);
    token = (await secret.textContent()) ?? '';
    expect(token).toMatch(/^pcmt_[A-Za-z0-9_-]{40,}$/);
    await page.getByText('Mã chỉ hiển thị một lần').first().waitFor();

    await page.getByRole('button', { name: 'Sao chép mã' }).click();
    await page.getByRole('button', { name: 'Đã sao chép' }).waitFor();
    // A string expression: the e2e package is compiled without the DOM types.
    expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(token);
    await shot(page, '23-token-secret');

    await page.getByRole('button', { name: 'Tôi đã lưu mã' }).click();
    await secret.waitFor({ state: 'detached' });
    await tokenRow().getByText('Đang hiệu lực').waitFor();
    await tokenRow().getByText('Chưa dùng').waitFor();
    expect(
      await tokenRow()
        .getByText(`${token.slice(0, 10)}…`)
        .isVisible(),
    ).toBe(true);
  });

  it('lets a program call the API with the token, on the owner’s rights', async () => {
    const res = await asProgram('/agencies');
    expect(res.status).toBe(200);
    const { data } = (await res.json()) as { data: { code: string }[] };
    expect(data.map((a) => a.code)).toContain('QNG-CAT-QTHT');

    // A token cannot manage tokens: that takes the signed-in browser session.
    expect((await asProgram('/auth/tokens')).status).toBe(403);

    // The owner sees that the token has been used.
    await page.reload();
    await tokenRow().getByText('Đang hiệu lực').waitFor();
    expect(await tokenRow().getByText('Chưa dùng').count()).toBe(0);
    await shot(page, '24-token-used');
  });

  it('revokes the token after confirmation; the program is refused at once', async () => {
    await tokenRow()
      .getByRole('button', { name: `Thu hồi mã ${TOKEN_NAME}` })
      .click();
    const confirm = page.locator('.ant-popconfirm:visible');
    await confirm.getByText(`Thu hồi mã “${TOKEN_NAME}”?`).waitFor();
    // Let the pop-up finish zooming in before the picture.
    await page.locator('.ant-popconfirm[class*="-appear"]').waitFor({ state: 'detached' });
    await shot(page, '25-token-revoke-confirm');
    await confirm.getByRole('button', { name: 'Thu hồi', exact: true }).click();
    await tokenRow().getByText('Đã thu hồi').waitFor();
    expect(await tokenRow().getByRole('button').count()).toBe(0);
    await shot(page, '26-token-revoked');

    const res = await asProgram('/agencies');
    expect(res.status).toBe(401);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('unauthenticated');
    expect(body.error.message).toMatch(/Mã truy cập API/);
  });

  it('lists the sign-ins and ends one left open on another computer', async () => {
    const elsewhere = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Mozilla/5.0 (Windows NT 10.0) Firefox/140.0',
      },
      body: JSON.stringify({ username: 'admin', password: 'Quản trị viên tỉnh 2026!' }),
    });
    const cookie = elsewhere.headers
      .getSetCookie()
      .map((c) => c.split(';')[0] ?? '')
      .find((c) => c.startsWith('pcmt_session='))!;
    const me = () => fetch(`${server.url}/api/v1/auth/me`, { headers: { cookie } }).then((r) => r.status);
    expect(await me()).toBe(200);
    await page.goto(`${server.url}/account/sessions`);
    await page.getByText('Phiên này').waitFor();
    const row = page.getByRole('row', { name: /Firefox · Windows/ });
    await row.getByRole('button', { name: 'Kết thúc phiên' }).click();
    await shot(page, '27-session-end-confirm');
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Kết thúc phiên' }).click();
    await page.getByText('Đã kết thúc phiên đăng nhập').waitFor();
    await row.waitFor({ state: 'detached' });
    expect(await me()).toBe(401);
    await shot(page, '28-sessions');
  });
});
