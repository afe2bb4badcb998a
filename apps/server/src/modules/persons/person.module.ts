import type { Db } from '../../platform/db/client.ts';
import { createMeasureService } from './measure.service.ts';
import { createPersonService, type PersonDeps } from './person.service.ts';

/**
 * The person register's services: the persons themselves (record, search, reveal, duplicates, counts) and their
 * tests, determinations, measures and alerts. Two record types of the kit (`person`, `measure`) share them.
 * `now` injects the clock (tests); the server passes none.
 */
export function createPersonModule(db: Db, deps: PersonDeps) {
  return { persons: createPersonService(db, deps), measures: createMeasureService(db, deps) };
}

export type PersonModule = ReturnType<typeof createPersonModule>;
