import {
  type AgeBand,
  ageBandLabel,
  ageBands,
  drugStatusLabel,
  type PersonAggregates,
  personStatusLabel,
  sexLabel,
} from '@pcmt/contracts';
import { ageBandOn, ethnicGroups, parseBirthDate } from '@pcmt/domain';
import { invalid } from '../../platform/errors.ts';
import { authorize } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { auditContextOf } from '../access/agency.service.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { aggregateCounts } from './person.repository.ts';
import type { PersonContext } from './person-context.ts';

/** The statistical view (leadership, departments): counts in the actor's scope, never a name. */
export function personAggregates({ db, today }: PersonContext) {
  return {
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
  };
}
