/**
 * The portal's date as Vietnamese write it (dd/mm/yyyy), typed on a phone's number pad: a plain text field
 * instead of the browser's date control (whose order follows the phone's language) or a calendar component
 * (a large download for one optional field).
 */

/** Digits as typed → `dd/mm/yyyy` so far (slashes added as the reporter types). */
export function maskDay(typed: string): string {
  const d = typed.replace(/\D/g, '').slice(0, 8);
  if (d.length <= 2) return d;
  if (d.length <= 4) return `${d.slice(0, 2)}/${d.slice(2)}`;
  return `${d.slice(0, 2)}/${d.slice(2, 4)}/${d.slice(4)}`;
}

/** `dd/mm/yyyy` naming a real day → `yyyy-mm-dd`; anything else → null. */
export function isoOfDay(text: string): string | null {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const [, dd, mm, yyyy] = m;
  const date = new Date(Date.UTC(Number(yyyy), Number(mm) - 1, Number(dd)));
  const real =
    date.getUTCFullYear() === Number(yyyy) &&
    date.getUTCMonth() === Number(mm) - 1 &&
    date.getUTCDate() === Number(dd);
  return real && Number(yyyy) >= 1900 ? `${yyyy}-${mm}-${dd}` : null;
}
