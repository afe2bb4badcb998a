import { type DuplicatePair, localisedMessage } from '@pcmt/contracts';
import { isDuplicateCandidate, parseBirthDate } from '@pcmt/domain';
import { AppError, issue } from '../../platform/errors.ts';
import { authorize } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { auditContextOf } from '../access/agency.service.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { birthOf } from './person.presenter.ts';
import {
  duplicateCandidateRows,
  duplicatePairIds,
  type PersonRow,
  personRowsByIds,
} from './person.repository.ts';
import type { PersonContext } from './person-context.ts';
import { type PersonFacts, vnDate } from './person-rules.ts';

/** How close a trigram match must be (with the same birth) to be offered as a possible duplicate. */
const FUZZY_NAME_SIMILARITY = 0.6;

/**
 * Possible duplicates: before saving (same name key and birth in the domain's sense, or a close trigram match with
 * the same birth, answered 409 with one detail per candidate) and the review list of pairs in scope.
 */
export function personDuplicates({ db, summaries }: PersonContext) {
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

  return {
    /** Refuses (409) a record that may already exist, unless the officer confirmed it is another person. */
    async assertNoDuplicates(actor: Actor, facts: PersonFacts) {
      const candidates = await candidatesFor(actor, facts);
      if (candidates.length) throw duplicatesFound(candidates);
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
  };
}
