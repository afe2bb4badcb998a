import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { unit } from './units.ts';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
};

export const agency = pgTable('agency', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  /** Demo agencies and accounts come from `pcmt seed --demo` and are labelled as such everywhere. */
  isDemo: boolean('is_demo').notNull().default(false),
  version: integer('version').notNull().default(1),
  ...timestamps,
});

/** The units an agency is responsible for, as chosen by the administrator. */
export const agencyUnit = pgTable(
  'agency_unit',
  {
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.unitId] })],
);

/**
 * Materialised scope: every unit whose records the agency may see — its units, their descendants and
 * their predecessors through reorganisations, transitively. Recomputed whenever an agency's units or the
 * unit tree change, so that record queries filter with one indexed semi-join.
 */
export const agencyScopeUnit = pgTable(
  'agency_scope_unit',
  {
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.unitId] }), index('agency_scope_unit_unit_idx').on(t.unitId)],
);

export const userAccount = pgTable(
  'user_account',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    roles: text('roles').array().notNull().default(sql`'{}'::text[]`),
    passwordHash: text('password_hash').notNull(),
    status: text('status').notNull().default('active'),
    failedLoginCount: integer('failed_login_count').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
    /** TOTP secret, AES-256-GCM sealed with the key file's data key. */
    mfaSecretSealed: text('mfa_secret_sealed'),
    mfaEnabled: boolean('mfa_enabled').notNull().default(false),
    /** Last accepted TOTP time step: a code is accepted once, never replayed inside its 30 s window. */
    mfaLastTimeStep: integer('mfa_last_time_step'),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    isDemo: boolean('is_demo').notNull().default(false),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true, mode: 'date' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('user_account_agency_idx').on(t.agencyId)],
);

export const recoveryCode = pgTable(
  'recovery_code',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => userAccount.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [unique('recovery_code_hash_key').on(t.userId, t.codeHash)],
);

/** Server-side session; the cookie carries a random token, the table only its SHA-256. */
export const session = pgTable(
  'session',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => userAccount.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    mfaPassed: boolean('mfa_passed').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    /** Last time the owner re-entered a password or TOTP code in this session (sensitive actions need it). */
    reauthAt: timestamp('reauth_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('session_user_idx').on(t.userId)],
);

/** Personal API token for integrations (`Authorization: Bearer pcmt_…`); only its hash is stored. */
export const apiToken = pgTable(
  'api_token',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => userAccount.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    prefix: text('prefix').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date' }),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
    /** Minted from a session that passed 2FA: a token without it is refused once its owner needs 2FA. */
    mfaAtCreation: boolean('mfa_at_creation').notNull().default(false),
  },
  (t) => [index('api_token_user_idx').on(t.userId)],
);

/**
 * Failed password sign-ins per (typed username, client address) pair. Keyed by the typed name, not the
 * account, so unknown and known usernames are throttled alike (no oracle); per pair, so nobody can lock a
 * well-known account out from another address (progressive delay instead of a hard account lock).
 */
export const signInThrottle = pgTable(
  'sign_in_throttle',
  {
    username: text('username').notNull(),
    ip: text('ip').notNull(),
    failures: integer('failures').notNull().default(0),
    blockedUntil: timestamp('blocked_until', { withTimezone: true, mode: 'date' }),
    lastFailureAt: timestamp('last_failure_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.username, t.ip] })],
);
