// Plain aligned text tables for query commands, and the small option parsers they share.

/**
 * Pads every column to its widest cell. The last column (long text) is left ragged and shortened to fit
 * `lineWidth` (the terminal's width), or to 80 characters when there is no terminal.
 */
export function formatTable(
  headers: readonly string[],
  body: readonly (readonly string[])[],
  lineWidth: number | null = null,
): string {
  const last = headers.length - 1;
  const widths = headers.map((h, i) => Math.max(width(h), ...body.map((r) => width(r[i] ?? ''))));
  const used = widths.slice(0, last).reduce((sum, w) => sum + w + 2, 0);
  const room = lineWidth === null ? 80 : Math.max(30, lineWidth - used);
  const rows = body.map((r) => r.map((cell, i) => (i === last ? shorten(cell, room) : cell)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - width(cell))))
      .join('  ')
      .trimEnd();
  return [line(headers), ...rows.map(line)].join('\n') + '\n';
}

/** Length in code points, so Cyrillic or accented names align like ASCII ones. */
function width(text: string): number {
  return [...text].length;
}

/** One line of at most `max` code points: whitespace collapsed, an ellipsis where it was cut. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= max
    ? flat
    : `${chars
        .slice(0, Math.max(0, max - 1))
        .join('')
        .trimEnd()}…`;
}

/** A non-negative integer option such as --limit 50. */
export function parseCount(option: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new Error(`${option} ${value}: expected a whole number (0 or more)`);
  return Number(value);
}

/** A YYYY-MM-DD bound such as --from 2022-02-01. */
export function parseDateBound(option: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new Error(`${option} ${value}: expected a calendar date as YYYY-MM-DD`);
  }
  return value;
}
