/**
 * The drug articles of BLHS Chương XX with their brackets, the class a bracket gives (BLHS Điều 9) and a case's
 * class: the table is shared with the web, so it lives in the contracts (`registers/drug-charges.ts`).
 */
export {
  type ArticleData,
  type Bracket,
  bracketOf,
  caseSeverity,
  drugCharges,
  severityOfBracket,
} from '@pcmt/contracts';
