import { createAgencyService } from './modules/access/agency.service.ts';
import { type AuthSettings, createAuthService, defaultAuthSettings } from './modules/access/auth.service.ts';
import { createMfaService } from './modules/access/mfa.service.ts';
import { createSessionService } from './modules/access/session.service.ts';
import { createTokenService } from './modules/access/token.service.ts';
import { createUserService } from './modules/access/user.service.ts';
import { useAuditKeys } from './modules/audit/audit.recorder.ts';
import { createAuditService } from './modules/audit/audit.service.ts';
import { type AttachmentOptions, attachmentServiceFor } from './modules/files/attachment.service.ts';
import { createUnitService } from './modules/units/unit.service.ts';
import type { Keyring } from './platform/crypto/keys.ts';
import type { Db } from './platform/db/client.ts';
import { createRegisterServices } from './registers/index.ts';

/** The use cases, wired to one database. Built once by the composition root (and by tests). */
export function createServices(
  db: Db,
  keyring: Keyring,
  authSettings: Partial<AuthSettings> = {},
  files: AttachmentOptions = {},
) {
  // Every appendAudit in this process chains with these keys (see useAuditKeys for why it is not a parameter).
  useAuditKeys(keyring.audit);
  const settings = { ...defaultAuthSettings, ...authSettings };
  const auth = createAuthService(db, settings);
  const units = createUnitService(db);
  return {
    units,
    agencies: createAgencyService(db),
    users: createUserService(db),
    auth,
    mfa: createMfaService(db, keyring, auth, settings),
    tokens: createTokenService(db),
    sessions: createSessionService(db),
    audit: createAuditService(db),
    /** Files attached to register records (`registerRecordType` once per register). */
    attachments: attachmentServiceFor(db, keyring.files, files),
    /** The registers' services (hotspots…), keyed as declared in `registers/index.ts`. */
    registers: createRegisterServices({ db, units }),
  };
}

export type Services = ReturnType<typeof createServices>;
