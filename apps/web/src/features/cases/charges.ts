import {
  caseSeverity,
  type DrugArticle,
  type DrugType,
  defaultDrugCatalogue,
  drugCharges,
  type MeasureUnit,
  type SeverityClass,
  severityOfBracket,
} from '@pcmt/contracts';

/**
 * What the charge picker and the seizure quick add need before the server answers, from the contracts' tables
 * (`registers/drug-charges.ts`, the same the server derives and checks with): each article's name, the class
 * each bracket (khoản) gives (BLHS Điều 9), and the units a drug type may be measured in.
 */
export const articleInfo = Object.fromEntries(
  drugCharges.map((a) => [a.article, { ...a.short, classes: a.brackets.map(severityOfBracket) }]),
) as Record<DrugArticle, { vi: string; en: string; classes: SeverityClass[] }>;

/** A case takes its gravest charge (as the server does); charges still being entered are left out. */
export const gravest = (charges: { article?: DrugArticle; clause?: number }[]): SeverityClass | null =>
  caseSeverity(
    charges.flatMap((c) => (c.article && c.clause ? [{ article: c.article, clause: c.clause }] : [])),
  );

/**
 * Units a drug type may be recorded in: the default catalogue (a province that configures another one sees
 * the server refuse a unit it dropped, on the field).
 */
export const drugUnits: Readonly<Record<DrugType, readonly MeasureUnit[]>> = defaultDrugCatalogue;
