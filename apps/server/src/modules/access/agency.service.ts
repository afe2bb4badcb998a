import type { Agency, AgencyKind, AgencyListQuery, Paged } from '@pcmt/contracts';
import type { Db } from '../../platform/db/client.ts';
import { AppError, conflict, issue, notFound } from '../../platform/errors.ts';
import { type AuditContext, appendAudit } from '../audit/audit.recorder.ts';
import { authorize } from './access.policy.ts';
import type { Actor } from './actor.ts';
import {
  countExistingUnits,
  findAgency,
  findAgencyByCode,
  insertAgency,
  listAgencies,
  replaceAgencyUnits,
  updateAgencyVersioned,
} from './agency.repository.ts';
import { refreshAgencyScope } from './scope.ts';

export type AgencyInput = { code: string; name: string; kind: AgencyKind; unitIds: string[] };

export const auditContextOf = (actor: Actor): AuditContext => ({
  actorUserId: actor.userId,
  actorUsername: actor.username,
  actorAgencyId: actor.agencyId,
  requestId: actor.requestId,
  ip: actor.ip,
});

async function assertUnitsExist(db: Db, unitIds: string[]) {
  const unique = [...new Set(unitIds)];
  if ((await countExistingUnits(db, unique)) !== unique.length) {
    throw new AppError('validation_failed', 'unit.someDoNotExist', undefined, {
      details: [issue('unitIds', 'unit.doesNotExist')],
    });
  }
  return unique;
}

async function assertCodeFree(db: Db, code: string, exceptId?: string) {
  const clash = await findAgencyByCode(db, code);
  if (clash && clash.id !== exceptId) {
    throw new AppError('conflict', 'agency.codeTaken', undefined, {
      details: [issue('code', 'agency.codeTaken')],
    });
  }
}

export function createAgencyService(db: Db) {
  return {
    async list(actor: Actor, query: AgencyListQuery): Promise<Paged<Agency>> {
      authorize(actor, 'agency.read');
      return listAgencies(db, actor, query);
    },

    async get(actor: Actor, id: string): Promise<Agency> {
      authorize(actor, 'agency.read');
      const found = await findAgency(db, actor, id);
      if (!found) throw notFound('agency.notFound');
      return found;
    },

    async create(actor: Actor, input: AgencyInput, opts: { isDemo?: boolean } = {}): Promise<Agency> {
      authorize(actor, 'agency.manage');
      return db.transaction(async (tx) => {
        const unitIds = await assertUnitsExist(tx, input.unitIds);
        await assertCodeFree(tx, input.code);
        const id = await insertAgency(tx, {
          code: input.code,
          name: input.name,
          kind: input.kind,
          isDemo: opts.isDemo ?? false,
        });
        await replaceAgencyUnits(tx, id, unitIds);
        await refreshAgencyScope(tx, id);
        const created = (await findAgency(tx, actor, id))!;
        await appendAudit(tx, auditContextOf(actor), {
          action: 'agency.create',
          recordType: 'agency',
          recordId: created.id,
          after: created,
        });
        return created;
      });
    },

    async update(actor: Actor, id: string, input: AgencyInput & { version: number }): Promise<Agency> {
      authorize(actor, 'agency.manage');
      return db.transaction(async (tx) => {
        const before = await findAgency(tx, actor, id);
        if (!before) throw notFound('agency.notFound');
        const unitIds = await assertUnitsExist(tx, input.unitIds);
        await assertCodeFree(tx, input.code, id);
        const updated = await updateAgencyVersioned(tx, id, input.version, {
          code: input.code,
          name: input.name,
          kind: input.kind,
        });
        if (!updated) throw conflict();
        await replaceAgencyUnits(tx, id, unitIds);
        await refreshAgencyScope(tx, id);
        const after = (await findAgency(tx, actor, id))!;
        await appendAudit(tx, auditContextOf(actor), {
          action: 'agency.update',
          recordType: 'agency',
          recordId: id,
          before,
          after,
        });
        return after;
      });
    },
  };
}

export type AgencyService = ReturnType<typeof createAgencyService>;
