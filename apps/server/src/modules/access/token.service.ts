import type { ApiTokenView } from '@pcmt/contracts';
import { randomToken, sha256Hex } from '../../platform/crypto/keys.ts';
import type { Db } from '../../platform/db/client.ts';
import { notFound } from '../../platform/errors.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import type { Actor } from './actor.ts';
import { auditContextOf } from './agency.service.ts';
import { type ClientInfo, ctxOf } from './auth.service.ts';
import type { AccountRow } from './session.repository.ts';
import { insertToken, listTokensOf, revokeOwnToken } from './token.repository.ts';

/** Tokens expire: a forgotten integration credential must not live forever (at most a year). */
export const DEFAULT_TOKEN_DAYS = 90;

type Owner = Pick<AccountRow, 'id' | 'username' | 'agencyId'>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Personal API tokens (`Authorization: Bearer pcmt_…`): shown once, stored as SHA-256, owned by one user. */
export function createTokenService(db: Db) {
  return {
    /**
     * `mfa`: the minting session passed 2FA. A token minted without it is refused (at use) once its owner
     * holds a role that needs 2FA, so raising an account's roles cannot promote its old tokens.
     * `by`: who mints it when not the owner (the system, for `pcmt token create`); the audit row names them
     * as actor, and the owner is in `after.userId` either way.
     */
    async create(
      owner: Owner,
      name: string,
      client: ClientInfo,
      opts: { days?: number | undefined; mfa: boolean; by?: Actor },
    ) {
      const days = opts.days ?? DEFAULT_TOKEN_DAYS;
      const secret = `pcmt_${randomToken(32)}`;
      return db.transaction(async (tx) => {
        const row = await insertToken(tx, {
          userId: owner.id,
          name,
          tokenHash: sha256Hex(secret),
          prefix: secret.slice(0, 10),
          expiresAt: new Date(Date.now() + days * 86_400_000),
          mfaAtCreation: opts.mfa,
        });
        await appendAudit(tx, opts.by ? auditContextOf(opts.by) : ctxOf(owner, client), {
          action: 'token.create',
          recordType: 'api_token',
          recordId: row.id,
          after: { userId: owner.id, name, prefix: secret.slice(0, 10), days, mfa: opts.mfa },
        });
        return { id: row.id, token: secret, expiresAt: iso(row.expiresAt) };
      });
    },

    async list(owner: Owner): Promise<ApiTokenView[]> {
      const rows = await listTokensOf(db, owner.id);
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        prefix: r.prefix,
        createdAt: r.createdAt.toISOString(),
        lastUsedAt: iso(r.lastUsedAt),
        expiresAt: iso(r.expiresAt),
        revokedAt: iso(r.revokedAt),
      }));
    },

    /** Only the owner revokes their token; someone else's token id answers 404 like an unknown one. */
    async revoke(owner: Owner, id: string, client: ClientInfo): Promise<void> {
      await db.transaction(async (tx) => {
        const done = await revokeOwnToken(tx, owner.id, id);
        if (!done) throw notFound('token.notFound');
        await appendAudit(tx, ctxOf(owner, client), {
          action: 'token.revoke',
          recordType: 'api_token',
          recordId: id,
          before: { name: done.name, prefix: done.prefix },
        });
      });
    },
  };
}

export type TokenService = ReturnType<typeof createTokenService>;
