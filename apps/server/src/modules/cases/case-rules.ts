import {
  type CaseCreate,
  type CaseUpdate,
  type DrugType,
  drugTypeLabel,
  type MeasureUnit,
  measureUnitLabel,
  type SeizureInput,
} from '@pcmt/contracts';
import { bracketOf, type DrugCatalogue, defaultDrugCatalogue, unitAllowed } from '@pcmt/domain';
import { type Issue, issue, issuesError } from '../../platform/errors.ts';

export const vnDate = (iso: string) => iso.split('-').reverse().join('/');

const dateIssues = (path: string, on: string | null | undefined, today: string): Issue[] => {
  if (!on) return [];
  if (on > today) return [issue(path, 'date.notAfterToday')];
  if (on < '2004-08-31') return [issue(path, 'date.beforeUnitData')];
  return [];
};

/** A seizure's date and unit of measure (the catalogue says which units its drug type may use). */
export function seizureIssues(
  prefix: string,
  s: SeizureInput,
  today: string,
  catalogue: DrugCatalogue = defaultDrugCatalogue,
): Issue[] {
  const issues = dateIssues(`${prefix}on`, s.on, today);
  if (!unitAllowed(s.drugType, s.measure, catalogue))
    issues.push(
      issue(`${prefix}measure`, 'case.measureNotForDrug', {
        measure: measureUnitLabel[s.measure],
        drug: drugTypeLabel[s.drugType as DrugType],
        allowed: catalogue[s.drugType].map((u: MeasureUnit) => measureUnitLabel[u]).join(', '),
      }),
    );
  return issues;
}

/**
 * What zod cannot see in a case: dates in the future, a clause the article does not have, a charge twice, an
 * arrest kind without its date, a seizure unit its drug type does not use. Every problem at once, each naming
 * its field.
 */
export function assertCase(input: CaseCreate | CaseUpdate, today: string, catalogue?: DrugCatalogue): void {
  const issues: Issue[] = [...dateIssues('openedOn', input.openedOn, today)];
  const seen = new Set<string>();
  input.charges.forEach((c, i) => {
    if (!bracketOf(c.article, c.clause))
      issues.push(
        issue(`charges.${i}.clause`, 'case.clauseUnknown', { article: c.article, clause: c.clause }),
      );
    if (seen.has(c.article))
      issues.push(issue(`charges.${i}.article`, 'case.chargeTwice', { article: c.article }));
    seen.add(c.article);
  });
  (input.suspects ?? []).forEach((s, i) => {
    issues.push(...dateIssues(`suspects.${i}.arrestedOn`, s.arrestedOn, today));
    if (s.arrestKind && !s.arrestedOn)
      issues.push(issue(`suspects.${i}.arrestedOn`, 'case.arrestKindWithoutDate'));
  });
  if ('seizures' in input)
    (input.seizures ?? []).forEach((s, i) => {
      issues.push(...seizureIssues(`seizures.${i}.`, s, today, catalogue));
    });
  const [first, ...rest] = issues;
  if (first) throw issuesError('validation_failed', [first, ...rest]);
}

export function assertSeizure(s: SeizureInput, today: string, catalogue?: DrugCatalogue): void {
  const [first, ...rest] = seizureIssues('', s, today, catalogue);
  if (first) throw issuesError('validation_failed', [first, ...rest]);
}
