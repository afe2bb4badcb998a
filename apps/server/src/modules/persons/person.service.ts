import { randomUUID } from 'node:crypto';
import {
  type AgeBand,
  ageBandLabel,
  ageBands,
  type DuplicatePair,
  drugStatusLabel,
  localisedMessage,
  type Paged,
  type Person,
  type PersonAggregates,
  type PersonCreate,
  type PersonListQuery,
  type PersonMerge,
  type PersonReconciliation,
  type PersonReconciliationRequest,
  type PersonStatusCreate,
  type PersonSummary,
  type PersonUpdate,
  personContract,
  personStatusLabel,
  type SealedDetails,
  sexLabel,
  type TimelineEntry,
} from '@pcmt/contracts';
import {
  addDays,
  ageBandOn,
  ethnicGroups,
  isDuplicateCandidate,
  manualStatusCloses,
  maskCccd,
  parseBirthDate,
} from '@pcmt/domain';
import { todayInVietnam } from '../../platform/clock.ts';
import type { Keyring } from '../../platform/crypto/keys.ts';
import type { Db } from '../../platform/db/client.ts';
import { person } from '../../platform/db/schema/index.ts';
import { AppError, invalid, issue, notFound } from '../../platform/errors.ts';
import { authorize } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { auditContextOf } from '../access/agency.service.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { recordTimeline } from '../kit/timeline.ts';
import { updateVersioned } from '../kit/versioned.ts';
import { birthOf, toPerson, toSummary } from './person.presenter.ts';
import {
  aggregateCounts,
  cccdIndexesInScope,
  closeResidence,
  closeStatuses,
  communeValidOn,
  duplicateCandidateRows,
  duplicatePairIds,
  findPersonRow,
  insertPerson,
  insertResidence,
  insertStatus,
  listPersonRows,
  moveFacts,
  openStatusesOf,
  type PersonRow,
  personByCccdIndex,
  personRowsByIds,
  personSet,
  residencesOf,
  setOpenResidenceAddress,
  statusesOf,
  unitWithinScope,
} from './person.repository.ts';
import { personSealing } from './person.sealing.ts';
import { attachmentOfPerson } from './person-attachments.repository.ts';
import { refreshDerivedStatuses } from './person-derived.ts';
import {
  checkPersonDate,
  checkPersonFacts,
  isUniqueViolation,
  type PersonFacts,
  vnDate,
} from './person-rules.ts';

export type PersonDeps = { keyring: Keyring; now?: (() => Date) | undefined };

/** How close a trigram match must be (with the same birth) to be offered as a possible duplicate. */
const FUZZY_NAME_SIMILARITY = 0.6;
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
 * audited reveal of sealed values, duplicate candidates, manual statuses, counts without names.
 */
