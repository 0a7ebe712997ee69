// The dateline that opens a wire story: "MOSCOW, Feb 15 (Reuters) -", "KYIV, Ukraine (AP) —", "MINSK, 15 February
// (BelTA) –", "BRUSSELS —". Returns the place part (upper case in text) and its offsets; the gazetteer decides
// whether it is a place.
export interface Dateline {
  readonly text: string; // the place name as written ("MOSCOW", "OSIPOVICHI DISTRICT")
  readonly start: number;
  readonly end: number;
  readonly qualifier: string | null; // "Ukraine" in "KYIV, Ukraine (AP) —"
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const DATE = `(?:${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH})(?:,?\\s+\\d{4})?`;
const DATELINE = new RegExp(
  `^(\\s*)([A-Z][A-Z.'’ -]{1,40}?[A-Z.])` + // place, in capitals
    `(?:,\\s*([A-Z][A-Za-z.' ]{1,30}?))?` + // ", Ukraine"
    `(?:,?\\s+${DATE})?` + // ", Feb 15"
    `(?:\\s*\\([^)\\n]{1,40}\\))?` + // "(Reuters)"
    `\\s*(?:[-–—]{1,2}|:)\\s`,
);

/** Unit words that follow a place in a dateline ("OSIPOVICHI DISTRICT"): the place is the name before them. */
const TRAILING_UNITS = /\s+(DISTRICT|REGION|OBLAST|PROVINCE)$/;

/** Scraped pages put a line or two of page furniture ("LinkedIn", "Comments") before the dateline. */
const HEAD_LINES = 5;

export function findDateline(text: string): Dateline | null {
  let offset = 0;
  for (let line = 0; line < HEAD_LINES && offset < text.length; line++) {
    const found = datelineAt(text, offset);
    if (found) return found;
    const newline = text.indexOf('\n', offset);
    if (newline < 0 || newline > 300) return null;
    offset = newline + 1;
  }
  return null;
}

function datelineAt(text: string, offset: number): Dateline | null {
  const m = DATELINE.exec(text.slice(offset, offset + 200));
  if (!m || m[2] === undefined) return null;
  const start = offset + (m[1] ?? '').length;
  const raw = m[2].replace(TRAILING_UNITS, '');
  // A dateline place is all capitals; "CNN —" or "NATO —" are screened out by the gazetteer, not here.
  if (!/^[A-Z][A-Z.'’ -]*$/.test(raw)) return null;
  return { text: raw, start, end: start + raw.length, qualifier: m[3] ?? null };
}
