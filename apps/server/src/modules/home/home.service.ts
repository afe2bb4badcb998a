import type { HomeSummary } from '@pcmt/contracts';
import type { Db } from '../../platform/db/client.ts';
import { can } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { countAccounts, countAgencies, countAuditToday, countCommunes } from './home.repository.ts';

/**
 * The home page's figures, each only if the user may see what it counts and cut to their jurisdiction.
 * Counts only: no record leaves through here, so nothing is audited.
 */
export function createHomeService(db: Db) {
  return {
    async summary(actor: Actor): Promise<HomeSummary> {
      const figures: HomeSummary['figures'] = [];
      figures.push({ key: 'communes', value: await countCommunes(db, actor) });
      if (can(actor, 'agency.read')) figures.push({ key: 'agencies', value: await countAgencies(db, actor) });
      if (can(actor, 'user.read')) {
        figures.push({ key: 'users', value: await countAccounts(db, actor, 'active') });
        figures.push({ key: 'usersLocked', value: await countAccounts(db, actor, 'locked') });
        figures.push({ key: 'usersWithoutMfa', value: await countAccounts(db, actor, 'withoutMfa') });
      }
      if (can(actor, 'audit.read')) figures.push({ key: 'auditToday', value: await countAuditToday(db) });
      return { figures };
    },
  };
}

export type HomeService = ReturnType<typeof createHomeService>;
