import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiUser, readyOfficer } from './api-admin.ts';
import { adminSession } from './api-session.ts';
import { browserAvailable, launch, pageAt, shot, sidewaysOverflow, viewports } from './browser.ts';
import { type RunningServer, startServer } from './server.ts';

const hasBrowser = browserAvailable();
const ADMIN_PASSWORD = 'Quản trị viên tỉnh 2026!';
const NAME = 'Nhà trọ cuối hẻm Trần Hưng Đạo';
/** The map's colour of `watching` (`features/hotspots/status-colors.tsx`: #08979c). */
const WATCHING_RGB = 'rgb(8, 151, 156)';

type Unit = { id: string; name: string; type: string };
type Boundaries = { features: { properties: { id: string; labelPoint: [number, number] | null } }[] };

/** A small JPEG made by the browser itself (a canvas), as a phone camera would hand one over. */
async function jpeg(page: Page): Promise<Buffer> {
  // A string: the journeys compile without the DOM library.
  const dataUrl = await page.evaluate<string>(`(() => {
    const c = document.createElement('canvas');
    c.width = 64;
    c.height = 48;
    const g = c.getContext('2d');
    g.fillStyle = '#7a5c3e';
    g.fillRect(0, 0, 64, 48);
    g.fillStyle = '#e8d8b0';
    g.fillRect(8, 8, 30, 20);
    return c.toDataURL('image/jpeg', 0.8);
  })()`);
  return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
}

/** Taps a map at a place, through the page's Leaflet map (`el.pcmtMap`), as a finger would. */
async function tapMapAt(page: Page, testId: string, lat: number, lng: number): Promise<void> {
  const map = page.getByTestId(testId);
  const point = await map.evaluate(
    (el, ll) =>
      (
        el as unknown as { pcmtMap: { latLngToContainerPoint: (p: number[]) => { x: number; y: number } } }
      ).pcmtMap.latLngToContainerPoint(ll),
    [lat, lng],
  );
  await map.tap({ position: { x: point.x, y: point.y } });
}

