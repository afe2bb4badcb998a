import type { HomeSummary } from '@pcmt/contracts';
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { queryRows } from '../../platform/db/rows.ts';
import { can } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { agencyInScope, unitInScope } from '../access/scope.ts';

const COMMUNE_TYPES = sql`('xa', 'phuong', 'thi_tran', 'dac_khu')`;

/**
 * The home page's figures, each only if the user may see what it counts and cut to their jurisdiction.
 * Counts only: no record leaves through here, so nothing is audited.
 */
export function createHomeService(db: Db) {
  const count = async (query: ReturnType<typeof sql>) =>
    (await queryRows<{ n: number }>(db, query))[0]?.n ?? 0;

  return {
    async summary(actor: Actor): Promise<HomeSummary> {
      const figures: HomeSummary['figures'] = [];
      figures.push({
        key: 'communes',
        value: await count(sql`select count(*)::int as n from unit u
          where u.valid_to is null and u.type in ${COMMUNE_TYPES} and ${unitInScope(actor, 'agency.read', sql`u.id`)}`),
      });
      if (can(actor, 'agency.read'))
        figures.push({
          key: 'agencies',
          value: await count(
            sql`select count(*)::int as n from agency a where ${agencyInScope(actor, 'agency.read', sql`a.id`)}`,
          ),
        });
      if (can(actor, 'user.read')) {
        const users = (where: ReturnType<typeof sql>) =>
          count(sql`select count(*)::int as n from user_account u
            where ${agencyInScope(actor, 'user.read', sql`u.agency_id`)} and ${where}`);
        figures.push({ key: 'users', value: await users(sql`u.status = 'active'`) });
        figures.push({
          key: 'usersLocked',
          value: await users(sql`u.status = 'active' and u.locked_until > now()`),
        });
        figures.push({
          key: 'usersWithoutMfa',
          value: await users(sql`u.status = 'active' and not u.mfa_enabled`),
        });
      }
      if (can(actor, 'audit.read'))
        figures.push({
          key: 'auditToday',
          value: await count(sql`select count(*)::int as n from audit_event
            where occurred_at >= (now() at time zone 'Asia/Ho_Chi_Minh')::date::timestamp at time zone 'Asia/Ho_Chi_Minh'`),
        });
      return { figures };
    },
  };
}

export type HomeService = ReturnType<typeof createHomeService>;
