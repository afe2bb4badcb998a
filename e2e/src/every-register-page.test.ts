import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiUser, readyOfficer } from './api-admin.ts';
import { adminSession } from './api-session.ts';
import { browserAvailable, launch, pageAt, shot, sidewaysOverflow, viewports } from './browser.ts';
import { type RunningServer, startServer } from './server.ts';

const hasBrowser = browserAvailable();
const ADMIN_PASSWORD = 'Quản trị viên tỉnh 2026!';

/** What a page must not show once loaded: the crash screen, a 403 for a page the menu offered, a spinner. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached' });
}

/**
 * Every page the side menu offers a province officer who works several registers (PC04, border guard,
 * department), found from the menu itself, so a new register's pages are covered the day they are listed:
 * each opens at 360 px without the crash screen, without a 403, without sideways scrolling; and so does its
 * "new record" form when the list links to one.
 */
describe.runIf(hasBrowser)('every register page the menu offers, on a 360 px phone', () => {
  let server: RunningServer;
  let browser: Browser;
  let session: ApiUser;

  beforeAll(async () => {
    server = await startServer();
    const token = await adminSession(server.url, server.firstAdminPassword, ADMIN_PASSWORD);
    const admin = await ApiUser.fromSession(server.url, token, ADMIN_PASSWORD);
    const units = await admin.call<{ data: { id: string; type: string }[] }>('GET', '/units');
    const province = units.data.find((u) => u.type === 'tinh')!;
    const agency = await admin.call<{ id: string }>('POST', '/agencies', {
      code: 'PC04-PAGES',
      name: 'Phòng Cảnh sát điều tra tội phạm về ma túy',
      kind: 'drug_police',
      unitIds: [province.id],
    });
    const officer = await readyOfficer(admin, {
      username: 'pc04.trang',
      displayName: 'Lê Thị Trang',
      agencyId: agency.id,
      roles: ['drug_police', 'border_guard', 'department'],
    });
    session = await ApiUser.signIn(server.url, 'pc04.trang', officer.password, officer.recoveryCodes[0]);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens each menu page and its new-record form at 360 px', async () => {
    const laptop = await pageAt(browser, server.url, session.sessionToken, viewports.laptop);
    await laptop.goto(`${server.url}/`);
    const menu = laptop.getByRole('navigation', { name: 'Menu chính' });
    await menu.getByRole('link').first().waitFor();
    const hrefs = await menu
      .locator('a[href^="/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const paths = [...new Set(hrefs)].filter((h) => h !== '/');
    // The registers of this officer's roles at least: hotspots, persons, tips, businesses, cases.
    for (const p of ['/hotspots', '/persons', '/tips', '/businesses', '/cases'])
      expect(paths, `menu has ${p}`).toContain(p);
    await laptop.context().close();

    const phone = await pageAt(browser, server.url, session.sessionToken, viewports.narrow);
    const problems: string[] = [];
    let forms = 0;
    /** `optional`: a guessed address (`…/new`) that may not exist or not be this officer's: skipped then. */
    const visit = async (path: string, optional = false) => {
      await phone.goto(`${server.url}${path}`);
      await settled(phone);
      const missing = (await phone.getByText('Không tìm thấy trang').count()) > 0;
      const forbidden = (await phone.getByText('Không có quyền truy cập').count()) > 0;
      if (optional && (missing || forbidden)) return;
      if (optional) forms += 1;
      await shot(phone, `pages-360${path.replaceAll('/', '-')}`);
      if (await phone.getByText('Đã có lỗi xảy ra').count()) problems.push(`${path}: crash screen`);
      if (forbidden) problems.push(`${path}: 403 page`);
      if (missing) problems.push(`${path}: 404 page`);
      const overflow = await sidewaysOverflow(phone);
      if (overflow > 0) problems.push(`${path}: scrolls sideways by ${overflow} px`);
    };
    for (const path of paths) {
      await visit(path);
      await visit(`${path}/new`, true);
    }
    expect(problems).toEqual([]);
    // Forms were found (hotspots, persons, tips, businesses, cases at least), not all skipped.
    expect(forms).toBeGreaterThanOrEqual(5);
  });
});
