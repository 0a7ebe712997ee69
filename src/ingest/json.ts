// JSON Lines (one article object per line) and JSON documents (an array, {"articles": [...]}, or one object).
import type { IngestItem } from '../types.ts';
import type { SourceContext } from './context.ts';
import { failed } from './diagnostics.ts';
import { createIdRegistry } from './ids.ts';
import { recordToItem, type IdAllocator } from './record.ts';

/** One JSONL line → an item, or null for a blank line. `lineNo` counts from 1. */
export function parseJsonLine(
  line: string,
  lineNo: number,
  ctx: SourceContext,
  allocate: IdAllocator,
): IngestItem | null {
  // A BOM or CR may survive on lines of concatenated files; they are not content.
  const trimmed = line.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return null;
  const origin = `${ctx.origin}:${lineNo}`;
  const label = `${ctx.label}:${lineNo}`;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (error) {
    const { reason, position } = describeJsonError(error);
    const lead = line.length - line.trimStart().length;
    const at = position === null ? '' : ` at column ${position + lead + 1}`;
    return failed(origin, 'ingest/bad-json', `${label}: invalid JSON (${reason}${at}): fix the line or remove it`);
  }
  return recordToItem(value, { origin, label }, allocate);
}

/** A whole JSON document → one item per article (or one fatal item). */
export function parseJsonDocument(text: string, ctx: SourceContext): IngestItem[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // Several objects on their own lines are JSON Lines whatever the file is called.
    if (isProbablyJsonLines(text)) return parseJsonLinesText(text, ctx);
    const { reason, position } = describeJsonError(error);
    const at = position === null ? '' : ` at line ${lineColumn(text, position)}`;
    return [failed(ctx.origin, 'ingest/bad-json', `${ctx.label}: invalid JSON (${reason}${at}): fix the file`)];
  }
  const allocate = createIdRegistry();
  const list = Array.isArray(value)
    ? value
    : typeof value === 'object' && value !== null && Array.isArray((value as { articles?: unknown }).articles)
      ? (value as { articles: unknown[] }).articles
      : null;
  if (list === null) {
    if (typeof value === 'object' && value !== null)
      return [recordToItem(value, { origin: ctx.origin, label: ctx.label }, allocate)];
    return [
      failed(
        ctx.origin,
        'ingest/bad-record',
        `${ctx.label}: expected an array of article objects, {"articles": [...]} or one article object`,
      ),
    ];
  }
  if (list.length === 0) return [failed(ctx.origin, 'ingest/empty', `${ctx.label}: the JSON array holds no articles`)];
  return list.map((item, i) =>
    recordToItem(item, { origin: `${ctx.origin}#item${i + 1}`, label: `${ctx.label} item ${i + 1}` }, allocate),
  );
}

/** JSON Lines already in memory (the streaming path is in source.ts). */
export function parseJsonLinesText(text: string, ctx: SourceContext): IngestItem[] {
  const allocate = createIdRegistry();
  const items: IngestItem[] = [];
  text.split('\n').forEach((line, i) => {
    const item = parseJsonLine(line, i + 1, ctx, allocate);
    if (item !== null) items.push(item);
  });
  return items;
}

function isProbablyJsonLines(text: string): boolean {
  const lines = text.split('\n', 20).filter((l) => l.trim() !== '');
  if (lines.length < 2) return false;
  return lines.some((l) => {
    try {
      const v: unknown = JSON.parse(l);
      return typeof v === 'object' && v !== null && !Array.isArray(v);
    } catch {
      return false;
    }
  });
}

/** V8's message without its position, and the position (0-based) when V8 gave one. */
export function describeJsonError(error: unknown): { reason: string; position: number | null } {
  const message = error instanceof Error ? error.message : String(error);
  const m = /\s*(?:in JSON )?at position (\d+)(?: \(line \d+ column \d+\))?/.exec(message);
  const reason = (m === null ? message : message.slice(0, m.index)).replace(/, ".*" is not valid JSON$/, '');
  return { reason: reason.slice(0, 120), position: m === null ? null : Number(m[1]) };
}

function lineColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `${line}, column ${column}`;
}
