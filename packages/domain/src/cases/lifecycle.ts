import type { CaseStatus, ProjectStatus } from '@pcmt/contracts';

/**
 * The case status table. An investigation may be suspended (tạm đình chỉ, e.g. the suspect fled) and resumed,
 * end with a proposal to prosecute (which the procuracy may send back for more investigation: back to
 * investigating) or be discontinued (đình chỉ, final on this record).
 */
export const caseTransitions: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  investigating: ['suspended', 'prosecution_proposed', 'discontinued'],
  suspended: ['investigating', 'discontinued'],
  prosecution_proposed: ['investigating'],
  discontinued: [],
};
export const allowedCaseTransitions = (from: CaseStatus): readonly CaseStatus[] => caseTransitions[from];

/** A special project runs, may pause, and concludes (final). */
export const projectTransitions: Readonly<Record<ProjectStatus, readonly ProjectStatus[]>> = {
  active: ['suspended', 'concluded'],
  suspended: ['active', 'concluded'],
  concluded: [],
};
export const allowedProjectTransitions = (from: ProjectStatus): readonly ProjectStatus[] =>
  projectTransitions[from];
