// `npm test`: the whole suite — typecheck, lint, unit and database tests (PGlite, and PostgreSQL when
// TEST_DATABASE_URL is set), the web build and the browser journeys. In CI (PCMT_CI=1) nothing may be
// skipped: a missing database or browser fails the run instead.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const ci = process.env.PCMT_CI === '1';
const env = { ...process.env, ...(ci ? { PCMT_REQUIRE_POSTGRES: '1', PCMT_REQUIRE_BROWSER: '1' } : {}) };

function step(title, cmd, args) {
  const started = Date.now();
  console.log(`\n▶ ${title}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`✗ ${title} thất bại (mã ${r.status})`);
    process.exit(r.status ?? 1);
  }
  console.log(`✓ ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

function assertNothingSkipped(file, title) {
  const report = JSON.parse(readFileSync(path.join(root, file), 'utf8'));
  const skipped = report.numPendingTests + report.numTodoTests;
  if (skipped > 0) {
    console.error(`✗ ${title}: ${skipped} kiểm thử bị bỏ qua — không được phép trong CI`);
    process.exit(1);
  }
  console.log(`  ${title}: ${report.numPassedTests} đạt, 0 bỏ qua`);
}

step('Kiểm tra kiểu (tsc)', 'npm', ['run', 'typecheck', '--silent']);
step('Kiểm tra mã (biome)', 'npx', ['biome', 'check', '.']);
step('Kiểm thử đơn vị và cơ sở dữ liệu (vitest)', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/vitest.json',
]);
if (ci) assertNothingSkipped('test-results/vitest.json', 'vitest');
step('Dựng giao diện web (vite build)', 'npm', ['run', 'build', '-w', '@pcmt/web', '--silent']);
step('Hành trình trên trình duyệt (playwright-core + chromium)', 'npx', [
  'vitest',
  'run',
  '--config',
  'e2e/vitest.config.ts',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/e2e.json',
]);
if (ci) assertNothingSkipped('test-results/e2e.json', 'e2e');
console.log('\nTất cả kiểm thử đã đạt.');
