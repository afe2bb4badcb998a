import type { DrugArticle, DrugType, MeasureUnit, SeverityClass } from '@pcmt/contracts';

/**
 * What the charge picker and the seizure quick add need before the server answers: the articles' names, how
 * many brackets (khoản) each has and the class each bracket gives (BLHS Điều 9), and the units a drug type may
 * be measured in. A copy of the domain's tables (`domain/src/cases/charges.ts`, `drugs.ts`: the web does not
 * depend on the domain package); the server derives and checks anyway, so a drift only shows a wrong hint.
 */
const L = 'less_serious';
const S = 'serious';
const V = 'very_serious';
const E = 'especially_serious';

export const articleInfo: Record<DrugArticle, { vi: string; en: string; classes: SeverityClass[] }> = {
  '247': { vi: 'Trồng cây có chứa chất ma túy', en: 'Growing narcotic plants', classes: [L, S] },
  '248': {
    vi: 'Sản xuất trái phép chất ma túy',
    en: 'Illegal production of narcotics',
    classes: [S, V, E, E],
  },
  '249': {
    vi: 'Tàng trữ trái phép chất ma túy',
    en: 'Illegal possession of narcotics',
    classes: [S, V, V, E],
  },
  '250': {
    vi: 'Vận chuyển trái phép chất ma túy',
    en: 'Illegal transport of narcotics',
    classes: [S, V, E, E],
  },
  '251': { vi: 'Mua bán trái phép chất ma túy', en: 'Illegal trading in narcotics', classes: [S, V, E, E] },
  '252': { vi: 'Chiếm đoạt chất ma túy', en: 'Appropriation of narcotics', classes: [S, V, E, E] },
  '253': { vi: 'Tiền chất dùng vào sản xuất ma túy', en: 'Precursors', classes: [S, V, V, E] },
  '254': { vi: 'Phương tiện, dụng cụ dùng vào ma túy', en: 'Equipment for narcotics', classes: [S, V, V] },
  '255': {
    vi: 'Tổ chức sử dụng trái phép chất ma túy',
    en: 'Organising illegal drug use',
    classes: [S, V, E, E],
  },
  '256': {
    vi: 'Chứa chấp việc sử dụng trái phép chất ma túy',
    en: 'Harbouring illegal drug use',
    classes: [S, V, E],
  },
  '256a': { vi: 'Sử dụng trái phép chất ma túy', en: 'Illegal drug use', classes: [L, S] },
  '257': { vi: 'Cưỡng bức người khác sử dụng ma túy', en: 'Forcing drug use', classes: [S, V, E, E] },
  '258': { vi: 'Lôi kéo người khác sử dụng ma túy', en: 'Inducing drug use', classes: [S, V, V] },
  '259': {
    vi: 'Vi phạm quy định về quản lý chất ma túy',
    en: 'Breaching narcotics control rules',
    classes: [S, V, E],
  },
};

const ORDER: SeverityClass[] = [L, S, V, E];

/** The class a charge gives (null for a clause the article does not have: the server refuses it). */
export const classOf = (article: DrugArticle, clause: number): SeverityClass | null =>
  articleInfo[article]?.classes[clause - 1] ?? null;

/** A case takes its gravest charge (as the server does). */
export function gravest(charges: { article?: DrugArticle; clause?: number }[]): SeverityClass | null {
  let worst = -1;
  for (const c of charges) {
    const k = c.article && c.clause ? classOf(c.article, c.clause) : null;
    if (k) worst = Math.max(worst, ORDER.indexOf(k));
  }
  return worst < 0 ? null : (ORDER[worst] ?? null);
}

/** Units a drug type may be recorded in (the domain's default catalogue; meth crystal never in viên). */
export const drugUnits: Record<DrugType, MeasureUnit[]> = {
  heroin: ['g', 'kg', 'banh'],
  meth_crystal: ['g', 'kg'],
  tablets: ['vien', 'g', 'kg'],
  mdma: ['vien', 'g', 'kg'],
  ketamine: ['g', 'kg', 'ml'],
  cannabis: ['g', 'kg', 'cay', 'm2'],
  opium: ['g', 'kg', 'cay', 'm2'],
  other: ['g', 'kg', 'vien', 'banh', 'ml', 'cay', 'm2'],
};
