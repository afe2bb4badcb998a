import { randomUUID } from 'node:crypto';
import {
  type Paged,
  type Person,
  type PersonCreate,
  type PersonListQuery,
  type PersonStatusCreate,
  type PersonSummary,
  type PersonUpdate,
  personContract,
  personStatusLabel,
  type SealedDetails,
  type TimelineEntry,
} from '@pcmt/contracts';
import { addDays, manualStatusCloses, maskCccd } from '@pcmt/domain';
import type { Db } from '../../platform/db/client.ts';
import { person } from '../../platform/db/schema/index.ts';
import { AppError, invalid, issue, notFound } from '../../platform/errors.ts';
import { authorize, can } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { auditContextOf } from '../access/agency.service.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { updateVersioned } from '../kit/versioned.ts';
import { hotspotPersonLinks } from './hotspot-person.service.ts';
import {
  closeResidence,
  closeStatuses,
  communeValidOn,
  findPersonRow,
  insertPerson,
  insertResidence,
  insertStatus,
  listPersonRows,
  personByCccdIndex,
  personSet,
  setOpenResidenceAddress,
  statusesOf,
  unitWithinScope,
} from './person.repository.ts';
import { personAggregates } from './person-aggregates.service.ts';
import { attachmentOfPerson } from './person-attachments.repository.ts';
import { type PersonDeps, personContext } from './person-context.ts';
import { personDuplicates } from './person-duplicates.service.ts';
import { personExport } from './person-export.service.ts';
import { linksOfPerson } from './person-links.repository.ts';
import { personMergeService } from './person-merge.service.ts';
import {
  checkPersonDate,
  checkPersonFacts,
  isUniqueViolation,
  type PersonFacts,
  vnDate,
} from './person-rules.ts';
import { handedOverPersonRow } from './person-transfer.repository.ts';
import { personTransfers } from './person-transfer.service.ts';

export type { PersonDeps } from './person-context.ts';

const cccdLike = /^\d{12}$/;

/** The facts of a person as stored (everything but the sealed values, unit and bookkeeping). */
const plainColumns = (input: PersonCreate | PersonUpdate, facts: PersonFacts) => ({
  fullName: facts.fullName,
  aliases: [...new Set(input.aliases ?? [])],
  birthDate: facts.birthDate,
  birthPrecision: facts.birthPrecision,
  sex: input.sex,
  ethnicity: input.ethnicity ?? null,
  residenceAddress: input.residenceAddress ?? null,
  education: input.education ?? null,
  occupation: input.occupation ?? null,
  substances: [...new Set(input.substances ?? [])],
  firstUseYear: input.firstUseYear ?? null,
  firstSubstance: input.firstSubstance ?? null,
  managementFile: input.managementFile ?? false,
  criminalRecord: input.criminalRecord ?? false,
  administrativeRecord: input.administrativeRecord ?? false,
  mobility: input.mobility ?? null,
  notes: input.notes ?? null,
  dupKey: facts.dupKey,
});

/**
 * The person register: record, edit, search (folded name, CCCD through the blind index), read (audited), the
 * audited reveal of sealed values, manual statuses; duplicates, counts, merges and reconciliation are their own
 * files, joined here into one service.
 */
