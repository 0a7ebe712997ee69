// Dates of every input form → "YYYY-MM-DD" (UTC), or null when the value cannot be read as a date.
// Date.parse alone is too lenient ("1" is the year 2001), so only known shapes reach it.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_LOCAL = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?$/;
const ISO_ZONED = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;
const RFC_2822 =
  /^(?:[A-Za-z]{3,9},?\s+)?\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{2,4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[A-Za-z]{1,5}|[+-]\d{4}))?)?$/;
const MONTH_NAME_FIRST =
  /^(?:[A-Za-z]{3,9},?\s+)?[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[AaPp][Mm]))?(?:\s*(?:[A-Za-z]{1,5}|[+-]\d{4}))?)?$/;
const SLASHED = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;

/** A calendar date "YYYY-MM-DD" that exists (2022-02-30 does not). */
export function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Normalizes a date value (string, or epoch seconds/milliseconds) to YYYY-MM-DD in UTC; null if unreadable. */
export function normalizeDate(value: string | number): string | null {
  if (typeof value === 'number') return fromEpoch(value);
  const s = value.trim();
  if (s === '') return null;
  if (ISO_DATE.test(s)) return isCalendarDate(s) ? s : null;
  const local = ISO_LOCAL.exec(s);
  // A timestamp without a zone is the publisher's own date: keep the date as written.
  if (local !== null) return isCalendarDate(local[1] ?? '') ? (local[1] ?? null) : null;
  const slashed = SLASHED.exec(s);
  if (slashed !== null) {
    const iso = `${slashed[1]}-${pad(slashed[2])}-${pad(slashed[3])}`;
    return isCalendarDate(iso) ? iso : null;
  }
  if (/^\d{9,13}$/.test(s)) return fromEpoch(Number(s));
  if (ISO_ZONED.test(s)) return fromMillis(Date.parse(s.replace(/\s+(?=[Zz+-]\d*)/, '')));
  if (RFC_2822.test(s) || MONTH_NAME_FIRST.test(s)) {
    // Without a zone V8 would read local time; news dates without one are read as UTC.
    const zoned = /(?:[A-Za-z]{1,5}|[+-]\d{4})$/.test(s) && /\d:\d{2}/.test(s) ? s : `${s} UTC`;
    return fromMillis(Date.parse(zoned));
  }
  return null;
}

function fromEpoch(n: number): string | null {
  if (!Number.isFinite(n) || n <= 0) return null;
  // Below 1e11 the number is in seconds (1e11 s is the year 5138; 1e11 ms is 1973).
  return fromMillis(n < 1e11 ? n * 1000 : n);
}

function fromMillis(ms: number): string | null {
  if (!Number.isFinite(ms)) return null;
  const year = new Date(ms).getUTCFullYear();
  if (year < 1800 || year > 2200) return null;
  return new Date(ms).toISOString().slice(0, 10);
}

function pad(v: string | undefined): string {
  return (v ?? '').padStart(2, '0');
}
