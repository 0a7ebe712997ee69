// GDELT event rows in the shapes found in the wild: the raw 61-column 2.0 export (tab-separated, no header),
// and reduced CSV extracts with their own headers (day-level `Day`, or month-level `MonthYear` only).
// Pure parsing over the file text; reading the files is the caller's business.

export interface GdeltRow {
  /** YYYY-MM-DD when the file has day-level dates, else null. */
  readonly date: string | null;
  /** YYYY-MM, always known. */
  readonly month: string;
  readonly source: string;
  readonly target: string;
  readonly quadClass: 1 | 2 | 3 | 4 | null;
  readonly goldstein: number | null;
}

export interface GdeltFile {
  readonly format: 'gdelt2-export' | 'csv-day' | 'csv-month' | 'unknown';
  readonly rows: readonly GdeltRow[];
  /** Lines that could not be read (wrong field count, no date). */
  readonly skipped: number;
}

// Column positions of the GDELT 2.0 Event export (codebook order).
const EXPORT = { date: 1, source: 7, target: 17, quad: 29, goldstein: 30, fields: 61 } as const;

const HEADER_NAMES = {
  day: ['sqldate', 'day', 'date'],
  month: ['monthyear'],
  source: ['actor1countrycode', 'actor_1_country_abbr', 'actor1country'],
  target: ['actor2countrycode', 'actor_2_country_abbr', 'actor2country'],
  quad: ['quadclass', 'quad_class'],
  goldstein: ['goldsteinscale', 'goldstein_scale', 'goldstein'],
} as const;

export function parseGdelt(text: string): GdeltFile {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const first = lines[0];
  if (first === undefined) return { format: 'unknown', rows: [], skipped: 0 };
  if (first.split('\t').length === EXPORT.fields && /^\d+\t\d{8}\t/.test(first)) return parseExport(lines);
  return parseHeaded(lines);
}

function parseExport(lines: readonly string[]): GdeltFile {
  const rows: GdeltRow[] = [];
  let skipped = 0;
  for (const line of lines) {
    const f = line.split('\t');
    const row =
      f.length === EXPORT.fields
        ? makeRow(f[EXPORT.date], undefined, f[EXPORT.source], f[EXPORT.target], f[EXPORT.quad], f[EXPORT.goldstein])
        : null;
    if (row === null) skipped++;
    else rows.push(row);
  }
  return { format: 'gdelt2-export', rows, skipped };
}

function parseHeaded(lines: readonly string[]): GdeltFile {
  const delimiter = lines[0]!.includes('\t') ? '\t' : ',';
  const header = splitRow(lines[0]!, delimiter).map((h) => h.trim().toLowerCase());
  const find = (names: readonly string[]) => header.findIndex((h) => names.includes(h));
  const col = {
    day: find(HEADER_NAMES.day),
    month: find(HEADER_NAMES.month),
    source: find(HEADER_NAMES.source),
    target: find(HEADER_NAMES.target),
    quad: find(HEADER_NAMES.quad),
    goldstein: find(HEADER_NAMES.goldstein),
  };
  if ((col.day < 0 && col.month < 0) || col.source < 0 || col.target < 0) {
    return { format: 'unknown', rows: [], skipped: lines.length - 1 };
  }
  const rows: GdeltRow[] = [];
  let skipped = 0;
  for (const line of lines.slice(1)) {
    const f = splitRow(line, delimiter);
    const at = (i: number) => (i < 0 ? undefined : f[i]);
    const row = makeRow(at(col.day), at(col.month), at(col.source), at(col.target), at(col.quad), at(col.goldstein));
    if (row === null) skipped++;
    else rows.push(row);
  }
  return { format: col.day >= 0 ? 'csv-day' : 'csv-month', rows, skipped };
}

function makeRow(
  day: string | undefined,
  month: string | undefined,
  source: string | undefined,
  target: string | undefined,
  quad: string | undefined,
  goldstein: string | undefined,
): GdeltRow | null {
  let date: string | null = null;
  let ym: string | null = null;
  if (day !== undefined && /^\d{8}$/.test(day.trim())) {
    const d = day.trim();
    date = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
    ym = date.slice(0, 7);
  } else if (month !== undefined && /^\d{6}$/.test(month.trim())) {
    const m = month.trim();
    ym = `${m.slice(0, 4)}-${m.slice(4, 6)}`;
  }
  if (ym === null || source === undefined || target === undefined) return null;
  const q = Number(quad);
  const g = goldstein === undefined || goldstein.trim() === '' ? NaN : Number(goldstein);
  return {
    date,
    month: ym,
    source: source.trim().toUpperCase(),
    target: target.trim().toUpperCase(),
    quadClass: q === 1 || q === 2 || q === 3 || q === 4 ? q : null,
    goldstein: Number.isFinite(g) ? g : null,
  };
}

/** Splits one CSV line, honouring double quotes (URLs and names may hold the delimiter). */
export function splitRow(line: string, delimiter: string): string[] {
  if (!line.includes('"')) return line.split(delimiter);
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      out.push(cell);
      cell = '';
    } else cell += ch;
  }
  out.push(cell);
  return out;
}
