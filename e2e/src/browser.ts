import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.PCMT_CHROMIUM ?? '/usr/bin/chromium';
export const shotsDir = fileURLToPath(new URL('../../test-results/screenshots', import.meta.url));

/** True when Debian's Chromium is here; in CI (PCMT_REQUIRE_BROWSER=1) its absence is a failure, not a skip. */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.PCMT_REQUIRE_BROWSER === '1')
    throw new Error(`Thiếu trình duyệt ${CHROMIUM}: hành trình trình duyệt không được bỏ qua`);
  return false;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
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
