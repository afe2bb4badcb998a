import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';

export const CHROMIUM = process.env.PCMT_CHROMIUM ?? '/usr/bin/chromium';
export const shotsDir = fileURLToPath(new URL('../../test-results/screenshots', import.meta.url));

/** True when Debian's Chromium is here; in CI (PCMT_REQUIRE_BROWSER=1) its absence is a failure, not a skip. */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.PCMT_REQUIRE_BROWSER === '1')
    throw new Error(`Thiếu trình duyệt ${CHROMIUM}: hành trình trình duyệt không được bỏ qua`);
  return false;
}

/**
 * How long any single wait may take before it counts as a hang. Generous on purpose: a busy 2-core CI machine
 * is slow, and a journey must fail for what the user sees, never for the machine's speed.
 */
export const E2E_WAIT_MS = 120_000;

export async function launch(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  // Every context (browser.newPage() makes one too) gets the generous waits instead of Playwright's 30 s.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(E2E_WAIT_MS);
    context.setDefaultNavigationTimeout(E2E_WAIT_MS);
    return context;
  };
  return browser;
}

export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(shotsDir, { recursive: true });
  const file = path.join(shotsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** A Vietnamese desktop page already signed in with `sessionToken` (the journeys' common starting point). */
export async function signedInPage(
  browser: Browser,
  baseUrl: string,
  sessionToken: string,
  prepare?: (context: BrowserContext) => Promise<void>,
): Promise<Page> {
  const context = await browser.newContext({
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1366, height: 900 },
  });
  await prepare?.(context);
  await context.addCookies([
    { name: 'pcmt_session', value: sessionToken, url: baseUrl, httpOnly: true, sameSite: 'Strict' },
  ]);
  return context.newPage();
}

/**
 * Waits for `done`; if the server asks the user to confirm who they are first (the re-authentication
 * dialog of sensitive actions), answers it with the password, as an officer would.
 */
export async function confirmIdentityIfAsked(page: Page, password: string, done: Locator): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Xác nhận lại danh tính' });
  await done.or(dialog).first().waitFor();
  if (!(await dialog.isVisible())) return;
  const usePassword = dialog.getByRole('button', { name: 'Dùng mật khẩu thay cho mã' });
  if (await usePassword.isVisible()) await usePassword.click();
  await dialog.getByLabel('Mật khẩu').fill(password);
  await dialog.getByRole('button', { name: 'Xác nhận và tiếp tục' }).click();
  await done.first().waitFor();
}

/** The widths of the house: a small phone (360), a common phone (390×844), a 1366×768 laptop. */
export const viewports = {
  phone: { width: 390, height: 844 },
  laptop: { width: 1366, height: 768 },
  narrow: { width: 360, height: 740 },
} as const;

/** A signed-in page at a given size (phones get touch and a mobile user agent's viewport rules). */
export async function pageAt(
  browser: Browser,
  baseUrl: string,
  sessionToken: string | null,
  viewport: { width: number; height: number },
): Promise<Page> {
  const phone = viewport.width < 576;
  const context = await browser.newContext({
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport,
    isMobile: phone,
    hasTouch: phone,
    deviceScaleFactor: 1,
  });
  if (sessionToken)
    await context.addCookies([
      { name: 'pcmt_session', value: sessionToken, url: baseUrl, httpOnly: true, sameSite: 'Strict' },
    ]);
  return context.newPage();
}

/** How far the page scrolls sideways (0 = fits the width). */
export const sidewaysOverflow = (page: Page): Promise<number> =>
  page.evaluate<number>(
    'Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - document.documentElement.clientWidth',
  );
