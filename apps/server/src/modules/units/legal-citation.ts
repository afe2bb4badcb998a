/** Document kinds by the tail of their number (Nghị định 01/2025/NĐ-CP, Quyết định 28/2025/QĐ-TTg…). */
const KINDS: [RegExp, string][] = [
  [/\/NQ-|\/QH\d+$/, 'Nghị quyết'],
  [/\/NĐ-CP$/, 'Nghị định'],
  [/\/QĐ-/, 'Quyết định'],
  [/\/TT-/, 'Thông tư'],
  [/\/KH-/, 'Kế hoạch'],
];

const SOURCE = /^(\S+)(?:\s+Điều\s+(\d+\w*))?(?:\s+khoản\s+(\d+\w*))?(?:\s+điểm\s+(\S+))?(\s+\(.*\))?$/u;

/**
 * A citation as Vietnamese legal writing orders it, smallest part first: "1677/NQ-UBTVQH15 Điều 1 khoản 56"
 * (the data's compact form) → "khoản 56 Điều 1 Nghị quyết số 1677/NQ-UBTVQH15". Anything it does not
 * recognise is returned unchanged.
 */
export function citeLegalBasis(compact: string): string {
  const m = SOURCE.exec(compact.trim());
  if (!m) return compact;
  const [, number, article, clause, point, remark] = m;
  const kind = KINDS.find(([re]) => re.test(number ?? ''))?.[1];
  if (!kind || !number) return compact;
  const cited = [
    point && `điểm ${point}`,
    clause && `khoản ${clause}`,
    article && `Điều ${article}`,
    `${kind} số ${number}`,
  ]
    .filter(Boolean)
    .join(' ');
  // A remark in brackets ("(không thực hiện sắp xếp)") stays after the citation.
  return remark ? cited + remark : cited;
}
