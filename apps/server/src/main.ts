import { defaultWebDist, openConfiguredDatabase, servicesFor } from './bootstrap.ts';
import { loadConfig } from './config/env.ts';
import { buildApp } from './http/app.ts';
import { ensureBootstrapAdmin } from './modules/access/bootstrap.ts';
import { OWNER_ONLY_UMASK } from './platform/data-dir-permissions.ts';
import { loggerOptions } from './platform/logger.ts';

/** Composition root: config → database → services → HTTP. */
async function main() {
  // Everything this process creates (key file, database files, secrets) is for the service user alone.
  process.umask(OWNER_ONLY_UMASK);
  const config = loadConfig();
  const started = Date.now();
  const database = await openConfiguredDatabase(config);
  const services = servicesFor(config, database);
  const app = await buildApp({
    database,
    services,
    logger: loggerOptions(config.logLevel),
    sessionHours: config.sessionHours,
    sessionIdleMinutes: config.sessionIdleMinutes,
    secureCookies: config.secureCookies,
    webDist: config.webDist ?? defaultWebDist,
    trustProxy: config.trustProxy,
    metricsToken: config.metricsToken,
  });
  const firstAdmin = await ensureBootstrapAdmin(database.db);
  await app.listen({ port: config.port, host: config.host });
  const url =
    config.publicUrl ?? `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  const lines = [
    '',
    `PCMT đang chạy tại ${url}  (cơ sở dữ liệu: ${database.backend === 'pglite' ? `PGlite nhúng, ${config.pgliteDir}` : 'PostgreSQL'}; khởi động ${Date.now() - started} ms)`,
  ];
  if (firstAdmin) {
    lines.push(
      'Lần đầu đăng nhập / First sign-in:',
      `  Tên đăng nhập: ${firstAdmin.username}`,
      `  Mật khẩu dùng một lần: ${firstAdmin.password}`,
      '  Hệ thống sẽ yêu cầu đổi mật khẩu và đăng ký xác thực hai lớp (ứng dụng TOTP).',
      '  Tài khoản và cơ quan mẫu để khám phá: npm run pcmt -- seed --demo',
    );
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);

  const stop = async (signal: string) => {
    app.log.info({ signal }, 'stopping');
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err: unknown) => {
  process.stderr.write(`PCMT không khởi động được: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
