import { mkdirSync, readFileSync } from 'node:fs';
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
const XSS = '<script>alert(1)</script>';
const TIP = `Có người bán ma túy ở quán nước đầu hẻm 12, tối thứ Bảy nào cũng có xe máy đến lấy hàng. ${XSS}`;
const REPLY = 'Cảm ơn bạn. Chúng tôi đang xác minh; nếu biết thêm giờ bán, xin nhắn lại qua trang này.';
const POSTER_PLACE = 'Chợ trung tâm phường Kon Tum';
/** A 48×32 JPEG (made with sharp): the photo the visitor attaches. */
const JPEG = Buffer.from(
  '/9j/2wBDAA0JCgsKCA0LCgsODg0PEyAVExISEyccHhcgLikxMC4pLSwzOko+MzZGNywtQFdBRkxOUlNSMj5aYVpQYEpRUk//2wBDAQ4ODhMREyYVFSZPNS01T09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT0//wAARCAAgADADASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAX/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFgEBAQEAAAAAAAAAAAAAAAAAAAUG/8QAFBEBAAAAAAAAAAAAAAAAAAAAAP/aAAwDAQACEQMRAD8AnAJjUgAAAAAAAAAP/9k=',
  'base64',
);

/** The journey's screenshots (test-results, and the review folder of this register's pages). */
async function tips(page: Page, name: string): Promise<void> {
  await shot(page, `tips-${name}`);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/tips-${name}.png`, fullPage: true });
}

/** Fails the journey if any script of a tip's text ever runs (an `alert` would open a dialog). */
function watchForDialogs(page: Page, seen: string[]): void {
  page.on('dialog', (d) => {
    seen.push(d.message());
    void d.dismiss();
  });
}

/** Submits the portal form already filled in, and returns the receipt code as shown. */
async function sendAndReadReceipt(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Gửi tin' }).click();
  const code = page.getByTestId('receipt-code');
  await code.waitFor();
  // biome-ignore lint/performance/useDomNodeTextContent: the code as on screen.
  return (await code.innerText()).trim();
}

describe.runIf(hasBrowser)(
  'crime tips: a visitor reports on a phone, an officer triages and replies, the visitor reads the reply',
  () => {
    let server: RunningServer;
    let browser: Browser;
    let officer: { password: string; recoveryCodes: string[] };
    let ward: { id: string; code: string; name: string };
    let receipt = '';
    let tipId = '';
    const dialogs: string[] = [];

    beforeAll(async () => {
      server = await startServer();
      const token = await adminSession(server.url, server.firstAdminPassword, ADMIN_PASSWORD);
      const admin = await ApiUser.fromSession(server.url, token, ADMIN_PASSWORD);
      const units = await admin.call<{ data: { id: string; code: string; name: string }[] }>('GET', '/units');
      ward = units.data.find((u) => u.name === 'Phường Kon Tum')!;
      const agency = await admin.call<{ id: string }>('POST', '/agencies', {
        code: 'CAP-KONTUM',
        name: 'Công an phường Kon Tum',
        kind: 'commune_police',
        unitIds: [ward.id],
      });
      officer = await readyOfficer(admin, {
        username: 'kontum.totruong',
        displayName: 'Rơ Châm Hiền',
        agencyId: agency.id,
        roles: ['commune_police', 'commune_police_chief'],
      });
      browser = await launch();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it('takes a tip with a photo on a 390×844 phone, from a QR poster, without the app shell or any other site', async () => {
      const page = await pageAt(browser, server.url, null, viewports.phone);
      watchForDialogs(page, dialogs);
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      const poster = new URLSearchParams({ noi: POSTER_PLACE, xa: ward.code });
      await page.goto(`${server.url}/to-giac?${poster}`);
      await page.getByText(`Bạn mở trang này từ mã QR tại: ${POSTER_PLACE}`).waitFor();
      // The poster's commune is chosen once the list is here, its place fills the address.
      await page.locator('.ant-select').filter({ hasText: 'Phường Kon Tum' }).waitFor();
      expect(await page.getByLabel('Địa chỉ, địa điểm cụ thể').inputValue()).toBe(POSTER_PLACE);
      await page.getByLabel('Sự việc bạn muốn báo').fill(TIP);
      await page.getByTestId('portal-file-input').setInputFiles({
        name: 'anh-hem-12.jpg',
        mimeType: 'image/jpeg',
        buffer: JPEG,
      });
      await page.getByText(/anh-hem-12\.jpg · 1 KB/).waitFor();
      expect(await sidewaysOverflow(page)).toBe(0);
      await tips(page, 'portal-form-390');

      receipt = await sendAndReadReceipt(page);
      expect(receipt).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/);
      await page.getByText('Đã gửi 1 tệp.').waitFor();
      expect(await sidewaysOverflow(page)).toBe(0);
      await tips(page, 'receipt-390');
      // Leaving waits for "I saved it".
      await page.getByRole('button', { name: 'Xong' }).click();
      await page.getByText('Hãy đánh dấu “Tôi đã lưu mã tra cứu” trước khi rời trang.').waitFor();
      await page.getByRole('checkbox', { name: 'Tôi đã lưu mã tra cứu' }).check();
      await page.getByRole('button', { name: 'Xong' }).click();
      await page.getByLabel('Sự việc bạn muốn báo').waitFor();

      // Same origin only; no session check, no signed-in shell.
      const origin = new URL(server.url).origin;
      expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
      expect(requests.filter((u) => u.includes('/api/v1/auth/'))).toEqual([]);
      expect(requests.filter((u) => /app-layout/.test(u))).toEqual([]);
      await page.context().close();
    });

    it('shows the form and the receipt on a 1280×800 laptop too (a tip with no known place)', async () => {
      const page = await pageAt(browser, server.url, null, laptop);
      watchForDialogs(page, dialogs);
      await page.goto(`${server.url}/to-giac`);
      await page.getByLabel('Sự việc bạn muốn báo').fill('Thấy nhóm thanh niên tụ tập hút cần sa ở bờ sông.');
      await page.getByLabel('Không rõ').check();
      await tips(page, 'portal-form-1280');
      const other = await sendAndReadReceipt(page);
      expect(other).not.toBe(receipt);
      await tips(page, 'receipt-1280');
      await page.context().close();
    });

    it('an officer finds the tip in the inbox (script shown as text), triages it and replies', async () => {
      const api = await ApiUser.signIn(
        server.url,
        'kontum.totruong',
        officer.password,
        officer.recoveryCodes[0],
      );
      const page = await pageAt(browser, server.url, api.sessionToken, laptop);
      watchForDialogs(page, dialogs);
      await page.goto(`${server.url}/tips`);
      // The tip with no known place went to the province's receiving agency, not to this ward's police.
      await page.getByTestId('list-total').getByText('Tổng số 1').waitFor();
      const row = page.getByRole('row').filter({ hasText: 'quán nước đầu hẻm 12' });
      await row.getByText(XSS, { exact: false }).waitFor();
      await row.locator('[data-deadline="ok"]').waitFor();
      await tips(page, 'inbox-1280');

      // Filters live in the URL.
      await page.goto(`${server.url}/tips?channel=portal&deadlineState=overdue`);
      await page.getByTestId('list-total').getByText('Tổng số 0').waitFor();
      await page.goto(`${server.url}/tips?channel=portal&unitId=${ward.id}&deadlineState=ok,due_soon`);
      await page.getByTestId('list-total').getByText('Tổng số 1').waitFor();
      // The unit head exports the filtered inbox with a reason: the tip's script is text, no reporter in the file.
      await page.getByRole('button', { name: 'Xuất danh sách' }).click();
      const exporting = page.getByRole('dialog', { name: 'Xuất danh sách tin báo (CSV)' });
      await exporting.getByLabel('Lý do xuất').fill('Báo cáo tin báo qua cổng trực tuyến của phường');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        exporting.getByRole('button', { name: 'Xuất tệp' }).click(),
      ]);
      const csv = readFileSync((await download.path())!, 'utf8');
      expect(csv.startsWith('\uFEFF"STT","Số tin báo"')).toBe(true);
      expect(csv).toContain(XSS);
      expect(csv.trim().split('\r\n')).toHaveLength(2);

      await row.getByRole('link').first().click();
      await page.waitForURL(/\/tips\/[0-9a-f-]{36}$/);
      tipId = page.url().split('/').pop()!;
      await page.getByTestId('tip-detail-content').getByText(XSS, { exact: false }).waitFor();
      await page.getByText(`Mã QR tại`).waitFor();
      await page
        .getByTestId('attachments')
        .getByText(/anh-hem-12/)
        .waitFor();

      await page.getByRole('button', { name: 'Phân loại' }).click();
      const triage = page.getByRole('dialog', { name: 'Phân loại' });
      await triage.getByLabel('Loại hành vi').click();
      await page.locator('.ant-select-dropdown:visible').getByText('Mua bán trái phép chất ma túy').click();
      await triage.getByText('Khẩn cấp').click();
      await triage.getByRole('button', { name: 'Phân loại' }).click();
      await triage.waitFor({ state: 'hidden' });
      await page.locator('.ant-tag').filter({ hasText: 'Đã phân loại' }).first().waitFor();

      const conversation = page.getByTestId('tip-conversation');
      await conversation.getByLabel('Trả lời').fill(REPLY);
      await conversation.getByRole('button', { name: 'Gửi trả lời' }).click();
      await conversation.getByText(REPLY).waitFor();
      // A file for the reporter (a form to fill in, say) through the same conversation.
      await conversation.getByTestId('reporter-file-input').setInputFiles({
        name: 'mau-to-khai.jpg',
        mimeType: 'image/jpeg',
        buffer: JPEG,
      });
      await page.getByText('Đã gửi “mau-to-khai.jpg” cho người tố giác').waitFor();
      await page
        .getByTestId('attachments')
        .getByText(/mau-to-khai/)
        .waitFor();
      await tips(page, 'detail-1280');
      await page.context().close();
    });

    it('the tip pages fit a phone: 390×844 screenshots, nothing sideways at 360 px', async () => {
      const api = await ApiUser.signIn(
        server.url,
        'kontum.totruong',
        officer.password,
        officer.recoveryCodes[1],
      );
      const phone = await pageAt(browser, server.url, api.sessionToken, viewports.phone);
      await phone.goto(`${server.url}/tips`);
      await phone.getByTestId('list-total').getByText('Tổng số 1').waitFor();
      await tips(phone, 'inbox-390');
      await phone.goto(`${server.url}/tips/${tipId}`);
      await phone.getByTestId('tip-conversation').getByText(REPLY).waitFor();
      await tips(phone, 'detail-390');
      await phone.context().close();

      const narrow = await pageAt(browser, server.url, api.sessionToken, viewports.narrow);
      const pages: [string, (p: Page) => Promise<unknown>][] = [
        ['/tips', (p) => p.getByTestId('list-total').waitFor()],
        [`/tips/${tipId}`, (p) => p.getByTestId('tip-conversation').getByText(REPLY).waitFor()],
        ['/tips/new', (p) => p.getByRole('button', { name: 'Lưu tin báo' }).waitFor()],
        ['/tips/statistics', (p) => p.getByText('Giải quyết đúng hạn').first().waitFor()],
        ['/tips/retention', (p) => p.getByText('Không có tin báo nào').first().waitFor()],
        [
          `/tips/posters?noi=${encodeURIComponent(POSTER_PLACE)}&xa=${ward.id}`,
          (p) => p.getByTestId('tip-poster').locator('img').waitFor(),
        ],
        ['/to-giac', (p) => p.getByLabel('Sự việc bạn muốn báo').waitFor()],
        ['/to-giac/tra-cuu', (p) => p.getByLabel('Mã tra cứu (16 chữ số)').waitFor()],
      ];
      const overflowing: string[] = [];
      for (const [path, ready] of pages) {
        await narrow.goto(`${server.url}${path}`);
        await ready(narrow);
        const px = await sidewaysOverflow(narrow);
        if (px > 0) overflowing.push(`${path} (+${px} px)`);
      }
      expect(overflowing).toEqual([]);
      await narrow.goto(`${server.url}/tips/posters?noi=${encodeURIComponent(POSTER_PLACE)}&xa=${ward.id}`);
      await narrow.getByTestId('tip-poster').locator('img').waitFor();
      await tips(narrow, 'poster-360');
      await narrow.context().close();
    });

    it('the visitor opens "Tra cứu" with the code, reads the reply and writes back (as text)', async () => {
      for (const [size, viewport] of [
        ['390', viewports.phone],
        ['1280', laptop],
      ] as const) {
        const page = await pageAt(browser, server.url, null, viewport);
        watchForDialogs(page, dialogs);
        await page.goto(`${server.url}/to-giac/tra-cuu`);
        await page.getByLabel('Mã tra cứu (16 chữ số)').fill(receipt.replace(/ /g, ''));
        await page.getByRole('button', { name: 'Xem' }).click();
        await page.getByTestId('portal-status').waitFor();
        await page.getByTestId('portal-messages').getByText(REPLY).waitFor();
        // The officer's file, downloaded with the code's session (no link carries the token).
        await page.getByText('Cán bộ gửi:').waitFor();
        const [file] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: 'Tải về mau-to-khai.jpg' }).click(),
        ]);
        expect(file.suggestedFilename()).toBe('mau-to-khai.jpg');
        if (size === '390') {
          await page.getByLabel('Tin nhắn mới').fill(`Thường bán từ 21 giờ. ${XSS}`);
          await page.getByRole('button', { name: 'Gửi tin nhắn' }).click();
          await page.getByTestId('portal-messages').getByText(`Thường bán từ 21 giờ. ${XSS}`).waitFor();
          expect(await sidewaysOverflow(page)).toBe(0);
        }
        // The officer's name never reaches the reporter.
        expect(await page.getByText('Rơ Châm Hiền').count()).toBe(0);
        await tips(page, `status-${size}`);
        await page.context().close();
      }
      expect(dialogs).toEqual([]);
    });

    it('records a hotline call at the desk with its reference, then reads the statistics', async () => {
      const api = await ApiUser.signIn(
        server.url,
        'kontum.totruong',
        officer.password,
        officer.recoveryCodes[2],
      );
      const page = await pageAt(browser, server.url, api.sessionToken, laptop);
      await page.goto(`${server.url}/tips/new`);
      await page.getByLabel('Kênh tiếp nhận').click();
      await page
        .locator('.ant-select-dropdown:visible')
        .getByText('Đường dây nóng 0769.04.04.04 (cuộc gọi)')
        .click();
      await page.getByLabel('Mã tham chiếu của kênh').fill('HL-2026-0042');
      await page
        .getByLabel('Nội dung', { exact: true })
        .fill('Người gọi báo có điểm tiêm chích ở khu nhà bỏ hoang cuối tổ 5.');
      await page.locator('input#unitId').fill('kon tum');
      await page.locator('.ant-select-dropdown:visible [title="Phường Kon Tum"]').click();
      await page.getByRole('button', { name: 'Lưu tin báo' }).click();
      await page.waitForURL(/\/tips\/[0-9a-f-]{36}$/);
      await page.getByText('HL-2026-0042').waitFor();
      await page.getByText('Đường dây nóng 0769.04.04.04 (cuộc gọi)').first().waitFor();
      await tips(page, 'desk-detail-1280');

      await page.goto(`${server.url}/tips/statistics`);
      await page.getByText('Theo xã, phường').waitFor();
      await page.getByRole('cell', { name: 'Phường Kon Tum' }).waitFor();
      await tips(page, 'statistics-1280');
      await page.context().close();
    });

    it('the visitor picks the place on a map on a phone (no tiles, no other site), the commune shown and kept', async () => {
      const res = await fetch(`${server.url}/api/v1/units/boundaries`);
      const all = (await res.json()) as {
        features: { properties: { name: string; type: string; labelPoint: [number, number] | null } }[];
      };
      // Another commune than the ward's: the officer's inbox above counts the ward's tips.
      const other = all.features.find(
        (f) => f.properties.type === 'xa' && f.properties.labelPoint && f.properties.name !== ward.name,
      )!;
      const [lng, lat] = other.properties.labelPoint!;
      for (const [size, viewport] of [
        ['390', viewports.phone],
        ['360', viewports.narrow],
      ] as const) {
        const page = await pageAt(browser, server.url, null, viewport);
        const requests: string[] = [];
        page.on('request', (r) => requests.push(r.url()));
        await page.goto(`${server.url}/to-giac`);
        await page.getByLabel('Sự việc bạn muốn báo').fill('Có người bán ma túy ở bãi đất trống sau chợ.');
        // The map's chunk and the boundaries come only when the map is chosen.
        expect(requests.filter((u) => /portal-map|boundaries/.test(u))).toEqual([]);
        await page.getByLabel('Chọn trên bản đồ').check();
        await page.locator('[data-testid="portal-map"][data-boundaries]').waitFor();
        const map = page.getByTestId('portal-map');
        const at = await map.evaluate(
          (el, ll) =>
            (
              el as unknown as {
                pcmtMap: { latLngToContainerPoint: (p: number[]) => { x: number; y: number } };
              }
            ).pcmtMap.latLngToContainerPoint(ll),
          [lat, lng],
        );
        await map.tap({ position: { x: at.x, y: at.y } });
        await page.getByText(`Điểm đã chọn thuộc: ${other.properties.name}`).waitFor();
        expect(await sidewaysOverflow(page)).toBe(0);
        await tips(page, `portal-map-${size}`);
        if (size === '390') {
          await sendAndReadReceipt(page);
          await tips(page, 'portal-map-receipt-390');
        }
        const origin = new URL(server.url).origin;
        expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
        await page.context().close();
      }
    });
  },
);
