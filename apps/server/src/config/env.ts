import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

const isAddressOrCidr = (a: string) => {
  const [ip, bits, extra] = a.split('/');
  if (extra !== undefined || !ip || !isIP(ip)) return false;
  if (bits === undefined) return true;
  const max = isIP(ip) === 4 ? 32 : 128;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= max;
};

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
    .default(30),
  PCMT_WEB_DIST: z.string().optional(),
  PCMT_TRUST_PROXY: z
    .string()
    .default('false')
    .transform((v, ctx): string[] | number | false => {
      const value = v.trim();
      if (value === 'false') return false;
      if (/^\d+$/.test(value)) return Number(value);
      const list = value.split(',').map((a) => a.trim());
      if (value === 'true' || list.some((a) => !isAddressOrCidr(a))) {
        ctx.addIssue({
          code: 'custom',
          message:
            'ghi địa chỉ (hoặc dải CIDR) của proxy ngược, cách nhau bằng dấu phẩy (vd. 127.0.0.1,10.0.0.0/8), hoặc số tầng proxy (vd. 1); "true" bị từ chối vì tin mọi X-Forwarded-For do máy khách tự ghi',
        });
        return false;
      }
      return list;
    }),
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
  /**
   * Behind a reverse proxy: the proxies (addresses/CIDRs, or a hop count) whose X-Forwarded-* is believed; the
   * client is the address the nearest untrusted hop saw (rate limits, audit, cookies, /metrics).
   */
  trustProxy: string[] | number | false;
  /** Bearer token for /metrics; unset → loopback scrapers only. */
  metricsToken: string | undefined;
  /** Minutes between scheduled signed audit checkpoints; 0 disables them. */
  auditCheckpointMinutes: number;
  /** JSONL file (0600) every scheduled checkpoint is appended to, for operators to ship off the machine. */
  auditCheckpointFile: string;
  /** Attachments: `DATA_DIR/files` or an S3-compatible bucket, and size limits (see `filesConfig`). */
  files: FilesConfig;
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
    trustProxy: e.PCMT_TRUST_PROXY,
    metricsToken: e.PCMT_METRICS_TOKEN,
    auditCheckpointMinutes: e.PCMT_AUDIT_CHECKPOINT_MINUTES,
    auditCheckpointFile: path.join(dataDir, 'audit', 'checkpoints.jsonl'),
    files: filesConfig(set, dataDir),
  };
}

// ---- Files platform (attachments) -----------------------------------------------------------------------

const s3Vars = [
  'PCMT_FILES_S3_ENDPOINT',
  'PCMT_FILES_S3_BUCKET',
  'PCMT_FILES_S3_ACCESS_KEY_ID',
  'PCMT_FILES_S3_SECRET_ACCESS_KEY',
] as const;
const filesSchema = z
  .object({
    PCMT_FILES_MAX_IMAGE_MB: z.coerce.number().positive().max(100).default(10),
    PCMT_FILES_MAX_DOCUMENT_MB: z.coerce.number().positive().max(200).default(20),
    PCMT_FILES_S3_ENDPOINT: z.string().url().optional(),
    PCMT_FILES_S3_BUCKET: z.string().min(3).max(63).optional(),
    PCMT_FILES_S3_REGION: z.string().min(1).default('us-east-1'),
    PCMT_FILES_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    PCMT_FILES_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  })
  .superRefine((e, ctx) => {
    // Half an S3 configuration must not silently fall back to local files (or to the SDK's own env lookup).
    const named = s3Vars.filter((k) => e[k] !== undefined);
    if (named.length === 0) return;
    for (const k of [
      'PCMT_FILES_S3_BUCKET',
      'PCMT_FILES_S3_ACCESS_KEY_ID',
      'PCMT_FILES_S3_SECRET_ACCESS_KEY',
    ] as const)
      if (e[k] === undefined)
        ctx.addIssue({
          code: 'custom',
          path: [k],
          message: `cần khai báo khi dùng kho S3 (đã có ${named.join(', ')})`,
        });
  });

export type FilesConfig = {
  /** Local store: `DATA_DIR/files` (owner-only), used when no S3 bucket is configured. */
  dir: string;
  maxImageBytes: number;
  maxDocumentBytes: number;
  s3:
    | {
        endpoint: string | undefined;
        bucket: string;
        region: string;
        accessKeyId: string;
        secretAccessKey: string;
      }
    | undefined;
};

function filesConfig(set: Record<string, string | undefined>, dataDir: string): FilesConfig {
  const parsed = filesSchema.safeParse(set);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Cấu hình không hợp lệ (biến môi trường):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const mb = (n: number) => Math.round(n * 1024 * 1024);
  return {
    dir: path.join(dataDir, 'files'),
    maxImageBytes: mb(e.PCMT_FILES_MAX_IMAGE_MB),
    maxDocumentBytes: mb(e.PCMT_FILES_MAX_DOCUMENT_MB),
    s3:
      e.PCMT_FILES_S3_BUCKET && e.PCMT_FILES_S3_ACCESS_KEY_ID && e.PCMT_FILES_S3_SECRET_ACCESS_KEY
        ? {
            endpoint: e.PCMT_FILES_S3_ENDPOINT,
            bucket: e.PCMT_FILES_S3_BUCKET,
            region: e.PCMT_FILES_S3_REGION,
            accessKeyId: e.PCMT_FILES_S3_ACCESS_KEY_ID,
            secretAccessKey: e.PCMT_FILES_S3_SECRET_ACCESS_KEY,
          }
        : undefined,
  };
}