describe.runIf(hasBrowser)('hotspot register: recorded on a phone, moved by PC04, shown on the map', () => {
  let server: RunningServer;
  let browser: Browser;
  let admin: ApiUser;
  let officer: { password: string; recoveryCodes: string[] };
  let pc04: { password: string; recoveryCodes: string[] };
  let wardPoint: [number, number];
  let hotspotId = '';

  beforeAll(async () => {
    server = await startServer();
    const token = await adminSession(server.url, server.firstAdminPassword, ADMIN_PASSWORD);
    admin = await ApiUser.fromSession(server.url, token, ADMIN_PASSWORD);
    const units = await admin.call<{ data: Unit[] }>('GET', '/units');
    const ward = units.data.find((u) => u.name === 'Phường Kon Tum')!;
    const province = units.data.find((u) => u.type === 'tinh')!;
    const commune = await admin.call<{ id: string }>('POST', '/agencies', {
      code: 'CAP-KONTUM',
      name: 'Công an phường Kon Tum',
      kind: 'commune_police',
      unitIds: [ward.id],
    });
    const drugPolice = await admin.call<{ id: string }>('POST', '/agencies', {
      code: 'PC04-QNG',
      name: 'Phòng PC04 — Công an tỉnh Quảng Ngãi',
      kind: 'drug_police',
      unitIds: [province.id],
    });
    // Both roles must enrol TOTP at their first sign-in: done over the API, as in the other journeys.
    officer = await readyOfficer(admin, {
      username: 'kontum.canbo',
      displayName: 'Y Blốk',
      agencyId: commune.id,
      roles: ['commune_police'],
    });
    pc04 = await readyOfficer(admin, {
      username: 'pc04.trinhsat',
      displayName: 'Đinh Thị Hòa',
      agencyId: drugPolice.id,
      roles: ['drug_police'],
    });
    const res = await fetch(`${server.url}/api/v1/units/boundaries`);
    const boundaries = (await res.json()) as Boundaries;
    wardPoint = boundaries.features.find((f) => f.properties.id === ward.id)!.properties.labelPoint!;
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a commune officer records a hotspot with a photo on a 390×844 phone', async () => {
    const session = await ApiUser.signIn(
      server.url,
      'kontum.canbo',
      officer.password,
      officer.recoveryCodes[0],
    );
    const page = await pageAt(browser, server.url, session.sessionToken, viewports.phone);
    await page.goto(`${server.url}/hotspots`);
    await page.getByTestId('list-total').getByText('Tổng số 0').waitFor();
    await page.getByRole('button', { name: 'Ghi nhận mới' }).click();
    await page.waitForURL(`${server.url}/hotspots/new`);

    await page.getByLabel('Tên gọi').fill(NAME);
    await page.getByLabel('Tụ tập sử dụng trái phép chất ma túy').check();
    await page.getByLabel('Số người sử dụng').fill('6');
    // The picker opens on the officer's own ward; a tap places the hotspot and the server names the ward.
    await page.locator('[data-testid="point-picker"][data-boundaries]').waitFor();
    const [lng, lat] = wardPoint;
    await tapMapAt(page, 'point-picker', lat, lng);
    await page.getByText('Vị trí thuộc: Phường Kon Tum').waitFor();
    await page.getByLabel('Địa chỉ').fill('Hẻm 12 Trần Hưng Đạo, Phường Kon Tum');
    await shot(page, 'phone-hotspot-form');
    await page.getByRole('button', { name: 'Lưu hồ sơ' }).click();
    await page.waitForURL(/\/hotspots\/[0-9a-f-]{36}$/);
    hotspotId = page.url().split('/').at(-1)!;
    await page.getByRole('heading', { name: NAME }).waitFor();

    await page.getByTestId('evidence-input').setInputFiles({
      name: 'ảnh hiện trường.jpg',
      mimeType: 'image/jpeg',
      buffer: await jpeg(page),
    });
    await page
      .getByTestId('evidence')
      .getByText(/Tệp 1 · Ảnh JPEG/)
      .waitFor();
    await page.getByTestId('record-timeline').getByText('Thêm tệp chứng cứ').waitFor();
    await page.getByTestId('record-timeline').getByText('Ghi nhận điểm, tụ điểm').waitFor();
    // A commune officer's menu offers the register and its map.
    await page.getByRole('button', { name: 'Mở menu' }).click();
    await page.getByRole('dialog').getByRole('link', { name: 'Bản đồ điểm, tụ điểm' }).waitFor();
    await page.keyboard.press('Escape');
    await shot(page, 'phone-hotspot-detail');
    expect(await sidewaysOverflow(page)).toBe(0);
    await page.context().close();
  });

  it('a PC04 officer moves it through the lifecycle; a stale move gets the 409 with the allowed moves', async () => {
    expect(hotspotId).not.toBe('');
    const session = await ApiUser.signIn(server.url, 'pc04.trinhsat', pc04.password, pc04.recoveryCodes[0]);
    const page = await pageAt(browser, server.url, session.sessionToken, viewports.laptop);
    await page.goto(`${server.url}/hotspots`);
    await page.getByLabel('Tìm theo tên, địa chỉ').fill('nha tro cuoi hem');
    await page.getByRole('link', { name: NAME }).click();
    await page.getByRole('heading', { name: NAME }).waitFor();

    const title = page.locator('h2', { hasText: NAME }).locator('..');
    const move = async (to: string, reason: string, citation?: string) => {
      await page.getByRole('button', { name: 'Chuyển trạng thái' }).click();
      const dialog = page.getByRole('dialog', { name: 'Chuyển trạng thái' });
      await dialog.getByRole('radio', { name: to }).check();
      await dialog.getByLabel('Lý do, kết quả').fill(reason);
      if (citation) await dialog.getByLabel('Văn bản căn cứ').fill(citation);
      await dialog.getByRole('button', { name: 'Chuyển trạng thái' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await title.getByText(to, { exact: true }).waitFor();
    };
    await move('Đang xác minh', 'Tiếp nhận tin báo của quần chúng, phân công xác minh');
    await move('Đang hoạt động', 'Xác minh có tụ tập sử dụng trái phép chất ma túy vào ban đêm');
    await move('Đang đấu tranh', 'Lập chuyên án đấu tranh', 'Kế hoạch 15/KH-PC04');
    await move('Đã triệt xóa', 'Bắt quả tang 4 đối tượng, thu giữ tang vật', 'Biên bản ngày 20/11/2026');
    // Only the moves the lifecycle allows from "Đã triệt xóa" are offered.
    await page.getByRole('button', { name: 'Chuyển trạng thái' }).click();
    const dialog = page.getByRole('dialog', { name: 'Chuyển trạng thái' });
    await dialog.getByRole('radio', { name: 'Theo dõi' }).waitFor();
    expect(await dialog.locator('.ant-radio-wrapper').allInnerTexts()).toEqual(['Theo dõi', 'Tái hoạt động']);
    // Meanwhile a colleague moves it first: this dialog's move is now stale.
    const colleague = await ApiUser.fromSession(server.url, session.sessionToken, pc04.password);
    const current = await colleague.call<{ version: number }>('GET', `/hotspots/${hotspotId}`);
    await colleague.call('POST', `/hotspots/${hotspotId}/transitions`, {
      to: 'watching',
      on: (await colleague.call<{ statusSince: string }>('GET', `/hotspots/${hotspotId}`)).statusSince,
      reason: 'Đưa vào diện theo dõi 12 tháng',
      version: current.version,
    });
    await dialog.getByRole('radio', { name: 'Tái hoạt động' }).check();
    await dialog.getByLabel('Lý do, kết quả').fill('Phát hiện tụ tập trở lại');
    await dialog.getByRole('button', { name: 'Chuyển trạng thái' }).click();
    const refusal = dialog.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/\S/);
    await shot(page, 'laptop-hotspot-conflict');
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await title.getByText('Theo dõi', { exact: true }).waitFor();
    const timeline = page.getByTestId('record-timeline');
    await timeline.getByText('Bắt quả tang 4 đối tượng, thu giữ tang vật', { exact: false }).waitFor();
    await timeline.getByText('Đinh Thị Hòa', { exact: false }).first().waitFor();
    await shot(page, 'laptop-hotspot-detail');
    await page.context().close();
  });

  it('the map shows it in the colour of its status, on a phone and a laptop', async () => {
    const session = await ApiUser.signIn(server.url, 'pc04.trinhsat', pc04.password, pc04.recoveryCodes[1]);
    for (const [size, viewport] of [
      ['phone', viewports.phone],
      ['laptop', viewports.laptop],
    ] as const) {
      const page = await pageAt(browser, server.url, session.sessionToken, viewport);
      await page.goto(`${server.url}/hotspots/map?focus=${hotspotId}`);
      await page.locator('[data-testid="hotspot-map"][data-ready="true"][data-boundaries]').waitFor();
      const pin = page.locator('.pcmt-hs-pin > span[data-status="watching"]');
      await pin.waitFor();
      expect(
        await pin.evaluate(
          (el) => (el as unknown as { style: { backgroundColor: string } }).style.backgroundColor,
        ),
      ).toBe(WATCHING_RGB);
      await page.getByTestId('map-popup').getByText(NAME).waitFor();
      await page.getByTestId('map-unlocated').getByText('Chưa có vị trí: 0 hồ sơ').waitFor();
      await page.getByTestId('map-statistics').getByText('Phường Kon Tum').first().waitFor();
      await shot(page, `${size}-hotspot-map`);
      if (size === 'phone') {
        // Opening the record from the map.
        await page.getByTestId('map-popup').getByRole('link', { name: 'Mở hồ sơ' }).click();
        await page.waitForURL(`${server.url}/hotspots/${hotspotId}`);
        await page.getByTestId('record-timeline').waitFor();
      }
      await page.context().close();
    }
  });

  it('no hotspot page scrolls sideways at 360 px; the list shows cards on a phone', async () => {
    const session = await ApiUser.signIn(
      server.url,
      'kontum.canbo',
      officer.password,
      officer.recoveryCodes[1],
    );
    const page = await pageAt(browser, server.url, session.sessionToken, viewports.narrow);
    const pages: [string, () => Promise<unknown>][] = [
      ['/hotspots', () => page.getByRole('listitem').getByText(NAME).waitFor()],
      ['/hotspots/new', () => page.locator('[data-testid="point-picker"][data-boundaries]').waitFor()],
      [`/hotspots/${hotspotId}`, () => page.getByTestId('record-timeline').waitFor()],
      [
        `/hotspots/${hotspotId}/edit`,
        () => page.locator('[data-testid="point-picker"][data-boundaries]').waitFor(),
      ],
      ['/hotspots/map', () => page.locator('[data-testid="hotspot-map"][data-ready="true"]').waitFor()],
    ];
    const overflowing: string[] = [];
    for (const [path, ready] of pages) {
      await page.goto(`${server.url}${path}`);
      await ready();
      const px = await sidewaysOverflow(page);
      if (px > 0) overflowing.push(`${path} (+${px} px)`);
    }
    await shot(page, 'narrow-hotspot-map');
    expect(overflowing).toEqual([]);
    await page.context().close();
  });
});
