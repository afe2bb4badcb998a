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
/** A fictitious case number ("(mẫu)" style: no real file). */
const CASE_NUMBER = '15/2026/VA-PC04 (mẫu)';

/** The calendar day in Việt Nam plus `days`, as YYYY-MM-DD (the server's dates). */
function vnIsoPlus(days: number): string {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' })
    .format(new Date())
    .split('-')
    .map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

async function snap(page: Page, name: string): Promise<void> {
  await shot(page, `cases-${name}`);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/cases-${name}.png`, fullPage: true });
}

/**
 * Picks an option of an antd select opened by its label, with the keyboard: a click on an option could land on a
 * copy that is not shown (CI failed on the second drug-type select: the option resolved in a list that never
 * became visible), while the active option of the open list is what Enter takes.
 */
async function choose(page: Page, label: string, option: string, nth = 0, typed?: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).nth(nth).click();
  // Long lists are virtual: typing narrows them to the option.
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

describe.runIf(hasBrowser)('cases register: a PC04 officer records a case with seizures on a phone', () => {
  let server: RunningServer;
  let browser: Browser;
  let session: ApiUser;
  let campaignId = '';
  let caseId = '';

  beforeAll(async () => {
    server = await startServer();
    const token = await adminSession(server.url, server.firstAdminPassword, ADMIN_PASSWORD);
    const admin = await ApiUser.fromSession(server.url, token, ADMIN_PASSWORD);
    const units = await admin.call<{ data: { id: string; name: string; type: string }[] }>('GET', '/units');
    const province = units.data.find((u) => u.type === 'tinh')!;
    const ward = units.data.find((u) => u.name === 'Phường Kon Tum')!;
    const agency = await admin.call<{ id: string }>('POST', '/agencies', {
      code: 'PC04-CASES',
      name: 'Phòng Cảnh sát điều tra tội phạm về ma túy',
      kind: 'drug_police',
      unitIds: [province.id],
    });
    const officer = await readyOfficer(admin, {
      username: 'pc04.dieutra',
      displayName: 'Hoàng Văn Lực',
      agencyId: agency.id,
      roles: ['drug_police'],
    });
    session = await ApiUser.signIn(server.url, 'pc04.dieutra', officer.password, officer.recoveryCodes[0]);
    const campaign = await session.call<{ id: string }>('POST', '/campaigns', {
      name: 'Đợt cao điểm tấn công trấn áp tội phạm ma túy (mẫu)',
      periodFrom: vnIsoPlus(-10),
      periodTo: vnIsoPlus(20),
      unitId: province.id,
      unitIds: [ward.id],
      targets: [
        { indicator: 'cases_opened', target: 2 },
        { indicator: 'seizure', family: 'mass', drugType: 'meth_crystal', target: 1000 },
        { indicator: 'seizure', family: 'tablets', target: 500 },
      ],
    });
    campaignId = campaign.id;
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('records a case with two seizures on a 390×844 phone: class and per-unit totals; the campaign counts them', async () => {
    const page = await pageAt(browser, server.url, session.sessionToken, viewports.phone);
    await page.goto(`${server.url}/cases/new`);
    await page.getByLabel('Số vụ án').fill(CASE_NUMBER);
    await choose(page, 'Xã, phường', 'Phường Kon Tum', 0, 'Kon Tum');
    await page.getByLabel('Tóm tắt').fill('Bắt quả tang đối tượng mua bán ma túy tại tổ 4.');
    await choose(page, 'Điều', '251 –', 0, '251');
    await choose(page, 'Khoản', '2 ·');
    await page.getByTestId('severity-preview').getByText('Rất nghiêm trọng').waitFor();
    await page.getByRole('button', { name: 'Thêm đối tượng' }).click();
    await page.getByLabel('Họ tên đối tượng').fill('Nguyễn Văn Tâm (mẫu)');

    const seizures = page.getByTestId('case-seizures');
    await seizures.getByRole('button', { name: 'Thêm tang vật' }).click();
    await choose(page, 'Loại ma túy', 'Ma túy đá', 0);
    await page.getByLabel('Số lượng').nth(0).fill('1250');
    await seizures.getByRole('button', { name: 'Thêm tang vật' }).click();
    await choose(page, 'Loại ma túy', 'dạng viên', 1);
    await page.getByLabel('Số lượng').nth(1).fill('200');
    expect(await sidewaysOverflow(page)).toBe(0);
    await snap(page, 'form-390');
    await page.getByRole('button', { name: 'Lưu vụ án' }).click();

    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    caseId = page.url().split('/').pop()!;
    await page.getByTestId('case-severity').getByText('Rất nghiêm trọng').waitFor();
    // Grams and tablets stay two figures (Vietnamese number format).
    const totals = page.getByTestId('seizure-totals');
    await totals.getByText('1.250 g').waitFor();
    await totals.getByText('200 viên').waitFor();
    await snap(page, 'detail-390');
    expect(await sidewaysOverflow(page)).toBe(0);

    await page.goto(`${server.url}/campaigns/${campaignId}`);
    const byUnit = page.getByTestId('campaign-by-unit');
    await byUnit.getByText('Phường Kon Tum').first().waitFor();
    await byUnit.getByText('1.250 g').first().waitFor();
    await page.getByTestId('campaign-targets').getByText('200 viên').waitFor();
    await snap(page, 'campaign-390');
    expect(await sidewaysOverflow(page)).toBe(0);
    await page.context().close();
  });

  it('fits 360 px without sideways scrolling, and shows the record and the results at 1280', async () => {
    const narrow = await pageAt(browser, server.url, session.sessionToken, viewports.narrow);
    const overflowing: string[] = [];
    for (const [path, ready] of [
      ['/cases', () => narrow.getByTestId('list-total').waitFor()],
      [`/cases/${caseId}`, () => narrow.getByTestId('seizure-totals').waitFor()],
      ['/cases/new', () => narrow.getByLabel('Số vụ án').waitFor()],
      ['/campaigns', () => narrow.getByTestId('list-total').waitFor()],
      [
        `/campaigns/${campaignId}`,
        () => narrow.getByTestId('campaign-by-unit').getByText('Phường Kon Tum').first().waitFor(),
      ],
      ['/campaigns/new', () => narrow.getByLabel('Tên đợt cao điểm').waitFor()],
      ['/projects', () => narrow.getByText('Chưa có chuyên án nào').first().waitFor()],
      ['/projects/new', () => narrow.getByLabel('Tên chuyên án').waitFor()],
    ] as const) {
      await narrow.goto(`${server.url}${path}`);
      await ready();
      const px = await sidewaysOverflow(narrow);
      if (px > 0) overflowing.push(`${path} (+${px} px)`);
    }
    expect(overflowing).toEqual([]);
    await narrow.context().close();

    const page = await pageAt(browser, server.url, session.sessionToken, laptop);
    await page.goto(`${server.url}/cases/${caseId}`);
    await page.getByTestId('seizure-totals').getByText('200 viên').waitFor();
    await page.getByTestId('record-timeline').getByText('Ghi nhận vụ án').first().waitFor();
    await snap(page, 'detail-1280');
    await page.goto(`${server.url}/campaigns/${campaignId}`);
    await page.getByTestId('campaign-by-unit').getByText('Phường Kon Tum').first().waitFor();
    await snap(page, 'campaign-1280');
    await page.goto(`${server.url}/cases`);
    await page.getByRole('row', { name: new RegExp(CASE_NUMBER.slice(0, 10)) }).waitFor();
    await snap(page, 'list-1280');
    await page.context().close();
  });
});
