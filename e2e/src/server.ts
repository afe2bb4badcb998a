import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export type RunningServer = {
  url: string;
  output: () => string;
  firstAdminPassword: string;
  stop: () => Promise<void>;
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/**
 * Starts the real server as `npm start` does (built web app, embedded database in a fresh data dir) and
 * waits for the first-sign-in banner. Nothing is mocked.
 */
export async function startServer(): Promise<RunningServer> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'pcmt-e2e-'));
  const port = await freePort();
  let out = '';
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'apps/server/src/main.ts')],
    {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        DATABASE_URL: '',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (d) => {
    out += String(d);
  });
  child.stderr?.on('data', (d) => {
    out += String(d);
  });
  const password = await new Promise<string>((resolve, reject) => {
    // Only against a hang: a first start on a busy machine can take minutes (PGlite init, migrations, seed).
    const timer = setTimeout(() => reject(new Error(`server did not start in 10 min:\n${out}`)), 600_000);
    // stdout is a pipe here, so the server keeps the one-time password out of it and names an owner-only file.
    // Read once: the listener is detached at the first match (later output would read the file again, after
    // the server deleted it: an uncaught ENOENT), and a failed read rejects instead of throwing in the listener.
    const check = () => {
      const m = /Mật khẩu dùng một lần đã được ghi vào tệp[^:]*: (\S+)\n/.exec(out);
      if (!m) return;
      child.stdout?.off('data', check);
      clearTimeout(timer);
      try {
        resolve(readFileSync(m[1]!, 'utf8').trim());
      } catch (e) {
        reject(e);
      }
    };
    child.stdout?.on('data', check);
    child.on('exit', (code) => reject(new Error(`server exited ${code}:\n${out}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    output: () => out,
    firstAdminPassword: password,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
