import { defaultWebDist, openConfiguredDatabase, servicesFor } from './bootstrap.ts';
import { loadConfig } from './config/env.ts';
import {
  announceFirstAdmin,
  firstAdminPasswordFile,
  settleFirstAdminPasswordFile,
} from './first-admin-password.ts';
import { buildApp } from './http/app.ts';
import { ensureBootstrapAdmin } from './modules/access/bootstrap.ts';
import { scheduleCheckpoints } from './modules/audit/audit.checkpoint.ts';
import { scheduleRelapseChecks } from './modules/programmes/programme.relapse.ts';
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
  // TOTP secrets sealed before row binding (AAD) existed are re-sealed to their row before anyone signs in.
  await services.mfa.resealLegacySecrets();
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
  // The file copy of the first admin's one-time password goes as soon as the admin has replaced it.
  const passwordFile = firstAdminPasswordFile(config.dataDir);
  const passwordFileNote = firstAdmin ? null : await settleFirstAdminPasswordFile(database.db, passwordFile);
  app.addHook('onResponse', async (req, reply) => {
    if (req.routeOptions.url !== '/api/v1/auth/password' || reply.statusCode >= 300) return;
    await settleFirstAdminPasswordFile(database.db, passwordFile).catch((err: unknown) =>
      app.log.warn({ err }, 'could not settle the first admin password file'),
    );
  });
  await app.listen({ port: config.port, host: config.host });
  // Signed audit checkpoints on a timer, each also appended to a file operators ship off the machine.
  const stopCheckpoints = scheduleCheckpoints(database.db, {
    minutes: config.auditCheckpointMinutes,
    file: config.auditCheckpointFile,
    log: app.log,
  });
  // The relapse watch of transformed communes (tái phức tạp): at start, then hourly (reads of programmes run it too).
  const stopRelapseChecks = scheduleRelapseChecks(services.registers.programmes.checkRelapses, {
    minutes: 60,
    log: app.log,
  });
  const url =
    config.publicUrl ?? `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  const lines = [
    '',
    `PCMT đang chạy tại ${url}  (cơ sở dữ liệu: ${database.backend === 'pglite' ? `PGlite nhúng, ${config.pgliteDir}` : 'PostgreSQL'}; khởi động ${Date.now() - started} ms)`,
  ];
  // On a terminal only: stdout also carries the JSON log lines, which journals and log shippers keep.
  if (firstAdmin) lines.push(...announceFirstAdmin(firstAdmin, passwordFile, process.stdout.isTTY === true));
  if (passwordFileNote) lines.push(passwordFileNote);
  process.stdout.write(`${lines.join('\n')}\n\n`);

  const stop = async (signal: string) => {
    app.log.info({ signal }, 'stopping');
    stopCheckpoints();
    stopRelapseChecks();
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
