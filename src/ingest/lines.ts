// Streamed text → numbered lines, with a cap on line length so one runaway line cannot exhaust memory.

export interface Line {
  readonly lineNo: number; // from 1
  /** The line without its "\n"; null when it was longer than the cap (its content is dropped). */
  readonly text: string | null;
}

export async function* splitLines(texts: AsyncIterable<string>, maxLength: number): AsyncGenerator<Line> {
  let parts: string[] = [];
  let length = 0;
  let overflow = false;
  let lineNo = 0;
  const take = (piece: string): void => {
    if (overflow || piece === '') return;
    length += piece.length;
    if (length > maxLength) {
      overflow = true;
      parts = [];
    } else parts.push(piece);
  };
  const emit = (): Line => {
    const line = { lineNo: ++lineNo, text: overflow ? null : parts.join('') };
    parts = [];
    length = 0;
    overflow = false;
    return line;
  };
  for await (const chunk of texts) {
    let start = 0;
    for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', start)) {
      take(chunk.slice(start, nl));
      yield emit();
      start = nl + 1;
    }
    take(chunk.slice(start));
  }
  if (length > 0 || overflow) yield emit();
}