export function createPersonService(db: Db, deps: PersonDeps) {
  const ctx = personContext(db, deps);
  const { sealing, today, mustFind, present, summaries } = ctx;
  const dup = personDuplicates(ctx);
  const transfers = personTransfers(ctx);

  /** The commune of residence: a commune on the date, inside the actor's jurisdiction. */
  async function placeCommune(actor: Actor, unitId: string, on: string) {
    if (!(await communeValidOn(db, unitId, on)))
      throw invalid('unitId', 'unit.notCommuneOnDate', { date: vnDate(on) });
    if (!(await unitWithinScope(db, actor, unitId, 'person.write')))
      throw invalid('unitId', 'unit.outsideJurisdiction');
  }

  /** The CCCD is the person key: one live record per number, wherever it is. */
  async function assertCccdFree(actor: Actor, cccd: string, exceptId?: string) {
    const holder = await personByCccdIndex(db, sealing.cccdIndex(cccd));
    if (!holder || holder.id === exceptId) return;
    const readable = await findPersonRow(db, actor, holder.id);
    throw readable
      ? new AppError(
          'conflict',
          'person.cccdTaken',
          { name: holder.fullName },
          { details: [issue('cccd', 'person.cccdTaken', { name: holder.fullName })] },
        )
      : new AppError(
          'conflict',
          'person.cccdElsewhere',
          { agency: holder.agencyName },
          { details: [issue('cccd', 'person.cccdElsewhere', { agency: holder.agencyName })] },
        );
  }

  const cccdConflictOnRace = (e: unknown): never => {
    if (isUniqueViolation(e))
      throw new AppError(
        'conflict',
        'person.cccdTaken',
        { name: '—' },
        { details: [issue('cccd', 'person.cccdTaken', { name: '—' })] },
      );
    throw e;
  };

  /** Lists and audits never hold a CCCD in clear: a typed number is shown masked. */
  const auditedFilter = (q: PersonListQuery) => ({ ...q, ...(q.cccd ? { cccd: maskCccd(q.cccd) } : {}) });

  return {
    contract: personContract,
    sealing,
    today,
    duplicates: dup.duplicates,
    ...personAggregates(ctx),
    ...personMergeService(ctx),
    ...personExport(ctx),
    ...hotspotPersonLinks(ctx),

    async create(actor: Actor, input: PersonCreate, opts: { isDemo?: boolean } = {}): Promise<Person> {
      authorize(actor, 'person.write');
      const t = today();
      const facts = checkPersonFacts(input, t);
      const since = input.residenceSince ?? t;
      await placeCommune(actor, input.unitId, since);
      if (input.cccd) await assertCccdFree(actor, input.cccd);
      if (!input.confirmDuplicates) await dup.assertNoDuplicates(actor, facts);
      const id = randomUUID();
      return db
        .transaction(async (tx) => {
          await insertPerson(tx, {
            id,
            ...plainColumns(input, facts),
            residenceSince: since,
            ...sealing.cccdColumns(id, input.cccd ?? null),
            ...sealing.healthColumn(id, input.health ?? null),
            unitId: input.unitId,
            agencyId: actor.agencyId,
            createdBy: actor.userId,
            updatedBy: actor.userId,
            isDemo: opts.isDemo ?? false,
          });
          await insertResidence(tx, {
            personId: id,
            unitId: input.unitId,
            address: input.residenceAddress ?? null,
            fromOn: since,
            createdBy: actor.userId,
          });
          const created = await present(tx, await mustFind(tx, actor, id));
          await appendAudit(tx, auditContextOf(actor), {
            action: 'person.create',
            recordType: 'person',
            recordId: id,
            after: { ...created, ...(input.confirmDuplicates ? { confirmedDuplicates: true } : {}) },
          });
          return created;
        })
        .catch(cccdConflictOnRace);
    },

    /**
     * An edit: versioned (409 on a stale version). A move closes the residence and opens a new one; when the
     * new commune's police is another agency, the record is handed over to it with a notice (transfer), even
     * outside the actor's jurisdiction; the answer is then the record as handed over.
     */
    async update(actor: Actor, id: string, input: PersonUpdate): Promise<Person> {
      authorize(actor, 'person.write');
      const t = today();
      const before = await mustFind(db, actor, id, 'person.write');
      // A kept CCCD must still agree with the birth year and sex as edited.
      const keptCccd = input.cccd === undefined ? sealing.openCccd(id, before.p.cccdSealed) : null;
      const facts = checkPersonFacts(keptCccd ? { ...input, cccd: keptCccd } : input, t);
      const moved = input.unitId !== before.p.unitId;
      const since = moved
        ? (input.residenceSince ?? t)
        : (input.residenceSince ?? before.p.residenceSince ?? t);
      let receiver: Awaited<ReturnType<typeof transfers.receiverFor>> = null;
      if (moved) {
        // The new residence starts after the current one did (the history is never rewritten).
        if (before.p.residenceSince && since <= before.p.residenceSince)
          throw invalid('residenceSince', 'date.notBeforeCurrentStatus', {
            date: vnDate(before.p.residenceSince),
          });
        const commune = await communeValidOn(db, input.unitId, since);
        if (!commune) throw invalid('unitId', 'unit.notCommuneOnDate', { date: vnDate(since) });
        receiver = await transfers.receiverFor(actor, before.p, input.unitId, commune.name);
      }
      if (input.cccd) await assertCccdFree(actor, input.cccd, id);
      if (input.photoAttachmentId) {
        const photo = await attachmentOfPerson(db, input.photoAttachmentId, id);
        if (!photo?.mediaType.startsWith('image/')) throw invalid('photoAttachmentId', 'person.photoNotOwn');
      }
      const beforeView = await present(db, before);
      return db
        .transaction(async (tx) => {
          await updateVersioned(
            tx,
            person,
            actor,
            { id, version: input.version },
            personSet({
              ...plainColumns(input, facts),
              residenceSince: since,
              unitId: input.unitId,
              ...(receiver ? { agencyId: receiver.id } : {}),
              ...(input.cccd !== undefined ? sealing.cccdColumns(id, input.cccd) : {}),
              ...(input.health !== undefined ? sealing.healthColumn(id, input.health) : {}),
              ...(input.photoAttachmentId !== undefined
                ? { photoAttachmentId: input.photoAttachmentId }
                : {}),
            }),
          );
          if (moved) {
            await closeResidence(tx, id, since);
            await insertResidence(tx, {
              personId: id,
              unitId: input.unitId,
              address: input.residenceAddress ?? null,
              fromOn: since,
              createdBy: actor.userId,
            });
          } else await setOpenResidenceAddress(tx, id, input.residenceAddress ?? null);
          if (receiver)
            await transfers.handOver(tx, actor, before, {
              toUnitId: input.unitId,
              movedOn: since,
              note: input.transferNote ?? null,
              receiver,
            });
          // Handed over out of the actor's jurisdiction: the answer is the record as the actor just wrote it.
          const row = (await findPersonRow(tx, actor, id)) ?? (await handedOverPersonRow(tx, id));
          const after = await present(tx, row!);
          await appendAudit(tx, auditContextOf(actor), {
            action: 'person.update',
            recordType: 'person',
            recordId: id,
            before: beforeView,
            // A replaced CCCD or health detail is said, never shown (the mask may not change).
            after: {
              ...after,
              ...(input.cccd !== undefined ? { cccdReplaced: true } : {}),
              ...(input.health !== undefined ? { healthReplaced: true } : {}),
            },
          });
          return after;
        })
        .catch(cccdConflictOnRace);
    },

    /** Reading a person is audited (who looked at whom); with its rings, hotspots and pending hand-over. */
    async get(actor: Actor, id: string): Promise<Person> {
      authorize(actor, 'person.read');
      return db.transaction(async (tx) => {
        const found = {
          ...(await present(tx, await mustFind(tx, actor, id))),
          ...(await linksOfPerson(tx, actor, id, { hotspots: can(actor, 'hotspot.read') })),
          pendingTransfer: await transfers.pendingOf(tx, actor, id),
        };
        await appendAudit(tx, auditContextOf(actor), {
          action: 'person.read',
          recordType: 'person',
          recordId: id,
        });
        return found;
      });
    },

    /** Search-first list: folded name or alias (`q`), or an exact CCCD (`cccd`, or 12 digits typed in `q`). */
    async list(actor: Actor, query: PersonListQuery): Promise<Paged<PersonSummary>> {
      authorize(actor, 'person.read');
      const typed = query.q?.replace(/\s+/g, ' ').trim();
      const q: PersonListQuery =
        typed && cccdLike.test(typed.replace(/[\s.-]/g, ''))
          ? { ...query, q: undefined, cccd: typed.replace(/[\s.-]/g, '') }
          : { ...query, q: typed || undefined };
      const index = q.cccd ? sealing.cccdIndex(q.cccd) : null;
      return db.transaction(async (tx) => {
        const page = await listPersonRows(tx, actor, q, index, today());
        const data = await summaries(tx, page.data);
        await appendAudit(tx, auditContextOf(actor), {
          action: 'person.list',
          recordType: 'person',
          after: { returned: data.length, total: page.total, filter: auditedFilter(q) },
        });
        return { ...page, data };
      });
    },

    /**
     * The sealed values in clear, for holders of `person.seal.read` in scope, with a reason: one audit row per
     * view, with the reason, in the same transaction as the read.
     */
    async revealSealed(actor: Actor, id: string, reason: string): Promise<SealedDetails> {
      authorize(actor, 'person.seal.read');
      return db.transaction(async (tx) => {
        const row = await findPersonRow(tx, actor, id, 'person.seal.read');
        if (!row) throw notFound('person.notFound');
        const out = {
          cccd: sealing.openCccd(id, row.p.cccdSealed),
          health: sealing.openHealth(id, row.p.healthSealed),
        };
        await appendAudit(tx, auditContextOf(actor), {
          action: 'person.sealed.read',
          recordType: 'person',
          recordId: id,
          after: { reason, fields: ['cccd', 'health'].filter((f) => out[f as keyof typeof out] !== null) },
        });
        return out;
      });
    },

    /** A status recorded by hand (đối tượng, truy nã, đầu thú, lưu động…), closing the ones it excludes. */
    async addStatus(actor: Actor, id: string, input: PersonStatusCreate): Promise<Person> {
      authorize(actor, 'person.write');
      const t = today();
      const row = await mustFind(db, actor, id, 'person.write');
      checkPersonDate(
        'fromOn',
        input.fromOn,
        t,
        row.p.birthDate ? { date: row.p.birthDate, precision: row.p.birthPrecision } : null,
      );
      if (input.toOn && input.toOn < input.fromOn) throw invalid('toOn', 'date.endBeforeStart');
      const open = (await statusesOf(db, id)).find((s) => s.status === input.status && s.toOn === null);
      if (open)
        throw new AppError('conflict', 'person.statusAlreadyOpen', {
          status: personStatusLabel[input.status],
          date: vnDate(open.fromOn),
        });
      return db.transaction(async (tx) => {
        await closeStatuses(tx, id, manualStatusCloses[input.status] ?? [], addDays(input.fromOn, -1));
        await insertStatus(tx, {
          personId: id,
          status: input.status,
          fromOn: input.fromOn,
          toOn: input.toOn ?? null,
          basis: input.basis,
          sourceKind: 'manual',
          createdBy: actor.userId,
        });
        const after = await present(tx, await mustFind(tx, actor, id));
        await appendAudit(tx, auditContextOf(actor), {
          action: 'person.status',
          recordType: 'person',
          recordId: id,
          after: { status: input.status, fromOn: input.fromOn, toOn: input.toOn ?? null, basis: input.basis },
        });
        return after;
      });
    },

    /** May the actor read this person? (Attachments and the timeline ask; out of scope is "no such record".) */
    async readable(actor: Actor, id: string): Promise<boolean> {
      return !!(await findPersonRow(db, actor, id));
    },

    /** The trail: whole in scope; up to its hand-over for a commune that handed the person over. */
    timeline: (actor: Actor, id: string, language: 'vi' | 'en'): Promise<TimelineEntry[]> =>
      transfers.timeline(actor, id, language),
    transfers: transfers.transfers,
    transfersOf: transfers.transfersOf,
    acknowledgeTransfer: transfers.acknowledge,
  };
}

export type PersonService = ReturnType<typeof createPersonService>;
