import type { Db } from '../../platform/db/client.ts';
import type { RegisterDeps } from '../../registers/register.ts';
import { createTipService } from './tip.service.ts';
import { createTipHandling } from './tip-handling.ts';
import { createTipPortal } from './tip-portal.service.ts';
import { createTipPortalFiles } from './tip-portal-files.ts';
import { createTipReview } from './tip-review.service.ts';

/**
 * The tip register's services: the desk (intake, reads, conversation, alerts, statistics), handling (moves and
 * deadlines), the anonymous portal and the unit head's reviews (retention, export). `setClock` lets tests move time for all three at once.
 */
export function createTipModule({ db, units, keyring }: RegisterDeps & { db: Db }) {
  let now = () => new Date();
  const clock = () => now();
  const desk = createTipService(db, { units, keyring, now: clock });
  const handling = createTipHandling(db, desk, units);
  const portal = createTipPortal(db, desk, { units, keyring, now: clock });
  const review = createTipReview(db, desk);
  const portalFiles = createTipPortalFiles(db, desk, portal.sessionTip);
  return {
    desk,
    handling,
    portal,
    portalFiles,
    review,
    setClock(next: () => Date) {
      now = next;
      portal.configure({ now: next });
    },
  };
}
export type TipModule = ReturnType<typeof createTipModule>;
