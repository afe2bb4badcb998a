import { z } from 'zod';
import { foundationMessages as m } from './messages/foundation.ts';
import { permissions } from './permissions.ts';
import { agencyKind, role } from './roles.ts';
import { vnText } from './text.ts';

// Roles and agency kinds live in `roles.ts` (no zod schema of the registers behind them): the web shell shows
// their labels without loading every register's contract, which `me` below needs for its permissions.
export type { AgencyKind, Role } from './roles.ts';

export const agency = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  kind: agencyKind,
  unitIds: z.array(z.uuid()),
  /** The same units with their names and validity, so any era's unit can be shown without another call. */
  units: z.array(
    z.object({
      id: z.uuid(),
      code: z.string(),
      name: z.string(),
      validFrom: z.string(),
      validTo: z.string().nullable(),
    }),
  ),
  isDemo: z.boolean(),
  version: z.number().int(),
});
export type Agency = z.infer<typeof agency>;

export const agencyCreate = z.strictObject({
  code: vnText({ max: 50 }),
  name: vnText({ max: 200 }),
  kind: agencyKind,
  unitIds: z.array(z.uuid()).min(1).max(500),
});
export const agencyUpdate = agencyCreate.extend({ version: z.number().int() });

export const username = z
  .string()
  .transform((s) => s.normalize('NFC').trim().toLowerCase())
  .pipe(z.string().regex(/^[a-z0-9._-]{3,50}$/, m['user.usernameFormat'].vi));

export const userStatus = z.enum(['active', 'disabled']);

export const user = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  agencyId: z.uuid(),
  agencyName: z.string(),
  roles: z.array(role),
  status: userStatus,
  mfaEnabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  version: z.number().int(),
});
export type User = z.infer<typeof user>;

export const password = z.string().min(12, m['password.tooShort'].vi).max(256);

export const userCreate = z.strictObject({
  username,
  displayName: vnText({ max: 200 }),
  agencyId: z.uuid(),
  roles: z.array(role).min(1),
  password,
});
export const userUpdate = z.strictObject({
  displayName: vnText({ max: 200 }),
  agencyId: z.uuid(),
  roles: z.array(role).min(1),
  status: userStatus,
  version: z.number().int(),
});

export const loginRequest = z.strictObject({ username, password: z.string().min(1).max(256) });
export const mfaVerifyRequest = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^(\d{6}|[a-z0-9]{4}-[a-z0-9]{4})$/i, m['mfa.codeFormat'].vi),
});
export const passwordChangeRequest = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: password,
});

/** What the signed-in user may see of themselves; `stage` tells the web which step of sign-in is next. */
export const me = z.object({
  user: z.object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    roles: z.array(role),
    mfaEnabled: z.boolean(),
  }),
  agency: z.object({ id: z.uuid(), name: z.string(), kind: agencyKind }),
  jurisdiction: z.array(
    z.object({
      id: z.uuid(),
      code: z.string(),
      name: z.string(),
      validFrom: z.string(),
      validTo: z.string().nullable(),
    }),
  ),
  stage: z.enum(['mfa_verify', 'mfa_enrol', 'password_change', 'ready']),
  /** What the user's roles allow: the web gates menus and buttons on these, never on role names. */
  permissions: z.array(z.enum(permissions)),
  csrfToken: z.string(),
});
export type Me = z.infer<typeof me>;

/**
 * Re-authentication before a sensitive action (creating API tokens, resetting another user's password or
 * 2FA, granting or changing roles): the password, or a TOTP code when 2FA is on. Valid for a few minutes.
 */
export const reauthRequest = z
  .strictObject({
    password: z.string().min(1).max(256).optional(),
    code: z.string().trim().min(6).max(20).optional(),
  })
  .refine((v) => (v.password === undefined) !== (v.code === undefined), {
    message: m['auth.passwordOrCode'].vi,
    path: ['password'],
  });
export type ReauthRequest = z.infer<typeof reauthRequest>;

/** A personal API token as its owner sees it (never the secret, which is shown once at creation). */
export const apiTokenView = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiTokenView = z.infer<typeof apiTokenView>;

/** A live browser session of the signed-in user (id = the stored hash, never the cookie itself). */
export const sessionView = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});
export type SessionView = z.infer<typeof sessionView>;
