// One input's bytes → items: sniff the head, detect the form, then stream (JSON Lines) or parse in memory.
import type { Diagnostic, IngestItem } from '../types.ts';
import type { SourceContext } from './context.ts';
import { decodeChunks, normalizeNewlines, sniffEncoding, type TextEncoding } from './decode.ts';
import { detectForm, type InputForm } from './detect.ts';
import { failed, warning } from './diagnostics.ts';
import { parseFeed } from './feed.ts';
import { parseHtml } from './html.ts';
import { createIdRegistry } from './ids.ts';
import { parseJsonDocument, parseJsonLine } from './json.ts';
import { splitLines } from './lines.ts';
import { parsePlain, parseSeed } from './single.ts';
import { describeFsError } from './walk.ts';

export interface SourceLimits {
  /** Bytes read before deciding encoding and form. */
  readonly headBytes: number;
  /** Largest input parsed in memory (every form but JSON Lines). */
  readonly maxDocumentBytes: number;
  /** Longest JSON Lines line, in characters. */
  readonly maxLineLength: number;
}

export const DEFAULT_LIMITS: SourceLimits = {
  headBytes: 256 * 1024,
  maxDocumentBytes: 64 * 1024 * 1024,
  maxLineLength: 32 * 1024 * 1024,
};

/** Parses one input. `path` gives the extension hint (null for stdin). Never throws for bad input. */
export async function* readSource(
  chunks: AsyncIterable<Uint8Array>,
  ctx: SourceContext,
  path: string | null,
  limits: SourceLimits = DEFAULT_LIMITS,
): AsyncGenerator<IngestItem> {
  const iterator = chunks[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let headSize = 0;
  let done = false;
  try {
    while (headSize < limits.headBytes) {
      const next = await iterator.next();
      if (next.done === true) {
        done = true;
        break;
      }
      head.push(next.value);
      headSize += next.value.length;
    }
  } catch (error) {
    yield unreadable(ctx, error);
    return;
  }
  const headBytes = Buffer.concat(head);
  const sniffed = sniffEncoding(headBytes);
  if (sniffed.kind === 'binary') {
    yield failed(
      ctx.origin,
      'ingest/binary',
      `${ctx.label}: binary data (${sniffed.reason}), not text: give a text, JSON, HTML or feed file`,
    );
    return;
  }
  const headText = normalizeNewlines(new TextDecoder(sniffed.encoding).decode(headBytes, { stream: !done }));
  if (done && headText.trim() === '') {
    yield failed(ctx.origin, 'ingest/empty', `${ctx.label}: the input is empty: give a file with text`);
    return;
  }
  const form = detectForm(headText, path);
  const rest = resume(head, iterator, done);
  const notes =
    sniffed.encoding === 'windows-1252'
      ? [warning('ingest/encoding', `${ctx.label}: not valid UTF-8, read as Windows-1252: save the file as UTF-8`)]
      : [];
  if (form === 'jsonl') {
    yield* withNotes(streamJsonLines(rest, sniffed.encoding, ctx, limits), notes);
    return;
  }
  let text: string;
  try {
    const whole = await readAll(rest, limits.maxDocumentBytes);
    if (whole === null) {
      const mib = Math.round(limits.maxDocumentBytes / 1024 / 1024);
      yield failed(
        ctx.origin,
        'ingest/too-large',
        `${ctx.label}: larger than ${mib} MiB for a single ${form} document: split it or convert it to JSON Lines`,
      );
      return;
    }
    text = normalizeNewlines(new TextDecoder(sniffed.encoding).decode(whole));
  } catch (error) {
    yield unreadable(ctx, error);
    return;
  }
  if (text.trim() === '') {
    yield failed(ctx.origin, 'ingest/empty', `${ctx.label}: the input is empty: give a file with text`);
    return;
  }
  let items: IngestItem[];
  try {
    items = parseDocument(form, text, ctx);
  } catch (error) {
    // A parser bug or a pathological input fails this input only, never the batch.
    const reason = error instanceof Error ? error.message : String(error);
    items = [
      failed(
        ctx.origin,
        'ingest/parse-error',
        `${ctx.label}: could not parse as ${form} (${reason.slice(0, 120)}): check the file`,
      ),
    ];
  }
  yield* withNotes(items, notes);
}

/** Adds input-wide findings (such as the encoding fallback) to every item of the input. */
async function* withNotes(
  items: AsyncIterable<IngestItem> | Iterable<IngestItem>,
  notes: readonly Diagnostic[],
): AsyncGenerator<IngestItem> {
  for await (const item of items) {
    yield notes.length === 0 ? item : { ...item, diagnostics: [...notes, ...item.diagnostics] };
  }
}

/** The in-memory forms, by detected form. */
export function parseDocument(form: Exclude<InputForm, 'jsonl'>, text: string, ctx: SourceContext): IngestItem[] {
  switch (form) {
    case 'seed':
      return [parseSeed(text, ctx)];
    case 'plain':
      return [parsePlain(text, ctx)];
    case 'json':
      return parseJsonDocument(text, ctx);
    case 'html':
      return [parseHtml(text, ctx)];
    case 'feed':
      return parseFeed(text, ctx);
    case 'xml':
      return [
        failed(
          ctx.origin,
          'ingest/unknown-xml',
          `${ctx.label}: XML that is neither RSS, Atom, RDF nor HTML: give a feed or an HTML page`,
        ),
      ];
  }
}

async function* streamJsonLines(
  chunks: AsyncIterable<Uint8Array>,
  encoding: TextEncoding,
  ctx: SourceContext,
  limits: SourceLimits,
): AsyncGenerator<IngestItem> {
  const allocate = createIdRegistry();
  let any = false;
  try {
    for await (const line of splitLines(decodeChunks(chunks, encoding), limits.maxLineLength)) {
      if (line.text === null) {
        any = true;
        yield failed(
          `${ctx.origin}:${line.lineNo}`,
          'ingest/line-too-long',
          `${ctx.label}:${line.lineNo}: line longer than ${limits.maxLineLength} characters: split the record or shorten its text`,
        );
        continue;
      }
      const item = parseJsonLine(line.text, line.lineNo, ctx, allocate);
      if (item === null) continue;
      any = true;
      yield item;
    }
  } catch (error) {
    yield unreadable(ctx, error);
    return;
  }
  if (!any) yield failed(ctx.origin, 'ingest/empty', `${ctx.label}: the input is empty: give a file with text`);
}

async function* resume(
  head: Uint8Array[],
  iterator: AsyncIterator<Uint8Array>,
  done: boolean,
): AsyncGenerator<Uint8Array> {
  yield* head;
  if (done) return;
  for (;;) {
    const next = await iterator.next();
    if (next.done === true) return;
    yield next.value;
  }
}

async function readAll(chunks: AsyncIterable<Uint8Array>, max: number): Promise<Buffer | null> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > max) return null;
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

function unreadable(ctx: SourceContext, error: unknown): IngestItem {
  return failed(ctx.origin, 'ingest/unreadable', `${ctx.label}: cannot read (${describeFsError(error)})`);
}
