import path from 'node:path';
import { z } from 'zod';

/** The only reader of process.env. Parsed once at start; a bad value stops the process with a clear message. */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  PCMT_KEY_FILE: z.string().optional(),
  PCMT_PUBLIC_URL: z.string().url().optional(),
  PCMT_SECURE_COOKIES: z.enum(['auto', 'true', 'false']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PCMT_SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  PCMT_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .positive()
    .max(24 * 60)
    .default(60),
  PCMT_WEB_DIST: z.string().optional(),
  PCMT_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  PCMT_METRICS_TOKEN: z.string().min(16, 'PCMT_METRICS_TOKEN cần ít nhất 16 ký tự').optional(),
  /** Minutes between signed audit checkpoints (0: none). */
  PCMT_AUDIT_CHECKPOINT_MINUTES: z.coerce
    .number()
    .min(0)
    .max(24 * 60)
    .default(60),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** PGlite data directory used when no DATABASE_URL is set. */
  pgliteDir: string;
  keyFile: string;
  publicUrl: string | undefined;
  secureCookies: 'auto' | boolean;
  logLevel: string;
  sessionHours: number;
  sessionIdleMinutes: number;
  webDist: string | undefined;
  /** Behind a reverse proxy: take the client IP and protocol from X-Forwarded-* (rate limits, audit, cookies). */
  trustProxy: boolean;
  /** Bearer token for /metrics; unset → loopback scrapers only. */
  metricsToken: string | undefined;
  /** Minutes between scheduled signed audit checkpoints; 0 disables them. */
  auditCheckpointMinutes: number;
  /** JSONL file (0600) every scheduled checkpoint is appended to, for operators to ship off the machine. */
  auditCheckpointFile: string;
};

export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  // An empty variable means "not set" (shells and CI files often export VAR= to clear a value).
  const set = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(set);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Cấu hình không hợp lệ (biến môi trường):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    pgliteDir: path.join(dataDir, 'db'),
    keyFile: path.resolve(e.PCMT_KEY_FILE ?? path.join(dataDir, 'secrets', 'master.key')),
    publicUrl: e.PCMT_PUBLIC_URL,
    secureCookies: e.PCMT_SECURE_COOKIES === 'auto' ? 'auto' : e.PCMT_SECURE_COOKIES === 'true',
    logLevel: e.LOG_LEVEL,
    sessionHours: e.PCMT_SESSION_HOURS,
    sessionIdleMinutes: e.PCMT_SESSION_IDLE_MINUTES,
    webDist: e.PCMT_WEB_DIST,
    trustProxy: e.PCMT_TRUST_PROXY === 'true',
    metricsToken: e.PCMT_METRICS_TOKEN,
    auditCheckpointMinutes: e.PCMT_AUDIT_CHECKPOINT_MINUTES,
    auditCheckpointFile: path.join(dataDir, 'audit', 'checkpoints.jsonl'),
  };
}
