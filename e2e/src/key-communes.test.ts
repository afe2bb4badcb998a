import type { Browser, Locator, Page } from 'playwright-core';
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
const PROGRAMME = 'Chuyển hóa địa bàn phường Kon Tum giai đoạn 1';
const OVERDUE_TASK = 'Rà soát, lập danh sách người sử dụng trái phép chất ma túy tại các tổ dân phố';
const OPEN_TASK = 'Kiểm tra các cơ sở kinh doanh karaoke, nhà nghỉ trên địa bàn phường';
const CHAIRMAN = 'Nguyễn Thị Hoa';

/** Dates as the server counts them: the calendar day in Việt Nam, `n` days from today. */
const vnDay = (n = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(
    new Date(Date.now() + n * 86_400_000),
  );
const vnDate = (iso: string) => iso.split('-').reverse().join('/');
/** The eve of the same day 12 months later (the programme's default period). */
function yearAfter(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y + 1, m, 0)).getUTCDate();
  const t = Date.UTC(y + 1, m - 1, Math.min(d, last)) - 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** A small JPEG made by the browser itself (a canvas), as a phone camera would hand one over. */
async function jpeg(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate<string>(`(() => {
    const c = document.createElement('canvas');
    c.width = 64;
    c.height = 48;
    const g = c.getContext('2d');
    g.fillStyle = '#3e6b7a';
    g.fillRect(0, 0, 64, 48);
    g.fillStyle = '#f0e0b0';
    g.fillRect(10, 10, 30, 20);
    return c.toDataURL('image/jpeg', 0.8);
  })()`);
  return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
}

/**
 * Picks `iso` in the open date picker popup, as a user would: month by month with the header's arrows, then
 * the day (the inputs are read-only, so phones get the calendar and not the keyboard).
 */
async function pickInPopup(page: Page, iso: string): Promise<void> {
  const popup = page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').last();
  await popup.waitFor();
  for (let i = 0; i < 36; i++) {
    const cell = popup.locator(`td.ant-picker-cell-in-view[title="${iso}"]`);
    if ((await cell.count()) > 0) {
      await cell.first().click();
      return;
    }
    const shown = await popup.locator('td.ant-picker-cell-in-view').first().getAttribute('title');
    // A range picker draws two months: the arrows shown are the left one's "back" and the right one's "next".
    await popup
      .locator(
        shown && shown > iso ? '.ant-picker-header-prev-btn:visible' : '.ant-picker-header-next-btn:visible',
      )
      .first()
      .click();
  }
  throw new Error(`date ${iso} not reached in the picker`);
}

async function pickDate(page: Page, input: Locator, iso: string): Promise<void> {
  // The previous picker's popup stays visible while it closes (its leave animation): taken for this one, it got
  // this date (CI, 30/11/2026). Open the next one only once none is shown.
  await expect
    .poll(() => page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').count(), {
      timeout: E2E_WAIT_MS,
    })
    .toBe(0);
  await input.click();
  await pickInPopup(page, iso);
}

