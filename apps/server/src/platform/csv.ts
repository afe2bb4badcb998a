/**
 * CSV files people open in a spreadsheet (RFC 4180, every cell quoted, CRLF, UTF-8 with a BOM so Excel reads the
 * Vietnamese letters; the repository has no XLSX library). Shared by the registers' exports.
 */

/**
 * One cell. A text that a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) is prefixed
 * with an apostrophe: names, aliases and tip contents are typed by people (or by the public).
 */
export const csvCell = (v: string | number | null | undefined): string => {
  const s = v === null || v === undefined ? '' : String(v);
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return `"${safe.replace(/"/g, '""')}"`;
};

/** The whole file: BOM, header row, one line per row. */
export const csvFile = (header: readonly string[], rows: readonly (string | number | null | undefined)[][]) =>
  Buffer.from(`\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`, 'utf8');
