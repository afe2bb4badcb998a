import type { DrugArticle, DrugType, MeasureUnit, SeverityClass } from './case-enums.ts';

// The drug articles' brackets and the drug catalogue are data both sides need: the server to derive and check
// a case's class and a seizure's unit, the web to preview them in the form before the server answers. They
// live here (the web imports only the contracts); the domain re-exports them beside its rules
// (`domain/src/cases/charges.ts`, `drugs.ts`).

/**
 * One bracket (khoản) of a drug article: its prison range in years and whether it reaches life imprisonment
 * or death. A bracket whose lightest penalty is not prison (a fine, non-custodial reform) has `minYears` 0.
 */
export type Bracket = {
  clause: number;
  minYears: number;
  maxYears: number;
  life?: boolean;
  death?: boolean;
};
export type ArticleData = {
  article: DrugArticle;
  title: { vi: string; en: string };
  /** The name a picker shows (without "Tội" and the list of acts). */
  short: { vi: string; en: string };
  brackets: readonly Bracket[];
  source: string;
  /** DOMAIN.md b3: 247–253 and 256a confirmed, 254–259 likely (brackets to check against the official text). */
  confidence: 'confirmed' | 'likely';
};

const blhs = 'BLHS 2015 (Luật 100/2015/QH13, sửa đổi bởi Luật 12/2017/QH14)';
const b = (clause: number, minYears: number, maxYears: number, extra: Partial<Bracket> = {}): Bracket => ({
  clause,
  minYears,
  maxYears,
  ...extra,
});
// The common ladder of the trafficking articles: 2–7, 7–15, 15–20, 20 / life / death.
const ladder = (death: boolean) => [
  b(1, 2, 7),
  b(2, 7, 15),
  b(3, 15, 20),
  b(4, 20, 20, { life: true, death }),
];
// Possession and precursors: 1–5, 5–10, 10–15, 15–20 / life.
const possession = [b(1, 1, 5), b(2, 5, 10), b(3, 10, 15), b(4, 15, 20, { life: true })];

/** The drug articles of BLHS Chương XX with their brackets (penalties of the main prison sentence). */
export const drugCharges: readonly ArticleData[] = [
  {
    article: '247',
    short: { vi: 'Trồng cây có chứa chất ma túy', en: 'Growing narcotic plants' },
    title: {
      vi: 'Tội trồng cây thuốc phiện, cây côca, cây cần sa hoặc các loại cây khác có chứa chất ma túy',
      en: 'Growing narcotic plants',
    },
    brackets: [b(1, 0.5, 3), b(2, 3, 7)],
    source: `${blhs} Điều 247`,
    confidence: 'confirmed',
  },
  {
    article: '248',
    short: { vi: 'Sản xuất trái phép chất ma túy', en: 'Illegal production of narcotics' },
    title: { vi: 'Tội sản xuất trái phép chất ma túy', en: 'Illegal production of narcotics' },
    brackets: ladder(true),
    source: `${blhs} Điều 248`,
    confidence: 'confirmed',
  },
  {
    article: '249',
    short: { vi: 'Tàng trữ trái phép chất ma túy', en: 'Illegal possession of narcotics' },
    title: { vi: 'Tội tàng trữ trái phép chất ma túy', en: 'Illegal possession of narcotics' },
    brackets: possession,
    source: `${blhs} Điều 249`,
    confidence: 'confirmed',
  },
  {
    article: '250',
    short: { vi: 'Vận chuyển trái phép chất ma túy', en: 'Illegal transport of narcotics' },
    // The death penalty of khoản 4 was removed in 2025 (Luật 86/2025/QH15; DOMAIN.md: unconfirmed).
    title: { vi: 'Tội vận chuyển trái phép chất ma túy', en: 'Illegal transport of narcotics' },
    brackets: ladder(false),
    source: `${blhs} Điều 250; Luật 86/2025/QH15 (bỏ tử hình, chưa xác nhận)`,
    confidence: 'confirmed',
  },
  {
    article: '251',
    short: { vi: 'Mua bán trái phép chất ma túy', en: 'Illegal trading in narcotics' },
    title: { vi: 'Tội mua bán trái phép chất ma túy', en: 'Illegal trading in narcotics' },
    brackets: ladder(true),
    source: `${blhs} Điều 251`,
    confidence: 'confirmed',
  },
  {
    article: '252',
    short: { vi: 'Chiếm đoạt chất ma túy', en: 'Appropriation of narcotics' },
    title: { vi: 'Tội chiếm đoạt chất ma túy', en: 'Appropriation of narcotics' },
    brackets: ladder(true),
    source: `${blhs} Điều 252`,
    confidence: 'confirmed',
  },
  {
    article: '253',
    short: { vi: 'Tiền chất dùng vào sản xuất ma túy', en: 'Precursors' },
    title: {
      vi: 'Tội tàng trữ, vận chuyển, mua bán hoặc chiếm đoạt tiền chất dùng vào việc sản xuất trái phép chất ma túy',
      en: 'Precursors',
    },
    brackets: possession,
    source: `${blhs} Điều 253`,
    confidence: 'confirmed',
  },
  {
    article: '254',
    short: { vi: 'Phương tiện, dụng cụ dùng vào ma túy', en: 'Equipment for narcotics' },
    title: {
      vi: 'Tội sản xuất, tàng trữ, vận chuyển hoặc mua bán phương tiện, dụng cụ dùng vào việc sản xuất hoặc sử dụng trái phép chất ma túy',
      en: 'Equipment for narcotics',
    },
    // Khoản 1 also allows a fine or non-custodial reform; its heaviest penalty (5 years) decides the class.
    brackets: [b(1, 0, 5), b(2, 5, 10), b(3, 10, 15)],
    source: `${blhs} Điều 254`,
    confidence: 'likely',
  },
  {
    article: '255',
    short: { vi: 'Tổ chức sử dụng trái phép chất ma túy', en: 'Organising illegal drug use' },
    title: { vi: 'Tội tổ chức sử dụng trái phép chất ma túy', en: 'Organising illegal drug use' },
    brackets: [b(1, 2, 7), b(2, 7, 15), b(3, 15, 20), b(4, 20, 20, { life: true })],
    source: `${blhs} Điều 255`,
    confidence: 'likely',
  },
  {
    article: '256',
    short: { vi: 'Chứa chấp việc sử dụng trái phép chất ma túy', en: 'Harbouring illegal drug use' },
    title: { vi: 'Tội chứa chấp việc sử dụng trái phép chất ma túy', en: 'Harbouring illegal drug use' },
    brackets: [b(1, 2, 7), b(2, 7, 15), b(3, 15, 20)],
    source: `${blhs} Điều 256`,
    confidence: 'likely',
  },
  {
    article: '256a',
    short: { vi: 'Sử dụng trái phép chất ma túy', en: 'Illegal drug use' },
    title: { vi: 'Tội sử dụng trái phép chất ma túy', en: 'Illegal drug use' },
    brackets: [b(1, 2, 3), b(2, 3, 5)],
    source: 'BLHS Điều 256a (bổ sung bởi Luật 86/2025/QH15, hiệu lực 01/7/2025)',
    confidence: 'confirmed',
  },
  {
    article: '257',
    short: { vi: 'Cưỡng bức người khác sử dụng ma túy', en: 'Forcing drug use' },
    title: { vi: 'Tội cưỡng bức người khác sử dụng trái phép chất ma túy', en: 'Forcing drug use' },
    brackets: [b(1, 2, 7), b(2, 7, 15), b(3, 15, 20), b(4, 20, 20, { life: true })],
    source: `${blhs} Điều 257`,
    confidence: 'likely',
  },
  {
    article: '258',
    short: { vi: 'Lôi kéo người khác sử dụng ma túy', en: 'Inducing drug use' },
    title: { vi: 'Tội lôi kéo người khác sử dụng trái phép chất ma túy', en: 'Inducing drug use' },
    brackets: [b(1, 1, 5), b(2, 5, 10), b(3, 10, 15)],
    source: `${blhs} Điều 258`,
    confidence: 'likely',
  },
  {
    article: '259',
    short: { vi: 'Vi phạm quy định về quản lý chất ma túy', en: 'Breaching narcotics control rules' },
    title: {
      vi: 'Tội vi phạm quy định về quản lý chất ma túy, tiền chất, thuốc gây nghiện, thuốc hướng thần',
      en: 'Breaching narcotics control rules',
    },
    brackets: [b(1, 1, 5), b(2, 5, 10), b(3, 10, 20)],
    source: `${blhs} Điều 259`,
    confidence: 'likely',
  },
];

