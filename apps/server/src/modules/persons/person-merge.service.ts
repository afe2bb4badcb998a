import type { Person, PersonMerge, PersonReconciliation, PersonReconciliationRequest } from '@pcmt/contracts';
import { person } from '../../platform/db/schema/index.ts';
import { AppError, invalid, issue } from '../../platform/errors.ts';
import { authorize } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { auditContextOf } from '../access/agency.service.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { updateVersioned } from '../kit/versioned.ts';
import { moveHotspotLinks } from './hotspot-person.repository.ts';
import { cccdIndexesInScope, findPersonRow, moveFacts, personRowsByIds } from './person.repository.ts';
import type { PersonContext } from './person-context.ts';
import { refreshDerivedStatuses } from './person-derived.ts';

/** Two records found to be one person (merge), and the register against the national one by CCCD. */
export function personMergeService({ db, sealing, today, mustFind, present, summaries }: PersonContext) {
  return {
    /**
     * Merges a duplicate into the record kept: the duplicate's tests, determinations, measures, ring memberships,
     * hotspot links and hand-recorded statuses move to it (its statuses recomputed), a CCCD or health detail it lacks is sealed
     * again for it; the duplicate stays readable with its own residences and trail, pointing at the record kept.
     * Two different CCCDs are two persons: refused.
     */
    async merge(actor: Actor, id: string, input: PersonMerge): Promise<Person> {
      authorize(actor, 'person.write');
      if (input.intoId === id) throw invalid('intoId', 'person.mergeSelf');
      const from = await mustFind(db, actor, id, 'person.write');
      const into = await findPersonRow(db, actor, input.intoId, 'person.write');
      if (!into) throw invalid('intoId', 'person.notFound');
      if (into.p.mergedIntoId) throw invalid('intoId', 'person.alreadyMerged');
      if (from.p.cccdIndex && into.p.cccdIndex && from.p.cccdIndex !== into.p.cccdIndex)
        throw new AppError('conflict', 'person.mergeCccdDiffer', undefined, {
          details: [issue('intoId', 'person.mergeCccdDiffer')],
        });
      const cccd = !into.p.cccdIndex ? sealing.openCccd(id, from.p.cccdSealed) : null;
      const health = !into.p.healthSealed ? sealing.openHealth(id, from.p.healthSealed) : null;
      return db.transaction(async (tx) => {
        await updateVersioned(tx, person, actor, { id, version: input.version }, { mergedIntoId: into.p.id });
        const moved = {
          ...(await moveFacts(tx, id, into.p.id)),
          hotspots: await moveHotspotLinks(tx, id, into.p.id),
        };
        if (cccd || health)
          await updateVersioned(
            tx,
            person,
            actor,
            { id: into.p.id, version: into.p.version },
            {
              ...(cccd ? sealing.cccdColumns(into.p.id, cccd) : {}),
              ...(health ? sealing.healthColumn(into.p.id, health) : {}),
            },
          );
        const kept = await mustFind(tx, actor, into.p.id);
        await refreshDerivedStatuses(tx, actor, kept.p, today());
        await appendAudit(tx, auditContextOf(actor), [
          {
            action: 'person.merge',
            recordType: 'person',
            recordId: id,
            before: { mergedIntoId: null },
            after: { mergedIntoId: into.p.id, reason: input.reason },
          },
          {
            action: 'person.merge',
            recordType: 'person',
            recordId: into.p.id,
            after: {
              mergedFromId: id,
              reason: input.reason,
              ...moved,
              ...(cccd ? { cccdReplaced: true } : {}),
              ...(health ? { healthReplaced: true } : {}),
            },
          },
        ]);
        return present(tx, await mustFind(tx, actor, into.p.id));
      });
    },

    /**
     * Reconciliation by CCCD with the national register: who is on one side only, inside the actor's scope,
     * through the blind index (nothing decrypted). Audited with the reason and the counts, never the numbers.
     */
    async reconcile(actor: Actor, input: PersonReconciliationRequest): Promise<PersonReconciliation> {
      authorize(actor, 'person.export');
      return db.transaction(async (tx) => {
        const records = await cccdIndexesInScope(tx, actor, input.unitId);
        const given = new Map<string, string>();
        for (const n of input.cccds) given.set(sealing.cccdIndex(n), n);
        const here = new Set(records.map((r) => r.index).filter((x): x is string => x !== null));
        const onlyInNational = [...given].filter(([index]) => !here.has(index)).map(([, n]) => n);
        const missingIds = records.filter((r) => r.index !== null && !given.has(r.index)).map((r) => r.id);
        const onlyInPcmt = await summaries(tx, await personRowsByIds(tx, actor, missingIds));
        const out = {
          inBoth: [...given.keys()].filter((index) => here.has(index)).length,
          onlyInNational,
          onlyInPcmt: onlyInPcmt.sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi')),
          withoutCccd: records.filter((r) => r.index === null).length,
        };
        await appendAudit(tx, auditContextOf(actor), {
          action: 'person.reconcile',
          recordType: 'person',
          after: {
            reason: input.reason,
            unitId: input.unitId ?? null,
            given: given.size,
            inBoth: out.inBoth,
            onlyInNational: onlyInNational.length,
            onlyInPcmt: onlyInPcmt.length,
            withoutCccd: out.withoutCccd,
          },
        });
        return out;
      });
    },
  };
}
