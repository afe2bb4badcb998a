import { createAgencyService } from './modules/access/agency.service.ts';
import { type AuthSettings, createAuthService, defaultAuthSettings } from './modules/access/auth.service.ts';
import { createTokenService } from './modules/access/token.service.ts';
import { createUserService } from './modules/access/user.service.ts';
import { createAuditService } from './modules/audit/audit.service.ts';
import { createUnitService } from './modules/units/unit.service.ts';
import type { Keyring } from './platform/crypto/keys.ts';
import type { Db } from './platform/db/client.ts';

/** The use cases, wired to one database. Built once by the composition root (and by tests). */
export function createServices(db: Db, keyring: Keyring, auth: Partial<AuthSettings> = {}) {
  return {
    units: createUnitService(db),
    agencies: createAgencyService(db),
    users: createUserService(db),
    auth: createAuthService(db, keyring, { ...defaultAuthSettings, ...auth }),
    tokens: createTokenService(db),
    audit: createAuditService(db),
  };
}

export type Services = ReturnType<typeof createServices>;