/** The bracket of a charge, or null when the article has no such khoản. */
export function bracketOf(article: DrugArticle, clause: number): Bracket | null {
  return drugCharges.find((a) => a.article === article)?.brackets.find((x) => x.clause === clause) ?? null;
}

/**
 * BLHS Điều 9 (as amended 2017): the class follows the heaviest penalty of the bracket applied — up to 3 years
 * (or no prison) ít nghiêm trọng, over 3 up to 7 nghiêm trọng, over 7 up to 15 rất nghiêm trọng, over 15, life
 * or death đặc biệt nghiêm trọng.
 */
export function severityOfBracket(bracket: Bracket): SeverityClass {
  if (bracket.life || bracket.death || bracket.maxYears > 15) return 'especially_serious';
  if (bracket.maxYears > 7) return 'very_serious';
  if (bracket.maxYears > 3) return 'serious';
  return 'less_serious';
}

const order: readonly SeverityClass[] = ['less_serious', 'serious', 'very_serious', 'especially_serious'];

/** A case's class: the gravest of its charges' classes (null without a known charge). */
export function caseSeverity(
  charges: readonly { article: DrugArticle; clause: number }[],
): SeverityClass | null {
  let worst = -1;
  for (const c of charges) {
    const bracket = bracketOf(c.article, c.clause);
    if (bracket) worst = Math.max(worst, order.indexOf(severityOfBracket(bracket)));
  }
  return worst < 0 ? null : order[worst]!;
}

/** Which units a drug type may be recorded in (configuration; DOMAIN.md b8 "Units … Config? yes"). */
export type DrugCatalogue = Readonly<Record<DrugType, readonly MeasureUnit[]>>;
export const defaultDrugCatalogue: DrugCatalogue = {
  heroin: ['g', 'kg', 'banh'],
  meth_crystal: ['g', 'kg'],
  tablets: ['vien', 'g', 'kg'],
  mdma: ['vien', 'g', 'kg'],
  ketamine: ['g', 'kg', 'ml'],
  cannabis: ['g', 'kg', 'cay', 'm2'],
  opium: ['g', 'kg', 'cay', 'm2'],
  other: ['g', 'kg', 'vien', 'banh', 'ml', 'cay', 'm2'],
};