export function createPersonService(db: Db, deps: PersonDeps) {
  const sealing = personSealing(deps.keyring);
  const today = () => todayInVietnam(deps.now?.() ?? new Date());

  const mustFind = async (
    tx: Db,
    actor: Actor,
    id: string,
    permission: 'person.read' | 'person.write' = 'person.read',
  ) => {
    const row = await findPersonRow(tx, actor, id, permission);
    if (!row) throw notFound('person.notFound');
    // A merged record stays readable; its facts live on the record kept, so it takes no more writes.
    if (permission === 'person.write' && row.p.mergedIntoId)
      throw new AppError('conflict', 'person.alreadyMerged');
    return row;
  };
  const present = async (tx: Db, row: PersonRow): Promise<Person> =>
    toPerson(row, await statusesOf(tx, row.p.id), await residencesOf(tx, row.p.id), today());
  const summaries = async (tx: Db, rows: PersonRow[]): Promise<PersonSummary[]> => {
    const t = today();
    const open = await openStatusesOf(
      tx,
      rows.map((r) => r.p.id),
      t,
    );
    return rows.map((r) => toSummary(r, open.get(r.p.id) ?? [], t));
  };

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

  /** Possible duplicates in scope: same name key and birth (domain), or a close trigram match with the same birth. */
  async function candidatesFor(actor: Actor, facts: PersonFacts, excludeId?: string) {
    const birth = facts.birthDate ? parseBirthDate(facts.birthDate, facts.birthPrecision) : null;
    const rows = await duplicateCandidateRows(db, actor, {
      fullName: facts.fullName,
      dupKey: facts.dupKey,
      birthYear: birth ? Number(birth.date.slice(0, 4)) : null,
      ...(excludeId ? { excludeId } : {}),
    });
    return rows.filter((r) => {
      const other = { fullName: r.p.fullName, birthDate: birthOf(r.p) };
      if (isDuplicateCandidate({ fullName: facts.fullName, birthDate: birth }, other)) return true;
      if (r.similarity < FUZZY_NAME_SIMILARITY || !birth || !other.birthDate) return false;
      return birth.precision === 'day' && other.birthDate.precision === 'day'
        ? birth.date === other.birthDate.date
        : birth.date.slice(0, 4) === other.birthDate.date.slice(0, 4);
    });
  }

  const duplicatesFound = (rows: PersonRow[]) => {
    const details = rows.map((r) => ({
      ...issue('duplicates', 'person.duplicateCandidate', {
        name: r.p.fullName,
        birth: r.p.birthDate
          ? r.p.birthPrecision === 'year'
            ? r.p.birthDate.slice(0, 4)
            : vnDate(r.p.birthDate)
          : localisedMessage('person.birthUnknown'),
        unit: r.unitName,
        reason: localisedMessage('person.similarNameSameBirth'),
      }),
      // The candidate's id, so the form can open it (the path names where the problem is: that record).
      path: `duplicates.${r.p.id}`,
    }));
    return new AppError('conflict', 'person.duplicateCandidates', { count: rows.length }, { details });
  };

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

    async create(actor: Actor, input: PersonCreate, opts: { isDemo?: boolean } = {}): Promise<Person> {
      authorize(actor, 'person.write');
      const t = today();
      const facts = checkPersonFacts(input, t);
      const since = input.residenceSince ?? t;
      await placeCommune(actor, input.unitId, since);
      if (input.cccd) await assertCccdFree(actor, input.cccd);
      if (!input.confirmDuplicates) {
        const candidates = await candidatesFor(actor, facts);
        if (candidates.length) throw duplicatesFound(candidates);
      }
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
     * An edit: versioned (409 on a stale version). Moving to another commune of the actor's jurisdiction closes
     * the residence and opens a new one; a commune outside it would be a transfer (not built: 400).
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
      if (moved) {
        // The new residence starts after the current one did (the history is never rewritten).
        if (before.p.residenceSince && since <= before.p.residenceSince)
          throw invalid('residenceSince', 'date.notBeforeCurrentStatus', {
            date: vnDate(before.p.residenceSince),
          });
        await placeCommune(actor, input.unitId, since);
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
          const after = await present(tx, await mustFind(tx, actor, id));
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

    /** Reading a person is audited (who looked at whom). */
    async get(actor: Actor, id: string): Promise<Person> {
      authorize(actor, 'person.read');
      return db.transaction(async (tx) => {
        const found = await present(tx, await mustFind(tx, actor, id));
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

    /** The review list: pairs of records in scope that may be one person. */
    async duplicates(actor: Actor): Promise<{ data: DuplicatePair[] }> {
      authorize(actor, 'person.read');
      return db.transaction(async (tx) => {
        const pairs = await duplicatePairIds(tx, actor, 200);
        const rows = await personRowsByIds(tx, actor, [...new Set(pairs.flatMap((p) => [p.a, p.b]))]);
        const byId = new Map((await summaries(tx, rows)).map((s) => [s.id, s]));
        const raw = new Map(rows.map((r) => [r.p.id, r.p]));
        const data = pairs
          .filter((p) => byId.has(p.a) && byId.has(p.b))
          .filter((p) => {
            const a = raw.get(p.a)!;
            const b = raw.get(p.b)!;
            const ba = birthOf(a);
            const bb = birthOf(b);
            if (
              isDuplicateCandidate(
                { fullName: a.fullName, birthDate: ba },
                { fullName: b.fullName, birthDate: bb },
              )
            )
              return true;
            if (p.similarity < FUZZY_NAME_SIMILARITY || !ba || !bb) return false;
            return ba.precision === 'day' && bb.precision === 'day' ? ba.date === bb.date : true;
          })
          .map((p) => ({
            a: byId.get(p.a)!,
            b: byId.get(p.b)!,
            reason: 'similar_name_same_birth' as const,
            similarity: Math.round(p.similarity * 100) / 100,
          }));
        await appendAudit(tx, auditContextOf(actor), {
          action: 'person.duplicates',
          recordType: 'person',
          after: { returned: data.length },
        });
        return { data };
      });
    },

    /** Counts only (by commune, drug status, open status, age band, sex, ethnicity): never a name. */
    async aggregates(
      actor: Actor,
      q: { on?: string | undefined; unitId?: string | undefined },
    ): Promise<PersonAggregates> {
      authorize(actor, 'person.aggregate');
      const t = today();
      const on = q.on ?? t;
      if (on > t) throw invalid('on', 'person.aggregatePeriod');
      return db.transaction(async (tx) => {
        const c = await aggregateCounts(tx, actor, { on, unitId: q.unitId });
        const bands = new Map<AgeBand, number>(ageBands.map((b) => [b, 0]));
        for (const r of c.byBirth) {
          const birth = r.birthDate
            ? parseBirthDate(r.birthDate, r.precision as 'day' | 'year' | null)
            : null;
          const band: AgeBand = birth ? ageBandOn(birth, on) : 'unknown';
          bands.set(band, (bands.get(band) ?? 0) + r.count);
        }
        const ethnic = new Map(ethnicGroups.map((g) => [g.code, g.name]));
        const total = c.byUnit.reduce((n, r) => n + r.count, 0);
        const out: PersonAggregates = {
          on,
          total,
          byUnit: c.byUnit,
          byDrugStatus: c.byDrugStatus.map((r) => ({
            key: r.key ?? 'none',
            label: drugStatusLabel[r.key as keyof typeof drugStatusLabel]?.vi ?? String(r.key),
            count: r.count,
          })),
          byStatus: c.byStatus.map((r) => ({
            key: r.key,
            label: personStatusLabel[r.key as keyof typeof personStatusLabel]?.vi ?? r.key,
            count: r.count,
          })),
          byAgeBand: [...bands].map(([key, count]) => ({ key, label: ageBandLabel[key].vi, count })),
          bySex: c.bySex.map((r) => ({
            key: r.key ?? 'unknown',
            label: sexLabel[r.key as keyof typeof sexLabel]?.vi ?? String(r.key),
            count: r.count,
          })),
          byEthnicity: c.byEthnicity.map((r) => ({
            key: r.key ?? 'unknown',
            label: r.key ? (ethnic.get(r.key) ?? r.key) : 'Chưa rõ',
            count: r.count,
          })),
        };
        await appendAudit(tx, auditContextOf(actor), {
          action: 'person.aggregate',
          recordType: 'person',
          after: { on, unitId: q.unitId ?? null, total },
        });
        return out;
      });
    },

    /**
     * Merges a duplicate into the record kept: the duplicate's tests, determinations, measures, ring memberships
     * and hand-recorded statuses move to it (its statuses recomputed), a CCCD or health detail it lacks is sealed
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
        const moved = await moveFacts(tx, id, into.p.id);
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

    /** May the actor read this person? (Attachments and the timeline ask; out of scope is "no such record".) */
    async readable(actor: Actor, id: string): Promise<boolean> {
      return !!(await findPersonRow(db, actor, id));
    },

    async timeline(actor: Actor, id: string, language: 'vi' | 'en'): Promise<TimelineEntry[]> {
      authorize(actor, 'person.read');
      await mustFind(db, actor, id);
      return recordTimeline(db, personContract, id, language);
    },
  };
}

export type PersonService = ReturnType<typeof createPersonService>;
