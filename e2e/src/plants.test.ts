import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiUser, readyOfficer } from './api-admin.ts';
import { adminSession } from './api-session.ts';
import { browserAvailable, launch, pageAt, shot, sidewaysOverflow, viewports } from './browser.ts';
import { type RunningServer, startServer } from './server.ts';

const hasBrowser = browserAvailable();
const ADMIN_PASSWORD = 'Quản trị viên tỉnh 2026!';
/** A fictitious place ("(mẫu)"). */
const PLACE = 'Vườn sau nhà ông A, tổ 7 (mẫu)';
const laptop = { width: 1280, height: 800 };
const SHOTS = '/tmp/pcmt/shots';

/** The journey's screenshots (test-results, and the review folder of this register's pages). */
async function snap(page: Page, name: string): Promise<void> {
  await shot(page, `plants-${name}`);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/plants-${name}.png`, fullPage: true });
}

describe.runIf(hasBrowser)('narcotic plants: a commune officer records cannabis found, on a phone', () => {
  let server: RunningServer;
  let browser: Browser;
  let session: ApiUser;
  let plantId = '';

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

  it('records the find through the quick entry, destroys it with a biên bản and finds it in the list', async () => {
    const page = await pageAt(browser, server.url, session.sessionToken, viewports.phone);
    await page.goto(`${server.url}/plants`);
    await page.getByRole('link', { name: 'Ghi nhanh tại hiện trường' }).click();
    await page.waitForURL(`${server.url}/plants/quick`);
    await page.getByTestId('quick-species').getByText('Cây cần sa', { exact: true }).click();
    await page.getByLabel('Diện tích (m²)').fill('45,5');
    await page.getByLabel('Số cây').fill('120');
    await page.getByLabel('Địa điểm').fill(PLACE);
    // The officer's only commune is chosen already; the unit that found it is theirs.
    await page.getByText('Phường Kon Tum').first().waitFor();
    expect(await page.getByLabel('Đơn vị, tổ phát hiện').inputValue()).toBe('Công an phường Kon Tum');
    await snap(page, 'quick-390');
    expect(await sidewaysOverflow(page)).toBe(0);
    await page.getByRole('button', { name: 'Ghi nhận', exact: true }).click();

    await page.waitForURL(/\/plants\/[0-9a-f-]{36}$/);
    plantId = page.url().split('/').pop()!;
    const general = page.getByTestId('plant-general');
    await general.getByText('45,5 m² · 120 cây').waitFor();
    await general.getByText('Mới phát hiện').waitFor();

    await page.getByRole('button', { name: 'Triệt phá / chuyển CQĐT' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Biện pháp triệt phá').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: 'Nhổ bỏ' })
      .click();
    await dialog.getByLabel('Lực lượng triệt phá').fill('Công an phường, tổ dân phố 7');
    await dialog.getByLabel('Số biên bản').fill('07/BB-TP');
    await dialog.getByLabel('Kết quả, căn cứ').fill('Nhổ bỏ toàn bộ, đốt tại chỗ');
    await dialog.getByRole('button', { name: 'Chuyển trạng thái' }).click();
    await page.getByTestId('plant-destruction').getByText('07/BB-TP').waitFor();
    await page.getByTestId('plant-general').getByText('Đã triệt phá').first().waitFor();
    await page.getByTestId('record-timeline').getByText('Triệt phá hoặc chuyển cơ quan điều tra').waitFor();
    await snap(page, 'detail-390');
    expect(await sidewaysOverflow(page)).toBe(0);

    await page.goto(`${server.url}/plants?species=cannabis&status=destroyed`);
    await page.getByRole('listitem').filter({ hasText: PLACE }).waitFor();
    await snap(page, 'list-390');
    await page.context().close();
  });

  it('fits 360 px without sideways scrolling, and shows the pages at 1280', async () => {
    const narrow = await pageAt(browser, server.url, session.sessionToken, viewports.narrow);
    const overflowing: string[] = [];
    for (const [path, ready] of [
      ['/plants', () => narrow.getByTestId('list-total').waitFor()],
      [`/plants/${plantId}`, () => narrow.getByTestId('plant-destruction').waitFor()],
      ['/plants/quick', () => narrow.getByTestId('quick-species').waitFor()],
      ['/plants/new', () => narrow.getByLabel('Địa điểm').waitFor()],
      ['/plants/statistics', () => narrow.getByTestId('plant-totals').waitFor()],
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
    await page.goto(`${server.url}/plants`);
    await page.getByRole('row', { name: /Vườn sau nhà ông A/ }).waitFor();
    await snap(page, 'list-1280');
    await page.goto(`${server.url}/plants/${plantId}`);
    await page.getByTestId('plant-destruction').getByText('07/BB-TP').waitFor();
    await snap(page, 'detail-1280');
    await page.goto(`${server.url}/plants/new`);
    await page.getByLabel('Địa điểm').waitFor();
    await snap(page, 'form-1280');
    await page.goto(`${server.url}/plants/statistics`);
    await page.getByTestId('plant-totals').getByText('Số vụ triệt phá').waitFor();
    await snap(page, 'statistics-1280');
    await page.context().close();
  });
});
