import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiUser, readyOfficer } from './api-admin.ts';
import { adminSession } from './api-session.ts';
import { browserAvailable, launch, pageAt, shot, sidewaysOverflow, viewports } from './browser.ts';
import { type RunningServer, startServer } from './server.ts';

const hasBrowser = browserAvailable();
const ADMIN_PASSWORD = 'Quản trị viên tỉnh 2026!';
/** A fictitious premises ("(mẫu)"). */
const KARAOKE = 'Karaoke Hoa Hồng (mẫu)';
const laptop = { width: 1280, height: 800 };
const SHOTS = '/tmp/pcmt/shots';

/** The calendar day in Việt Nam (the server's "today") plus `days`, as dd/mm/yyyy. */
function vnDatePlus(days: number): string {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' })
    .format(new Date())
    .split('-')
    .map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(t.getUTCDate())}/${p(t.getUTCMonth() + 1)}/${t.getUTCFullYear()}`;
}

/** The journey's screenshots (test-results, and the review folder of this register's pages). */
async function snap(page: Page, name: string): Promise<void> {
  await shot(page, `biz-${name}`);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/biz-${name}.png`, fullPage: true });
}

describe.runIf(hasBrowser)('businesses register: a commune officer inspects a karaoke on a phone', () => {
  let server: RunningServer;
  let browser: Browser;
  let session: ApiUser;
  let businessId = '';

  beforeAll(async () => {
    server = await startServer();
    const token = await adminSession(server.url, server.firstAdminPassword, ADMIN_PASSWORD);
    const admin = await ApiUser.fromSession(server.url, token, ADMIN_PASSWORD);
    const units = await admin.call<{ data: { id: string; name: string }[] }>('GET', '/units');
    const ward = units.data.find((u) => u.name === 'Phường Kon Tum')!;
    const agency = await admin.call<{ id: string }>('POST', '/agencies', {
      code: 'CAP-KONTUM',
      name: 'Công an phường Kon Tum',
      kind: 'commune_police',
      unitIds: [ward.id],
    });
    const officer = await readyOfficer(admin, {
      username: 'kontum.canbo',
      displayName: 'Y Blốk',
      agencyId: agency.id,
      roles: ['commune_police'],
    });
    session = await ApiUser.signIn(server.url, 'kontum.canbo', officer.password, officer.recoveryCodes[0]);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('registers a karaoke, records an inspection with a failed item and a fine: risk "trung bình", follow-up shown', async () => {
    const page = await pageAt(browser, server.url, session.sessionToken, viewports.phone);
    await page.goto(`${server.url}/businesses/new`);
    await page.getByLabel('Ngành nghề').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: 'Karaoke' })
      .click();
    await page.getByLabel('Tên cơ sở').fill(KARAOKE);
    await page.getByLabel('Chủ cơ sở').fill('Trần Văn Hùng');
    await page.getByLabel('Địa chỉ').fill('12 Trần Hưng Đạo, tổ 4');
    // The officer's only commune is chosen already.
    await page.getByText('Phường Kon Tum').first().waitFor();
    await page.getByRole('button', { name: 'Lưu hồ sơ' }).click();
    await page.waitForURL(/\/businesses\/[0-9a-f-]{36}$/);
    businessId = page.url().split('/').pop()!;
    await page.getByRole('heading', { name: KARAOKE }).waitFor();
    await page.getByTestId('business-risk').getByText('Chưa đánh giá', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Ghi kết quả kiểm tra' }).click();
    await page.waitForURL(`${server.url}/businesses/${businessId}/inspect`);
    await page.getByRole('button', { name: 'Tất cả đạt' }).click();
    const latch = page.getByRole('group', { name: 'Không đặt chốt cửa bên trong phòng hát' });
    await latch.getByRole('button', { name: 'Không đạt' }).click();
    await page
      .getByLabel('Kết quả kiểm tra, vi phạm phát hiện')
      .fill('Phòng hát số 3 có chốt cửa bên trong.');
    await page.getByRole('button', { name: 'Phạt tiền' }).click();
    const amount = page.getByLabel('Số tiền phạt (đồng)');
    await amount.fill('1500000');
    await amount.blur();
    expect(await amount.inputValue()).toBe('1.500.000');
    await page.getByTestId('inspection-submit').getByText('Có vi phạm').waitFor();
    await snap(page, 'inspect-390');
    expect(await sidewaysOverflow(page)).toBe(0);
    await page.getByRole('button', { name: 'Lưu kết quả kiểm tra' }).click();

    await page.waitForURL(`${server.url}/businesses/${businessId}`);
    const risk = page.getByTestId('business-risk');
    await risk.getByText('Trung bình', { exact: true }).waitFor();
    // No date was chosen: the re-inspection falls 30 days after a violation.
    await risk
      .getByTestId('follow-up')
      .getByText(`Kiểm tra lại vào ngày ${vnDatePlus(30)}`)
      .waitFor();
    const inspection = page.getByTestId('inspection').first();
    await inspection.getByText('Không đặt chốt cửa bên trong phòng hát').waitFor();
    await inspection.getByText('1.500.000 ₫', { exact: false }).waitFor();
    await snap(page, 'detail-390');
    expect(await sidewaysOverflow(page)).toBe(0);

    await page.goto(`${server.url}/businesses?risk=medium`);
    await page.getByRole('listitem').filter({ hasText: KARAOKE }).waitFor();
    await snap(page, 'list-390');
    await page.context().close();
  });

  it('fits 360 px without sideways scrolling, and shows the pages at 1280', async () => {
    const narrow = await pageAt(browser, server.url, session.sessionToken, viewports.narrow);
    const overflowing: string[] = [];
    for (const [path, ready] of [
      ['/businesses', () => narrow.getByTestId('list-total').waitFor()],
      [`/businesses/${businessId}`, () => narrow.getByTestId('inspection').first().waitFor()],
      [
        `/businesses/${businessId}/inspect`,
        () => narrow.getByRole('button', { name: 'Tất cả đạt' }).waitFor(),
      ],
      ['/businesses/new', () => narrow.getByLabel('Tên cơ sở').waitFor()],
      ['/businesses/statistics', () => narrow.getByTestId('business-totals').waitFor()],
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
    await page.goto(`${server.url}/businesses`);
    await page.getByRole('row', { name: /Karaoke Hoa Hồng/ }).waitFor();
    await snap(page, 'list-1280');
    await page.goto(`${server.url}/businesses/${businessId}`);
    await page.getByTestId('inspection').first().waitFor();
    await page.getByTestId('record-timeline').getByText('Ghi nhận kết quả kiểm tra cơ sở').waitFor();
    await snap(page, 'detail-1280');
    await page.goto(`${server.url}/businesses/${businessId}/inspect`);
    await page.getByRole('button', { name: 'Tất cả đạt' }).waitFor();
    await snap(page, 'inspect-1280');
    await page.goto(`${server.url}/businesses/statistics`);
    await page.getByTestId('business-by-line').getByText('Karaoke').waitFor();
    await snap(page, 'statistics-1280');
    await page.context().close();
  });
});
