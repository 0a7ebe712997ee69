// What a parser knows about the input it reads: names for origins and messages, the id stem, --date.
export interface SourceContext {
  /** The input as the user named it: a path, or "-" for stdin. Item origins start with it. */
  readonly origin: string;
  /** How messages name the input: the path, or "stdin". */
  readonly label: string;
  /** File name without extension, the id of single-article files; null for stdin. */
  readonly stem: string | null;
  /** The --date option: the date of plain-text inputs that carry none. */
  readonly date: string | null;
}

export function contextFor(path: string, stem: string | null, date: string | null): SourceContext {
  return { origin: path, label: path === '-' ? 'stdin' : path, stem, date };
}
