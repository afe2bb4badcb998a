import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiUser, readyOfficer } from './api-admin.ts';
import { adminSession } from './api-session.ts';
import { browserAvailable, launch, pageAt, shot, sidewaysOverflow, viewports } from './browser.ts';
import { type RunningServer, startServer } from './server.ts';

const hasBrowser = browserAvailable();
const ADMIN_PASSWORD = 'Quản trị viên tỉnh 2026!';
const SHOTS = '/tmp/pcmt/shots';
const laptop = { width: 1280, height: 800 };

async function snap(page: Page, name: string): Promise<void> {
  await shot(page, `doc-${name}`);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/doc-${name}.png`, fullPage: true });
}

/**
 * The documents register (desk work: no phone quick entry): PC04 records KH 3220/KH-UBND through the form and
 * finds it in the list filtered by year; a ward officer cites it from a hotspot's record on a phone; the
 * document's record lists the hotspot among the records citing it.
 */
describe.runIf(hasBrowser)(
  'documents register: PC04 records a plan, a ward officer cites it from a hotspot',
  () => {
    let server: RunningServer;
    let browser: Browser;
    let pc04: ApiUser;
    let ward: ApiUser;
    let hotspotId = '';
    let documentId = '';

    beforeAll(async () => {
      server = await startServer();
      const token = await adminSession(server.url, server.firstAdminPassword, ADMIN_PASSWORD);
      const admin = await ApiUser.fromSession(server.url, token, ADMIN_PASSWORD);
      const units = await admin.call<{ data: { id: string; name: string; type: string }[] }>('GET', '/units');
      const province = units.data.find((u) => u.type === 'tinh')!;
      const kontum = units.data.find((u) => u.name === 'Phường Kon Tum')!;
      const pc04Agency = await admin.call<{ id: string }>('POST', '/agencies', {
        code: 'PC04-DOCS',
        name: 'Phòng Cảnh sát điều tra tội phạm về ma túy',
        kind: 'drug_police',
        unitIds: [province.id],
      });
      const a = await readyOfficer(admin, {
        username: 'pc04.vanban',
        displayName: 'Lê Thị Hạnh',
        agencyId: pc04Agency.id,
        roles: ['drug_police'],
      });
      pc04 = await ApiUser.signIn(server.url, 'pc04.vanban', a.password, a.recoveryCodes[0]);
      const wardAgency = await admin.call<{ id: string }>('POST', '/agencies', {
        code: 'CAP-KONTUM-DOCS',
        name: 'Công an phường Kon Tum',
        kind: 'commune_police',
        unitIds: [kontum.id],
      });
      const b = await readyOfficer(admin, {
        username: 'kontum.vanban',
        displayName: 'A Thuận',
        agencyId: wardAgency.id,
        roles: ['commune_police'],
      });
      ward = await ApiUser.signIn(server.url, 'kontum.vanban', b.password, b.recoveryCodes[0]);
      const hotspot = await ward.call<{ id: string }>('POST', '/hotspots', {
        name: 'Điểm tổ 5 (mẫu)',
        behaviours: ['group_use'],
        detectedOn: '2026-02-10',
        unitId: kontum.id,
        address: 'Tổ 5',
      });
      hotspotId = hotspot.id;
      browser = await launch();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it('PC04 records KH 3220/KH-UBND with the form and finds it by year and kind in the list', async () => {
      const page = await pageAt(browser, server.url, pc04.sessionToken, laptop);
      await page.goto(`${server.url}/documents/new`);
      await page.getByLabel('Loại văn bản').click();
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option')
        .filter({ hasText: 'Kế hoạch' })
        .click();
      await page.getByLabel('Số, ký hiệu').fill('3220/KH-UBND');
      await page.getByLabel('Cơ quan ban hành').fill('UBND tỉnh Kon Tum');
      const issued = page.getByLabel('Ngày ban hành');
      await issued.click();
      await issued.fill('25/09/2023');
      await issued.press('Enter');
      await page
        .getByLabel('Trích yếu')
        .fill('Về triển khai giải quyết điểm, tụ điểm và chuyển hóa địa bàn trọng điểm, phức tạp về ma túy');
      await snap(page, 'form-1280');
      await page.getByRole('button', { name: 'Lưu văn bản' }).click();
      await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
      documentId = page.url().split('/').pop()!;
      await page.getByRole('heading', { name: 'Kế hoạch 3220/KH-UBND' }).waitFor();
      await page.getByText('25/09/2023').first().waitFor();
      await snap(page, 'detail-1280');

      // A later plan (fictitious) replaces it: the move picks the replacing document from the register.
      await pc04.call('POST', '/documents', {
        kind: 'plan',
        number: '99/KH-UBND',
        issuedOn: '2026-03-02',
        issuer: 'UBND tỉnh Quảng Ngãi',
        summary: 'Kế hoạch thay thế (mẫu)',
      });
      await page.getByRole('button', { name: 'Chuyển hiệu lực' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('Bị thay thế', { exact: true }).click();
      await dialog.getByLabel('Văn bản thay thế').fill('99/KH');
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option')
        .filter({ hasText: '99/KH-UBND' })
        .click();
      await dialog.getByLabel('Lý do').fill('Kế hoạch mới thay thế (mẫu)');
      await snap(page, 'replace-1280');
      await dialog.getByRole('button', { name: 'Chuyển trạng thái' }).click();
      await page.getByRole('link', { name: 'Kế hoạch 99/KH-UBND (UBND tỉnh Quảng Ngãi)' }).waitFor();
      expect(await page.getByText('Bị thay thế', { exact: true }).count()).toBeGreaterThan(0);

      await page.goto(`${server.url}/documents?kind=plan&year=2023`);
      await page.getByTestId('list-total').waitFor();
      await page.getByRole('link', { name: 'Kế hoạch 3220/KH-UBND' }).waitFor();
      await snap(page, 'list-1280');
      await page.context().close();
    });

    it('a ward officer cites it from a hotspot on a phone; the document lists the hotspot as citing it', async () => {
      const page = await pageAt(browser, server.url, ward.sessionToken, viewports.phone);
      await page.goto(`${server.url}/hotspots/${hotspotId}`);
      const card = page.getByTestId('cited-documents');
      await card.getByText('Hồ sơ chưa trích dẫn văn bản nào').waitFor();
      await card.getByLabel('Chọn văn bản').click();
      await card.getByLabel('Chọn văn bản').fill('3220');
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option')
        .filter({ hasText: '3220/KH-UBND' })
        .click();
      await card.getByLabel('Nội dung trích dẫn (không bắt buộc)').fill('Căn cứ mục II.2');
      await card.getByRole('button', { name: 'Trích dẫn' }).click();
      await card.getByRole('link', { name: 'Kế hoạch 3220/KH-UBND' }).waitFor();
      await card.getByText('Căn cứ mục II.2').waitFor();
      expect(await sidewaysOverflow(page)).toBe(0);
      await card.scrollIntoViewIfNeeded();
      await snap(page, 'hotspot-cited-390');

      await card.getByRole('link', { name: 'Kế hoạch 3220/KH-UBND' }).click();
      await page.waitForURL(`${server.url}/documents/${documentId}`);
      const citedBy = page.getByTestId('cited-by');
      await citedBy.getByText('Căn cứ mục II.2').waitFor();
      await citedBy.getByRole('link', { name: 'Mở hồ sơ' }).waitFor();
      expect(await sidewaysOverflow(page)).toBe(0);
      await snap(page, 'detail-390');
      await page.context().close();
    });

    it('fits 360 px without sideways scrolling', async () => {
      const narrow = await pageAt(browser, server.url, pc04.sessionToken, viewports.narrow);
      const overflowing: string[] = [];
      for (const [path, ready] of [
        ['/documents', () => narrow.getByTestId('list-total').waitFor()],
        [`/documents/${documentId}`, () => narrow.getByTestId('cited-by').waitFor()],
        ['/documents/new', () => narrow.getByLabel('Số, ký hiệu').waitFor()],
        [`/documents/${documentId}/edit`, () => narrow.getByLabel('Số, ký hiệu').waitFor()],
      ] as const) {
        await narrow.goto(`${server.url}${path}`);
        await ready();
        const px = await sidewaysOverflow(narrow);
        if (px > 0) overflowing.push(`${path} (+${px} px)`);
        await snap(
          narrow,
          `${path
            .split('/')
            .filter(Boolean)
            .join('-')
            .replace(/[0-9a-f-]{36}/, 'id')}-360`,
        );
      }
      expect(overflowing).toEqual([]);
      await narrow.context().close();
    });
  },
);
