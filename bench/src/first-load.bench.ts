// First load of the web app in Chromium: from navigation to the login form being visible, on loopback,
// cold (empty cache, new browser context) and warm (same context, second visit), and the bytes sent.
// Baseline in the same run: the same cold load with compression refused (Accept-Encoding: identity).
// Target (issue 6): login form visible ≤ 1 s after navigation. Needs the built web app
// (npm run build -w @pcmt/web) and Debian's Chromium (PCMT_CHROMIUM overrides /usr/bin/chromium).
// Run: npm run bench:first-load
import { type BrowserContext, chromium } from 'playwright-core';
import { startServer } from '../../e2e/src/server.ts';
import { pct } from './stats.ts';

const RUNS = 10;
const CHROMIUM = process.env.PCMT_CHROMIUM ?? '/usr/bin/chromium';

type Load = { ms: number; transferred: number; decoded: number; requests: number };

/** One visit of /login in `context`: time to the visible form, then bytes once the network is idle. */
async function visit(context: BrowserContext, url: string): Promise<Load> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  let transferred = 0;
  let decoded = 0;
  let requests = 0;
  cdp.on('Network.dataReceived', (e) => {
    decoded += e.dataLength;
  });
  cdp.on('Network.loadingFinished', (e) => {
    transferred += e.encodedDataLength;
    requests += 1;
  });
  const started = performance.now();
  await page.goto(`${url}/login`, { waitUntil: 'commit' });
  await page.getByLabel('Tên đăng nhập').waitFor({ state: 'visible' });
  const ms = performance.now() - started;
  await page.waitForLoadState('networkidle');
  await page.close();
  return { ms, transferred, decoded, requests };
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`;
function line(name: string, loads: Load[]) {
  const ms = loads.map((l) => l.ms);
  const last = loads.at(-1)!;
  console.log(
    `${name.padEnd(44)} p50 ${pct(ms, 50).toFixed(0).padStart(5)} ms  p95 ${pct(ms, 95).toFixed(0).padStart(5)} ms` +
      `  sent ${kb(last.transferred).padStart(8)}  (content ${kb(last.decoded)}, ${last.requests} requests)`,
  );
}

const server = await startServer();
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const fresh = (identity = false) =>
    browser.newContext({
      locale: 'vi-VN',
      extraHTTPHeaders: identity ? { 'accept-encoding': 'identity' } : {},
    });
  // One throwaway visit so the server's file cache and Chromium's process pool are warm for every line.
  await visit(await fresh(), server.url);

  const identityCold: Load[] = [];
  const cold: Load[] = [];
  const warm: Load[] = [];
  for (let i = 0; i < RUNS; i++) {
    const plain = await fresh(true);
    identityCold.push(await visit(plain, server.url));
    await plain.close();
    const context = await fresh();
    cold.push(await visit(context, server.url));
    warm.push(await visit(context, server.url));
    await context.close();
  }
  console.log(`\n== first load of /login, ${RUNS} runs each, loopback ==`);
  line('baseline: cold, compression refused', identityCold);
  line('cold (empty cache), brotli', cold);
  line('warm (second visit, cached assets)', warm);
} finally {
  await browser.close();
  await server.stop();
}
