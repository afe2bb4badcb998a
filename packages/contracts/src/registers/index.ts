import { borderPatrolContract } from './border-patrols.ts';
import { businessContract } from './businesses.ts';
import { campaignContract } from './campaigns.ts';
import { caseContract } from './cases.ts';
import { commendationContract } from './commendations.ts';
import { difficultyContract } from './difficulties.ts';
import { documentContract } from './documents.ts';
import { hotspotContract } from './hotspots.ts';
import { keyAreaContracts } from './key-areas.ts';
import { measureContract, personContract } from './persons.ts';
import { plantContract } from './plants.ts';
import { prestigiousPersonContract } from './prestigious-persons.ts';
import { preventionModelContract } from './prevention-models.ts';
import { programmeContract } from './programmes.ts';
import { projectContract } from './projects.ts';
import { massEventContract, propagandaContract } from './propaganda.ts';
import { ringContract } from './rings.ts';
import { supportContract } from './support.ts';
import { taskContract } from './tasks.ts';
import { tipContract } from './tips.ts';

export * from './border-enums.ts';
export * from './border-messages.ts';
export * from './border-patrols.ts';
export * from './business-enums.ts';
export * from './business-messages.ts';
export * from './businesses.ts';
export * from './campaigns.ts';
export * from './case-enums.ts';
export * from './case-messages.ts';
export * from './cases.ts';
export * from './commendations.ts';
export * from './difficulties.ts';
export * from './document-enums.ts';
export * from './document-messages.ts';
export * from './documents.ts';
export * from './hotspot-enums.ts';
export * from './hotspot-person-links.ts';
export * from './hotspots.ts';
export * from './key-area-enums.ts';
export * from './key-areas.ts';
export * from './mobilisation-enums.ts';
export * from './mobilisation-messages.ts';
export * from './person-enums.ts';
export * from './person-link-schemas.ts';
export * from './persons.ts';
export * from './plant-enums.ts';
export * from './plant-messages.ts';
export * from './plants.ts';
export * from './prestigious-persons.ts';
export * from './prevention-models.ts';
export * from './programme-enums.ts';
export * from './programmes.ts';
export * from './projects.ts';
export * from './propaganda.ts';
export * from './propaganda-enums.ts';
export * from './propaganda-messages.ts';
export * from './register-contract.ts';
export * from './rings.ts';
export * from './support.ts';
export * from './task-enums.ts';
export * from './tasks.ts';
export * from './tip-enums.ts';
export * from './tip-messages.ts';
export * from './tip-pow.ts';
export * from './tip-review.ts';
export * from './tips.ts';

/** Every register, on the shared side. Adding a register adds one entry here. */
export const registerContracts = [
  hotspotContract,
  ...keyAreaContracts,
  programmeContract,
  taskContract,
  personContract,
  measureContract,
  ringContract,
  businessContract,
  tipContract,
  caseContract,
  projectContract,
  campaignContract,
  borderPatrolContract,
  documentContract,
  plantContract,
  prestigiousPersonContract,
  preventionModelContract,
  propagandaContract,
  massEventContract,
  commendationContract,
  supportContract,
  difficultyContract,
] as const;
export type RegisterPermission = (typeof registerContracts)[number]['permissions'][number];
export type RegisterAuditAction = keyof (typeof registerContracts)[number]['auditActions'];
export * from './timeline.ts';
