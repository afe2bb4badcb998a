// `npm start`: builds the web app when its sources changed, then starts the server on the embedded
// database (or PostgreSQL when DATABASE_URL is set). Runs under the pinned Node 24 (node_modules/.bin).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const web = path.join(root, 'apps/web');
const dist = path.join(web, 'dist/index.html');

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(`PCMT cần Node 24 (đang chạy ${process.version}). Hãy chạy bằng "npm start" sau "npm ci".`);
  process.exit(1);
}

const sources = [path.join(web, 'src'), path.join(root, 'packages/contracts/src')];
const stale =
  !existsSync(dist) ||
  Math.max(...sources.map(newest), statSync(path.join(web, 'index.html')).mtimeMs) > statSync(dist).mtimeMs;
if (stale) {
  console.log('Đang dựng giao diện web (vite build)…');
  const r = spawnSync('npm', ['run', 'build', '-w', '@pcmt/web', '--silent'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const child = spawn(
  process.execPath,
  ['--import', 'tsx', path.join(root, 'apps/server/src/main.ts'), ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
