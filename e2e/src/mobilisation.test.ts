import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiUser, readyOfficer } from './api-admin.ts';
import { adminSession } from './api-session.ts';
import { browserAvailable, launch, pageAt, shot, sidewaysOverflow, viewports } from './browser.ts';
import { type RunningServer, startServer } from './server.ts';

const hasBrowser = browserAvailable();
const ADMIN_PASSWORD = 'Quản trị viên tỉnh 2026!';
/** Fictitious persons and models ("(mẫu)"). */
const ELDER = 'A Thút (mẫu)';
const MODEL = 'Làng Plei Đôn không có ma túy (mẫu)';
const laptop = { width: 1280, height: 800 };
const SHOTS = '/tmp/pcmt/shots';

async function snap(page: Page, name: string): Promise<void> {
  await shot(page, `mob-${name}`);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/mob-${name}.png`, fullPage: true });
}

/** Opens the select labelled `label`, types `text` and takes the list's active option with Enter. */
async function choose(page: Page, label: string, text: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.keyboard.type(text);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: text })
    .first()
    .waitFor();
  await page.keyboard.press('Enter');
}

describe.runIf(hasBrowser)(
  'prestigious persons and models: a commune committee officer in the village, on a phone',
  () => {
    let server: RunningServer;
    let browser: Browser;
    let session: ApiUser;
    let personId = '';
    let modelId = '';

    beforeAll(async () => {
      server = await startServer();
      const token = await adminSession(server.url, server.firstAdminPassword, ADMIN_PASSWORD);
      const admin = await ApiUser.fromSession(server.url, token, ADMIN_PASSWORD);
      const units = await admin.call<{ data: { id: string; name: string }[] }>('GET', '/units');
      const ward = units.data.find((u) => u.name === 'Phường Kon Tum')!;
      const agency = await admin.call<{ id: string }>('POST', '/agencies', {
        code: 'UBND-KONTUM',
        name: 'UBND phường Kon Tum',
        kind: 'ubnd',
        unitIds: [ward.id],
      });
      const officer = await readyOfficer(admin, {
        username: 'kontum.ubnd',
        displayName: 'Võ Thị Hằng',
        agencyId: agency.id,
        roles: ['commune_committee'],
      });
      session = await ApiUser.signIn(server.url, 'kontum.ubnd', officer.password, officer.recoveryCodes[0]);
      browser = await launch();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it('records a village elder, then an engagement through the quick entry, and finds both', async () => {
      const page = await pageAt(browser, server.url, session.sessionToken, viewports.phone);
      await page.goto(`${server.url}/prestigious-persons/new`);
      await page.getByLabel('Họ và tên').fill(ELDER);
      await choose(page, 'Vai trò', 'Già làng');
      await choose(page, 'Dân tộc', 'Ba Na');
      await page.getByRole('textbox', { name: 'Thôn, làng' }).fill('Làng Plei Đôn');
      await page.getByLabel('Số điện thoại').fill('0987 654 321');
      // The officer's only commune is chosen already.
      await page.getByText('Phường Kon Tum').first().waitFor();
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      await page.waitForURL(/\/prestigious-persons\/[0-9a-f-]{36}$/);
      personId = page.url().split('/').pop()!;
      await page.getByRole('heading', { name: ELDER }).waitFor();
      // The record read shows the phone in full.
      await page.getByText('0987654321').first().waitFor();

      await page.getByRole('button', { name: 'Ghi hoạt động' }).click();
      await page.waitForURL(`${server.url}/prestigious-persons/engage?personId=${personId}`);
      await page.getByText('Già làng · Làng Plei Đôn').waitFor();
      await page.getByText('Vận động người nghiện cai nghiện', { exact: true }).click();
      await page.getByLabel('Số người được vận động').fill('2');
      await page.getByLabel('Nội dung').fill('Vận động hai thanh niên trong làng đi cai nghiện tự nguyện.');
      await snap(page, 'engage-390');
      expect(await sidewaysOverflow(page)).toBe(0);
      await page.getByRole('button', { name: 'Lưu hoạt động' }).click();

      await page.waitForURL(`${server.url}/prestigious-persons/${personId}`);
      const engagement = page.getByTestId('engagement').first();
      await engagement.getByText('Vận động người nghiện cai nghiện').waitFor();
      await engagement.getByText('2 người được vận động').waitFor();
      await snap(page, 'person-390');
      expect(await sidewaysOverflow(page)).toBe(0);

      // The list masks the phone; the role filter is in the URL.
      await page.goto(`${server.url}/prestigious-persons?role=village_elder`);
      const card = page.getByRole('listitem').filter({ hasText: ELDER });
      await card.getByText('098*****21').waitFor();
      await snap(page, 'persons-390');
      await page.context().close();
    });

    it('records a model and a result, and counts it', async () => {
      const page = await pageAt(browser, server.url, session.sessionToken, viewports.phone);
      await page.goto(`${server.url}/models/new`);
      await page.getByLabel('Tên mô hình').fill(MODEL);
      await choose(page, 'Loại mô hình', 'Thôn, làng');
      await page.getByLabel('Cơ quan chủ trì').fill('Ban Công tác Mặt trận làng');
      await page.getByText('Phường Kon Tum').first().waitFor();
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      await page.waitForURL(/\/models\/[0-9a-f-]{36}$/);
      modelId = page.url().split('/').pop()!;
      await page.getByRole('button', { name: 'Ghi kết quả' }).click();
      await page.waitForURL(`${server.url}/models/${modelId}/report`);
      await page.getByLabel('Nội dung').fill('Sinh hoạt định kỳ tại nhà rông.');
      await page.getByLabel('Số buổi sinh hoạt, hoạt động').fill('3');
      await page.getByLabel('Số lượt người tham gia').fill('150');
      expect(await sidewaysOverflow(page)).toBe(0);
      await snap(page, 'report-390');
      await page.getByRole('button', { name: 'Lưu kết quả' }).click();
      await page.waitForURL(`${server.url}/models/${modelId}`);
      await page.getByTestId('model-result').first().getByText('3 buổi · 150 lượt người').waitFor();
      await snap(page, 'model-390');

      await page.goto(`${server.url}/models?status=active`);
      await page.getByRole('listitem').filter({ hasText: MODEL }).waitFor();
      await page.goto(`${server.url}/models/statistics`);
      await page.getByTestId('stats-row').filter({ hasText: 'Phường Kon Tum' }).getByText('150').waitFor();
      await page.context().close();
    });

    it('fits 360 px without sideways scrolling, and shows the pages at 1280', async () => {
      const narrow = await pageAt(browser, server.url, session.sessionToken, viewports.narrow);
      const overflowing: string[] = [];
      for (const [path, ready] of [
        ['/prestigious-persons', () => narrow.getByTestId('list-total').waitFor()],
        [`/prestigious-persons/${personId}`, () => narrow.getByTestId('engagement').first().waitFor()],
        [
          '/prestigious-persons/engage',
          () => narrow.getByRole('button', { name: 'Lưu hoạt động' }).waitFor(),
        ],
        ['/prestigious-persons/new', () => narrow.getByLabel('Họ và tên').waitFor()],
        ['/prestigious-persons/statistics', () => narrow.getByTestId('stats-totals').waitFor()],
        ['/models', () => narrow.getByTestId('list-total').waitFor()],
        [`/models/${modelId}`, () => narrow.getByTestId('model-result').first().waitFor()],
        [`/models/${modelId}/report`, () => narrow.getByRole('button', { name: 'Lưu kết quả' }).waitFor()],
        ['/models/new', () => narrow.getByLabel('Tên mô hình').waitFor()],
        ['/models/statistics', () => narrow.getByTestId('stats-totals').waitFor()],
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
      await page.goto(`${server.url}/prestigious-persons`);
      await page.getByRole('row', { name: /A Thút/ }).waitFor();
      await snap(page, 'persons-1280');
      await page.goto(`${server.url}/prestigious-persons/${personId}`);
      await page.getByTestId('record-timeline').getByText('Ghi nhận hoạt động của người có uy tín').waitFor();
      await snap(page, 'person-1280');
      await page.goto(`${server.url}/prestigious-persons/engage`);
      await page.getByRole('button', { name: 'Lưu hoạt động' }).waitFor();
      await snap(page, 'engage-1280');
      await page.goto(`${server.url}/models/${modelId}`);
      await page.getByTestId('model-result').first().waitFor();
      await snap(page, 'model-1280');
      await page.goto(`${server.url}/prestigious-persons/statistics`);
      await page.getByTestId('stats-by-kind').waitFor();
      await snap(page, 'person-stats-1280');
      await page.context().close();
    });
  },
);