/** Picks an agency in the server-searched agency picker. */
async function pickAgency(page: Page, input: Locator, search: string, option: string): Promise<void> {
  await input.click();
  await input.fill(search);
  await page
    .locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`)
    .first()
    .click();
}

describe.runIf(hasBrowser)(
  'key communes: designation, programme, tasks, progress on a phone, evaluation, scorecard',
  () => {
    let server: RunningServer;
    let browser: Browser;
    let admin: ApiUser;
    let pc04: { password: string; recoveryCodes: string[] };
    let officer: { password: string; recoveryCodes: string[] };
    let wardId = '';
    let keyAreaId = '';
    let programmeId = '';
    let overdueTaskId = '';
    let openTaskId = '';
    const start = vnDay(-60);

    beforeAll(async () => {
      server = await startServer();
      const token = await adminSession(server.url, server.firstAdminPassword, ADMIN_PASSWORD);
      admin = await ApiUser.fromSession(server.url, token, ADMIN_PASSWORD);
      const units = await admin.call<{ data: { id: string; name: string; type: string }[] }>('GET', '/units');
      const ward = units.data.find((u) => u.name === 'Phường Kon Tum')!;
      const province = units.data.find((u) => u.type === 'tinh')!;
      wardId = ward.id;
      const agency = (code: string, name: string, kind: string, unitId: string) =>
        admin.call<{ id: string }>('POST', '/agencies', { code, name, kind, unitIds: [unitId] });
      const drugPolice = await agency(
        'PC04-QNG',
        'Phòng PC04 — Công an tỉnh Quảng Ngãi',
        'drug_police',
        province.id,
      );
      const police = await agency('CAP-KONTUM', 'Công an phường Kon Tum', 'commune_police', ward.id);
      const committee = await agency('UBND-KONTUM', 'UBND phường Kon Tum', 'ubnd', ward.id);
      pc04 = await readyOfficer(admin, {
        username: 'pc04.thuongtruc',
        displayName: 'Đinh Văn Thường',
        agencyId: drugPolice.id,
        roles: ['drug_police'],
      });
      officer = await readyOfficer(admin, {
        username: 'kontum.canbo',
        displayName: 'Y Blốk',
        agencyId: police.id,
        roles: ['commune_police'],
      });
      // The heads who answer for each agency's tasks: the ward police chief and the ward chairman.
      await readyOfficer(admin, {
        username: 'kontum.truongca',
        displayName: 'A Thuận',
        agencyId: police.id,
        roles: ['commune_police_chief'],
      });
      await readyOfficer(admin, {
        username: 'kontum.chutich',
        displayName: CHAIRMAN,
        agencyId: committee.id,
        roles: ['commune_committee'],
      });
      // The ward's recorded figures of the year and its classification today (set up over the API: PC04's desk
      // work before the journey; the pages for it are checked at the end).
      const api = await ApiUser.signIn(server.url, 'pc04.thuongtruc', pc04.password, pc04.recoveryCodes[0]);
      const yearStart = `${vnDay().slice(0, 4)}-01-01`;
      await api.call('POST', '/areas/indicators', {
        unitId: ward.id,
        periodFrom: yearStart > '2025-07-01' ? yearStart : '2025-07-01',
        periodTo: vnDay(),
        population: 10_000,
        personsWithRecords: 80,
        addicts: 60,
        drugUseVenueCount: 3,
        arrestedOffenders: 15,
        plantCount: 0,
        plantAreaM2: 0,
        onKeyRoute: true,
        sourceNote: 'Báo cáo của Công an phường Kon Tum',
      });
      await api.call('POST', '/areas/classifications', { on: vnDay(), unitId: ward.id });
      browser = await launch();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    const pc04Page = async (viewport: { width: number; height: number }, code = 1) => {
      const session = await ApiUser.signIn(
        server.url,
        'pc04.thuongtruc',
        pc04.password,
        pc04.recoveryCodes[code],
      );
      return pageAt(browser, server.url, session.sessionToken, viewport);
    };

    it('PC04 designates the ward from its commune page, on its class I classification', async () => {
      const page = await pc04Page(viewports.laptop, 1);
      await page.goto(`${server.url}/communes/${wardId}`);
      await page.getByRole('heading', { name: 'Phường Kon Tum' }).waitFor();
      await page
        .getByTestId('commune-why')
        .getByText(/^Loại I theo QĐ 28\/2025\/QĐ-TTg/)
        .waitFor();
      await shot(page, 'laptop-commune-before');
      await page
        .getByTestId('commune-designation')
        .getByRole('button', { name: 'Chỉ định địa bàn trọng điểm' })
        .click();
      await page.waitForURL(/\/key-areas\/new\?/);
      // Commune and basis come preset from the commune page.
      await page.getByText(/^Loại I — xếp loại ngày/).waitFor();
      await page.getByLabel('Số quyết định', { exact: true }).fill('125/QĐ-UBND');
      await page.getByLabel('Cơ quan ban hành').fill('Chủ tịch UBND tỉnh Quảng Ngãi');
      await page.getByRole('button', { name: 'Lưu quyết định' }).click();
      await page.waitForURL(/\/key-areas\/[0-9a-f-]{36}$/);
      keyAreaId = page.url().split('/').at(-1)!;
      await page.getByRole('heading', { name: 'Phường Kon Tum' }).waitFor();
      await page.getByText('Đang là địa bàn trọng điểm').first().waitFor();
      await page.getByTestId('record-timeline').getByText('Chỉ định địa bàn trọng điểm, phức tạp').waitFor();
      await shot(page, 'laptop-key-area');
      await page.context().close();
    });

    it('PC04 draws up its programme with a baseline and a committee, approves it and assigns tasks to two agencies', async () => {
      const page = await pc04Page(viewports.laptop, 2);
      await page.goto(`${server.url}/communes/${wardId}`);
      await page
        .getByTestId('commune-programme')
        .getByRole('button', { name: 'Lập chương trình chuyển hóa' })
        .click();
      await page.waitForURL(/\/programmes\/new\?/);
      await page.getByLabel('Tên chương trình').fill(PROGRAMME);
      // The period is 12 months unless changed; this programme started 60 days ago.
      expect(await page.getByPlaceholder('Đến ngày').inputValue()).toBe(vnDate(yearAfter(vnDay())));
      await page.getByPlaceholder('Từ ngày').click();
      await pickInPopup(page, start);
      await pickInPopup(page, yearAfter(start));
      expect(await page.getByPlaceholder('Từ ngày').inputValue()).toBe(vnDate(start));
      await page.getByLabel('Số quyết định phê duyệt').fill('85/QĐ-UBND');
      await page.getByLabel('Cơ quan ban hành').fill('UBND phường Kon Tum');
      await page.getByLabel('Dân số thường trú').fill('10000');
      await page.getByLabel('Người nghiện, người sử dụng có hồ sơ quản lý').fill('80');
      await page.getByLabel('Địa điểm tổ chức, chứa chấp sử dụng trái phép chất ma túy').fill('3');
      await page.getByRole('button', { name: 'Thêm thành viên' }).click();
      await page.getByLabel('Họ và tên').fill(CHAIRMAN);
      await page.getByLabel('Chức vụ').fill('Chủ tịch UBND phường');
      await page.getByLabel('Cơ quan, tổ chức').fill('UBND phường Kon Tum');
      await page.getByLabel('Vai trò trong ban').click();
      await page.locator('.ant-select-dropdown:visible [title="Trưởng ban"]').click();
      await shot(page, 'laptop-programme-form');
      await page.getByRole('button', { name: 'Lưu chương trình' }).click();
      await page.waitForURL(/\/programmes\/[0-9a-f-]{36}$/);
      programmeId = page.url().split('/').at(-1)!;
      await page.getByRole('heading', { name: PROGRAMME }).waitFor();
      await page
        .getByTestId('indicators-entered')
        .getByText('Nhập khi lập chương trình', { exact: false })
        .waitFor();
      await page.getByTestId('programme-members').getByText(CHAIRMAN).waitFor();

      const title = page.locator('h2', { hasText: PROGRAMME }).locator('..');
      const move = async (to: string, reason: string) => {
        await page.getByRole('button', { name: 'Chuyển trạng thái' }).click();
        const dialog = page.getByRole('dialog', { name: 'Chuyển trạng thái chương trình' });
        await dialog.getByRole('radio', { name: to }).check();
        await dialog.getByLabel('Lý do, căn cứ').fill(reason);
        await dialog.getByRole('button', { name: 'Chuyển trạng thái' }).click();
        await dialog.waitFor({ state: 'hidden' });
        await title.getByText(to, { exact: true }).waitFor();
      };
      await move('Đã phê duyệt', 'Quyết định 85/QĐ-UBND phê duyệt kế hoạch chuyển hóa');
      await move('Đang thực hiện', 'Lễ phát động chuyển hóa địa bàn');

      // Two plan items, two agencies: one given 50 days ago with a deadline already past (it becomes overdue).
      await page.getByRole('button', { name: 'Giao nhiệm vụ theo kế hoạch' }).click();
      const dialog = page.getByRole('dialog', { name: 'Giao nhiệm vụ theo kế hoạch' });
      const item = (n: number) => dialog.locator('.ant-card', { hasText: `Hạng mục ${n}` });
      await item(1).getByLabel('Nội dung nhiệm vụ').fill(OVERDUE_TASK);
      await pickAgency(
        page,
        item(1).getByLabel('Cơ quan được giao'),
        'UBND',
        'UBND phường Kon Tum (UBND-KONTUM)',
      );
      await pickDate(page, item(1).getByLabel('Ngày giao'), vnDay(-50));
      await pickDate(page, item(1).getByLabel('Hạn hoàn thành'), vnDay(-10));
      await dialog.getByRole('button', { name: 'Thêm hạng mục' }).click();
      await item(2).getByLabel('Nội dung nhiệm vụ').fill(OPEN_TASK);
      await pickAgency(
        page,
        item(2).getByLabel('Cơ quan được giao'),
        'Công an phường',
        'Công an phường Kon Tum (CAP-KONTUM)',
      );
      await pickDate(page, item(2).getByLabel('Hạn hoàn thành'), vnDay(30));
      await shot(page, 'laptop-programme-plan');
      await dialog.getByRole('button', { name: 'Giao nhiệm vụ', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });
      const plan = page.getByTestId('programme-plan');
      await plan.getByRole('link', { name: OVERDUE_TASK }).waitFor();
      await plan.getByRole('link', { name: OPEN_TASK }).waitFor();
      await plan.locator('[data-overdue="true"]').first().waitFor();
      overdueTaskId = (await plan.getByRole('link', { name: OVERDUE_TASK }).getAttribute('href'))!
        .split('/')
        .at(-1)!;
      openTaskId = (await plan.getByRole('link', { name: OPEN_TASK }).getAttribute('href'))!
        .split('/')
        .at(-1)!;
      await shot(page, 'laptop-programme');
      await page.context().close();
    });

    it('a commune officer reports progress with a photo on a 390×844 phone', async () => {
      const session = await ApiUser.signIn(
        server.url,
        'kontum.canbo',
        officer.password,
        officer.recoveryCodes[0],
      );
      const page = await pageAt(browser, server.url, session.sessionToken, viewports.phone);
      await page.goto(`${server.url}/tasks`);
      await page.getByRole('button', { name: 'Việc của cơ quan tôi' }).click();
      await page.waitForURL(/assigneeAgencyId=/);
      await page.getByRole('listitem').getByText(OPEN_TASK).click();
      await page.waitForURL(`${server.url}/tasks/${openTaskId}`);
      const report = page.getByTestId('task-report');
      await report.getByLabel('Nội dung báo cáo').fill('Đã kiểm tra 4/7 cơ sở, lập biên bản 1 cơ sở vi phạm');
      await report.getByLabel('Tỷ lệ hoàn thành (%)').fill('60');
      await page.getByTestId('task-proof-input').setInputFiles({
        name: 'biên bản kiểm tra.jpg',
        mimeType: 'image/jpeg',
        buffer: await jpeg(page),
      });
      await page.getByTestId('task-proofs').getByText('biên bản kiểm tra', { exact: false }).waitFor();
      await report.getByRole('button', { name: 'Gửi báo cáo' }).click();
      const updates = page.getByTestId('task-updates');
      await updates.getByText('Đã kiểm tra 4/7 cơ sở, lập biên bản 1 cơ sở vi phạm').waitFor();
      await updates.getByText('60 %').first().waitFor();
      await updates.getByRole('link', { name: /Tệp minh chứng 1/ }).waitFor();
      await shot(page, 'phone-task-progress');
      expect(await sidewaysOverflow(page)).toBe(0);
      await page.context().close();
    });

    it('PC04 evaluates the programme đạt against the checklist, with evidence and a file', async () => {
      const page = await pc04Page(viewports.laptop, 3);
      await page.goto(`${server.url}/programmes/${programmeId}`);
      await page.getByRole('heading', { name: PROGRAMME }).waitFor();
      await page.getByRole('button', { name: 'Chuyển trạng thái' }).click();
      const moveDialog = page.getByRole('dialog', { name: 'Chuyển trạng thái chương trình' });
      await moveDialog.getByRole('radio', { name: 'Đang đánh giá' }).check();
      await moveDialog.getByLabel('Lý do, căn cứ').fill('Đoàn công tác tỉnh kiểm tra, đánh giá kết quả');
      await moveDialog.getByRole('button', { name: 'Chuyển trạng thái' }).click();
      await moveDialog.waitFor({ state: 'hidden' });

      await page.getByRole('button', { name: 'Đánh giá theo bộ tiêu chí' }).click();
      const dialog = page.getByRole('dialog', { name: 'Đánh giá theo bộ tiêu chí' });
      const criteria = dialog.locator('.ant-card[data-testid^="criterion-"]');
      const n = await criteria.count();
      expect(n).toBeGreaterThan(0);
      for (let i = 0; i < n; i++) {
        const card = criteria.nth(i);
        await card.getByRole('radio', { name: 'Đạt', exact: true }).check();
        await card
          .getByLabel('Minh chứng', { exact: true })
          .fill(`Biên bản kiểm tra của Đoàn công tác tỉnh, mục ${i + 1}`);
      }
      const first = criteria.first();
      const id = (await first.getAttribute('data-testid'))!.slice('criterion-'.length);
      await dialog.getByTestId(`criterion-file-${id}`).setInputFiles({
        name: 'biên bản đánh giá.jpg',
        mimeType: 'image/jpeg',
        buffer: await jpeg(page),
      });
      await first.getByText('Đã đính kèm: biên bản đánh giá', { exact: false }).waitFor();
      await shot(page, 'laptop-programme-evaluation');
      await dialog.getByRole('button', { name: 'Ghi kết quả đánh giá' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const title = page.locator('h2', { hasText: PROGRAMME }).locator('..');
      await title.getByText('Đạt (đang theo dõi)', { exact: true }).waitFor();
      const evaluation = page.getByTestId('programme-evaluation');
      await evaluation.getByTestId('evaluation-result').getByText('Đạt').waitFor();
      await evaluation
        .getByText('Biên bản kiểm tra của Đoàn công tác tỉnh, mục 1', { exact: false })
        .first()
        .waitFor();
      await evaluation.getByRole('link', { name: 'Tệp minh chứng' }).first().waitFor();
      await shot(page, 'laptop-programme-evaluated');
      await page.context().close();
    });

    it('the scorecard shows the overdue task against the chairman of UBND phường Kon Tum, and opens it', async () => {
      const page = await pc04Page(viewports.laptop, 4);
      // A period around the programme's tasks: the overdue one (deadline passed) and the open one (deadline ahead).
      await page.goto(`${server.url}/scorecards?by=agency&from=${start}&to=${vnDay(60)}`);
      const row = page.locator('tr[data-subject="UBND phường Kon Tum"]');
      await row.getByText(`Người đứng đầu: ${CHAIRMAN}`).waitFor();
      const overdue = row.getByRole('link', { name: 'Quá hạn: 1' });
      await overdue.waitFor();
      // The ward police answer for no overdue work.
      const police = page.locator('tr[data-subject="Công an phường Kon Tum"]');
      await police.getByText('Người đứng đầu: A Thuận').waitFor();
      await police.getByRole('link', { name: 'Còn hạn: 1' }).waitFor();
      expect(await police.getByRole('link', { name: /^Quá hạn:/ }).count()).toBe(0);
      expect(await row.getByText('A Thuận').count()).toBe(0);
      await shot(page, 'laptop-scorecard');
      await overdue.click();
      await page.waitForURL(/\/tasks\?.*overdue=true/);
      await page.getByRole('link', { name: OVERDUE_TASK }).click();
      await page.waitForURL(`${server.url}/tasks/${overdueTaskId}`);
      const flag = page.getByTestId('task-overdue');
      await flag.getByText(`Đã báo cho lãnh đạo cơ quan được giao: ${CHAIRMAN}`).waitFor();
      await shot(page, 'laptop-task-overdue');
      await page.context().close();
    });

    it('every key-communes page on a phone and a laptop, none scrolling sideways at 360 px', async () => {
      const pages: [string, string, (p: Page) => Promise<unknown>][] = [
        ['areas', '/areas', (p) => p.locator('[data-testid="area-map"][data-ready="true"]').waitFor()],
        ['commune', `/communes/${wardId}`, (p) => p.getByTestId('commune-why').waitFor()],
        ['key-areas', '/key-areas', (p) => p.getByTestId('list-total').getByText('Tổng số 1').waitFor()],
        ['key-area', `/key-areas/${keyAreaId}`, (p) => p.getByTestId('record-timeline').waitFor()],
        ['key-area-new', '/key-areas/new', (p) => p.getByLabel('Số quyết định', { exact: true }).waitFor()],
        [
          'figures',
          '/key-areas/figures',
          (p) => p.getByTestId('list-total').getByText('Tổng số 1').waitFor(),
        ],
        [
          'classifications',
          '/key-areas/classifications',
          (p) => p.getByTestId('list-total').getByText('Tổng số 1').waitFor(),
        ],
        ['programmes', '/programmes', (p) => p.getByTestId('list-total').getByText('Tổng số 1').waitFor()],
        ['programme', `/programmes/${programmeId}`, (p) => p.getByTestId('record-timeline').waitFor()],
        ['programme-new', '/programmes/new', (p) => p.getByLabel('Tên chương trình').waitFor()],
        ['tasks', '/tasks', (p) => p.getByTestId('list-total').getByText('Tổng số 2').waitFor()],
        ['task', `/tasks/${overdueTaskId}`, (p) => p.getByTestId('task-overdue').waitFor()],
        ['task-new', '/tasks/new', (p) => p.getByLabel('Nội dung nhiệm vụ').waitFor()],
        ['scorecards', '/scorecards', (p) => p.getByTestId('scorecard').waitFor()],
      ];
      let code = 5;
      for (const [size, viewport] of [
        ['laptop', viewports.laptop],
        ['phone', viewports.phone],
        ['narrow', viewports.narrow],
      ] as const) {
        const page = await pc04Page(viewport, code++);
        const overflowing: string[] = [];
        for (const [name, path, ready] of pages) {
          await page.goto(`${server.url}${path}`);
          await ready(page);
          if (size !== 'narrow') await shot(page, `${size}-kc-${name}`);
          const px = await sidewaysOverflow(page);
          if (px > 0) overflowing.push(`${path} (+${px} px)`);
        }
        expect(overflowing, size).toEqual([]);
        await page.context().close();
      }
    });
  },
);
