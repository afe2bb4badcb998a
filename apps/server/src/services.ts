import type { Permission } from '@pcmt/contracts';
import { can } from './modules/access/access.policy.ts';
import { createAgencyService } from './modules/access/agency.service.ts';
import { type AuthSettings, createAuthService, defaultAuthSettings } from './modules/access/auth.service.ts';
import { createMfaService } from './modules/access/mfa.service.ts';
import { createSessionService } from './modules/access/session.service.ts';
import { createTokenService } from './modules/access/token.service.ts';
import { createUserService } from './modules/access/user.service.ts';
import { useAuditKeys } from './modules/audit/audit.recorder.ts';
import { createAuditService } from './modules/audit/audit.service.ts';
import {
  type AttachmentOptions,
  type AttachmentService,
  attachmentServiceFor,
} from './modules/files/attachment.service.ts';
import { createUnitService } from './modules/units/unit.service.ts';
import type { Keyring } from './platform/crypto/keys.ts';
import type { Db } from './platform/db/client.ts';
import {
  createRegisterServices,
  type RegisterServices,
  recordReadable,
  serverRegisters,
} from './registers/index.ts';

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
  const registers = createRegisterServices({ db, units, keyring });
  const attachments = attachmentServiceFor(db, keyring.files, files);
  attachToRegisters(attachments, registers);
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
    attachments,
    /** The registers' services (hotspots…), keyed as declared in `registers/index.ts`. */
    registers,
  };
}

export type Services = ReturnType<typeof createServices>;

/**
 * Every register's records can carry files: the register's own read check decides who may list and download
 * them (out of scope → 404), and its `<recordType>.write` permission, when it has one, who may add them.
 */
function attachToRegisters(attachments: AttachmentService, registers: RegisterServices) {
  for (const { contract } of serverRegisters) {
    const write = `${contract.recordType}.write`;
    const gated = (contract.permissions as readonly string[]).includes(write);
    attachments.registerRecordType(contract.recordType, {
      readable: (actor, id) => recordReadable(registers, actor, contract.recordType, id),
      attachable: async (actor) => !gated || can(actor, write as Permission),
    });
  }
}
