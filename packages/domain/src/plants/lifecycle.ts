import type { PlantStatus } from '@pcmt/contracts';

/**
 * The narcotic plant status table. A field found is destroyed on the spot, or handed over to the investigation
 * body (a grower to prosecute: BLHS Điều 247), which destroys it once samples are taken. Destroyed is final.
 */
export const plantTransitions: Readonly<Record<PlantStatus, readonly PlantStatus[]>> = {
  detected: ['destroyed', 'handed_over'],
  handed_over: ['destroyed'],
  destroyed: [],
};

export const allowedPlantTransitions = (from: PlantStatus): readonly PlantStatus[] => plantTransitions[from];

/** Area in m², kept to the hundredth (the column is numeric(12,2); a float's tail never reaches a report). */
export const roundArea = (m2: number): number => Math.round(m2 * 100) / 100;
