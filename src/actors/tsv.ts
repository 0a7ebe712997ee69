// Reads the dictionary TSV form: `#` comment lines, one header line naming the columns, then rows.
// Lists inside a cell are |-separated; `-` means empty.

export interface TsvTable {
  readonly columns: readonly string[];
  readonly rows: readonly Readonly<Record<string, string>>[];
}

export function parseTsv(text: string): TsvTable {
  let columns: string[] | null = null;
  const rows: Record<string, string>[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    const cells = raw.split('\t');
    if (columns === null) {
      columns = cells.map((c) => c.trim());
      continue;
    }
    const row: Record<string, string> = {};
    columns.forEach((name, i) => {
      row[name] = (cells[i] ?? '').trim();
    });
    rows.push(row);
  }
  return { columns: columns ?? [], rows };
}

/** A |-separated cell as a list; `-` and empty cells give []. */
export function list(cell: string | undefined): string[] {
  if (cell === undefined || cell === '' || cell === '-') return [];
  return cell
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** A single-valued cell; `-` and empty give null. */
export function value(cell: string | undefined): string | null {
  if (cell === undefined || cell === '' || cell === '-') return null;
  return cell;
}
