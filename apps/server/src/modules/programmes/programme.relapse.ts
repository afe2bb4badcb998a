import { type IndicatorSnapshot, renderMessage } from '@pcmt/contracts';
import { formatDateVi, relapseSignals, ruleSetFor } from '@pcmt/domain';
import type { Db } from '../../platform/db/client.ts';
import type { Actor } from '../access/actor.ts';
import { auditContextOf } from '../access/agency.service.ts';
import { systemActor } from '../access/system-account.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { insertProgrammeEvent, markRelapsed, watchedProgrammes } from './programme.repository.ts';
import { areaUnits, reformationsIn, snapshotOf } from './programme-indicators.repository.ts';

export type RelapseCheck = { programmeId: string; reasons: { vi: string; en: string }[] };

/**
 * The relapse watch (tái phức tạp): for each programme in `succeeded`, a hotspot of its commune re-formed
 * between the success and the end of the watch (up to `today`), or — while the watch runs — indicators that
 * rose again against those at success (`relapseSignals`, under the rule set in force today), flag the
 * programme `relapsed` with the reasons. The built-in `system` account acts: the event and the audit row name it. A programme someone moved meanwhile is skipped (guarded UPDATE), never overwritten.
 */
export function relapseCheckOf(db: Db) {
  return async function checkRelapses(today: string, only?: string[]): Promise<RelapseCheck[]> {
    const flagged: RelapseCheck[] = [];
    if (only && only.length === 0) return flagged;
    // The built-in system account acts (one audit shape with every other system action); looked up once, and
    // outside any transaction (PGlite has one connection).
    let system: Actor | undefined;
    for (const p of await watchedProgrammes(db, only)) {
      if (!p.watchUntil || today < p.statusSince) continue;
      const units = await areaUnits(db, p.unitId);
      const watchEnd = today < p.watchUntil ? today : p.watchUntil;
      const reformed = await reformationsIn(db, units, p.statusSince, watchEnd);
      const atSuccess = p.atSuccess as IndicatorSnapshot | null;
      // Figures of today say nothing about a watch that is over; a re-formation dated within it still counts.
      const current = today <= p.watchUntil && atSuccess ? await snapshotOf(db, p.unitId, today) : null;
      const ruleSet = ruleSetFor(today) ?? undefined;
      const signals =
        atSuccess && current
          ? relapseSignals(
              atSuccess.indicators,
              current.indicators,
              reformed.length,
              ruleSet ? { ruleSet } : {},
            )
          : reformed.length
            ? [{ id: 'reformed_hotspot', vi: '', en: '' }]
            : [];
      const named = reformed.map((r) => `${r.name} (${formatDateVi(r.on)})`).join(', ');
      const reasons = signals.map((s) =>
        s.id === 'reformed_hotspot'
          ? {
              vi: renderMessage('programme.hotspotReformed', { hotspots: named }, 'vi'),
              en: renderMessage('programme.hotspotReformed', { hotspots: named }, 'en'),
            }
          : { vi: s.vi, en: s.en },
      );
      if (!reasons.length) continue;
      const on = reformed[0]?.on ?? today;
      system ??= await systemActor(db, { via: 'start', command: 'relapse-check' });
      const actor = system;
      const moved = await db.transaction(async (tx) => {
        if (!(await markRelapsed(tx, p, on, reasons))) return false;
        await insertProgrammeEvent(tx, {
          programmeId: p.id,
          fromStatus: 'succeeded',
          toStatus: 'relapsed',
          on,
          reason: reasons.map((r) => r.vi).join('; '),
          createdBy: actor.userId,
        });
        await appendAudit(tx, auditContextOf(actor), {
          action: 'programme.relapse',
          recordType: 'programme',
          recordId: p.id,
          before: { status: 'succeeded' },
          after: { status: 'relapsed', statusSince: on, relapseReasons: reasons, reason: reasons[0]!.vi },
        });
        return true;
      });
      if (moved) flagged.push({ programmeId: p.id, reasons });
    }
    return flagged;
  };
}

/**
 * Runs the relapse check at start and then every `minutes` (the way audit checkpoints are scheduled), on the
 * server only; a failure is logged and retried at the next tick. Returns the function that stops it.
 */
export function scheduleRelapseChecks(
  check: (at: Date) => Promise<unknown>,
  opts: { minutes: number; log: { warn: (o: object, msg: string) => void } },
): () => void {
  const run = () =>
    void check(new Date()).catch((err: unknown) => opts.log.warn({ err }, 'relapse check failed'));
  run();
  const timer = setInterval(run, opts.minutes * 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
