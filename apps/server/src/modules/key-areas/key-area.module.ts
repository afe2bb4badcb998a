import type { Db } from '../../platform/db/client.ts';
import type { UnitService } from '../units/unit.service.ts';
import { createAreaViews } from './area-views.service.ts';
import { createClassificationService } from './classification.service.ts';
import { createIndicatorService } from './indicator.service.ts';
import { createKeyAreaService } from './key-area.service.ts';

/**
 * The key-communes capability: recorded figures, classification runs, designations and the views of a date.
 * Each of its four registers (`registers/key-areas.register.ts`) is built from this; the parts are stateless,
 * so building it once per register costs nothing and lets a register's fixtures use the other parts.
 */
export function createKeyAreaModule(db: Db, deps: { units: UnitService }) {
  return {
    indicators: createIndicatorService(db),
    classifications: createClassificationService(db, deps),
    areas: createKeyAreaService(db),
    views: createAreaViews(db, deps),
  };
}

export type KeyAreaModule = ReturnType<typeof createKeyAreaModule>;
