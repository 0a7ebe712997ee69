// Which input form a file is, from its first characters (content first, extension as a hint).
import { extname } from 'node:path';

export type InputForm = 'seed' | 'plain' | 'jsonl' | 'json' | 'html' | 'feed' | 'xml';

export const SEED_HEADER = /^\s*date\s+(\S+)[ \t]*/;
const SEED_DATE_LIKE = /^\s*date\s+\d{4}-\d{2}-\d{2}(?:\s|$)/;
const FEED_ROOTS = new Set(['rss', 'feed', 'rdf:rdf']);

/**
 * @param head the decoded, newline-normalised start of the input (any length; 64 KiB is plenty)
 * @param path file path for the extension hint, or null for stdin
 */
export function detectForm(head: string, path: string | null): InputForm {
  const ext = path === null ? '' : extname(path).toLowerCase();
  const start = head.trimStart();
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  // "[Reuters] Moscow…" or "{Update} …" is prose: JSON opens with a string, an object or a bracket.
  if (/^\[\s*[{["\]]/.test(start) || (ext === '.json' && start.startsWith('['))) return 'json';
  if (/^\{\s*["}]/.test(start) || (ext === '.json' && start.startsWith('{'))) {
    return looksLikeJsonLines(start) ? 'jsonl' : 'json';
  }
  if (start.startsWith('<')) {
    const root = rootElement(start);
    if (root !== null && FEED_ROOTS.has(root)) return 'feed';
    if (root === 'html' || ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
    // An XML prolog announces XML; anything else starting with a tag is an HTML fragment.
    return start.startsWith('<?xml') ? 'xml' : 'html';
  }
  if (SEED_DATE_LIKE.test(start)) return 'seed';
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.json') return 'json';
  return 'plain';
}

/** JSON Lines when the first line is a whole JSON value of its own and more lines follow. */
function looksLikeJsonLines(start: string): boolean {
  const nl = start.indexOf('\n');
  if (nl < 0) return false;
  const first = start.slice(0, nl).trim();
  if (!first.endsWith('}') || start.slice(nl).trim() === '') return false;
  try {
    JSON.parse(first);
    return true;
  } catch {
    return false;
  }
}

/** Name of the first element, skipping the XML prolog, processing instructions, comments and DOCTYPE. */
export function rootElement(text: string): string | null {
  let i = 0;
  for (;;) {
    while (i < text.length && /\s/.test(text[i] ?? '')) i++;
    if (text.startsWith('<?', i)) i = skipPast(text, i, '?>');
    else if (text.startsWith('<!--', i)) i = skipPast(text, i, '-->');
    // A DOCTYPE may carry an internal subset in [...] with '>' inside it.
    else if (text.startsWith('<!', i)) {
      const bracket = text.indexOf('[', i);
      const close = text.indexOf('>', i);
      i = bracket >= 0 && bracket < close ? skipPast(text, bracket, ']>') : skipPast(text, i, '>');
    } else break;
    if (i < 0) return null;
  }
  const m = /^<([A-Za-z][\w:.-]*)/.exec(text.slice(i, i + 100));
  return m === null ? null : (m[1] ?? '').toLowerCase();
}

function skipPast(text: string, from: number, end: string): number {
  const at = text.indexOf(end, from);
  return at < 0 ? -1 : at + end.length;
}
