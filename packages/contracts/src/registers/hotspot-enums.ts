import { z } from 'zod';
import { hotspotBehaviours, hotspotKinds, hotspotStatuses } from './hotspot-values.ts';

export * from './hotspot-values.ts';

export const hotspotKind = z.enum(hotspotKinds);
export const hotspotBehaviour = z.enum(hotspotBehaviours);
export const hotspotStatus = z.enum(hotspotStatuses);
