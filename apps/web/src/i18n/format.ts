/**
 * Display formats of the house (ARCHITECTURE rule 5): dates dd/mm/yyyy, instants in Asia/Ho_Chi_Minh,
 * numbers vi-VN — in both languages, because the documents users compare against are Vietnamese.
 */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const DATE_FORMAT = 'DD/MM/YYYY';

const numberFormat = new Intl.NumberFormat('vi-VN');
const instantParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});
const isoDateInZone = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export const formatNumber = (n: number): string => numberFormat.format(n);

/** `2025-07-01` → `01/07/2025`; a legal date has no time zone, so no Date object is involved. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/**
 * An instant (ISO with offset) → `dd/mm/yyyy HH:mm:ss` as read on a clock in Việt Nam;
 * `{ seconds: false }` gives `dd/mm/yyyy HH:mm` where seconds are noise (expiry, last use).
 */
export function formatDateTime(
  instant: string | null | undefined,
  { seconds = true }: { seconds?: boolean } = {},
): string {
  if (!instant) return '';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  const p = Object.fromEntries(instantParts.formatToParts(date).map((x) => [x.type, x.value]));
  const time = seconds ? `${p.hour}:${p.minute}:${p.second}` : `${p.hour}:${p.minute}`;
  return `${p.day}/${p.month}/${p.year} ${time}`;
}

/** Today's date in Việt Nam as YYYY-MM-DD (the browser may sit in another zone). */
export const todayIso = (): string => isoDateInZone.format(new Date());

/** Folds Vietnamese text for searching: "Đắk Hà" and "dak ha" compare equal. */
export const fold = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().trim();

/** `YYYY-MM-DD` naming a day that exists (not `2024-13-45` or `2025-02-30`, e.g. from a hand-edited URL). */
export function isRealDate(s: string | null | undefined): s is string {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) : null;
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3])
  );
}
