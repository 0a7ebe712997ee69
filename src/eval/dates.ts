// Gold files write dates as YYYY-MM-DD, YYYYMMDD or (one PETR2 record) YYMMDD; articles want YYYY-MM-DD.

/** Normalises a gold date to YYYY-MM-DD, or null when it is not a real calendar date. */
export function normalizeGoldDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const v = value.trim();
  let iso: string | null = null;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  if (m) iso = `${m[1]}-${m[2]}-${m[3]}`;
  else if ((m = /^(\d{2})(\d{2})(\d{2})$/.exec(v))) {
    // Two-digit years: the gold sets are news from 1980–2020, so 00–49 is 20xx and 50–99 is 19xx.
    const yy = Number(m[1]);
    iso = `${yy < 50 ? 20 : 19}${m[1]}-${m[2]}-${m[3]}`;
  }
  if (iso === null) return null;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === iso ? iso : null;
}
