// HTML → plain text with paragraphs separated by a blank line. Used for Readability's article node
// and for the HTML inside feed descriptions. Inline runs are whitespace-collapsed; blocks break.
import { parseHTML } from 'linkedom';

const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
  'body',
]);
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'head',
  'button',
  'select',
  'object',
]);
const CELLS = new Set(['td', 'th']);

interface Collector {
  paragraphs: string[];
  line: string[];
}

/** Text of a DOM node (any linkedom/DOM node). */
export function nodeToText(node: Node, options: { readonly skipLinks?: boolean } = {}): string {
  const out: Collector = { paragraphs: [], line: [] };
  walk(node, out, options.skipLinks === true);
  flush(out);
  return out.paragraphs.join('\n\n');
}

/** Text of an HTML fragment or page. Plain text without tags passes through with entities decoded. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return tidyParagraphs(html);
  const fast = simpleHtmlToText(html);
  if (fast !== null) return fast;
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return nodeToText(document.body as unknown as Node);
}

// Iterative, not recursive: a page nested tens of thousands of levels deep must not overflow the stack.
function walk(root: Node, out: Collector, skipLinks: boolean): void {
  // An entry is a node to enter, or (as a string) the tag of a node being left.
  const stack: (Node | string)[] = [root];
  while (stack.length > 0) {
    const entry = stack.pop() as Node | string;
    if (typeof entry === 'string') {
      if (CELLS.has(entry)) out.line.push(' ');
      if (BLOCKS.has(entry)) flush(out);
      continue;
    }
    const node = entry;
    if (node.nodeType === 3) {
      // Line breaks in the source are layout, not content: only <br> breaks a line.
      out.line.push(collapseSpaces(node.textContent ?? ''));
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = node.nodeType === 1 ? (node as Element).tagName.toLowerCase() : '';
    if (SKIP.has(tag) || tag === 'img' || (skipLinks && tag === 'a')) continue;
    if (tag === 'br') {
      out.line.push('\n');
      continue;
    }
    if (BLOCKS.has(tag)) flush(out);
    stack.push(tag);
    const children: Node[] = [];
    for (let child = node.firstChild; child !== null; child = child.nextSibling) children.push(child);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
}

/** Depth of the deepest element below `root` (iterative). */
export function maxDepth(root: Node): number {
  let deepest = 0;
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [Node, number];
    if (depth > deepest) deepest = depth;
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === 1) stack.push([child, depth + 1]);
    }
  }
  return deepest;
}

function flush(out: Collector): void {
  if (out.line.length === 0) return;
  // <br> keeps a single line break inside a paragraph; all other white space collapses.
  const text = out.line
    .join('')
    .split('\n')
    .map((l) => collapseSpaces(l).trim())
    .filter((l) => l !== '')
    .join('\n');
  out.line = [];
  if (text !== '') out.paragraphs.push(text);
}

/** Plain text: trim lines, collapse runs of blank lines to one. */
function tidyParagraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => collapseSpaces(p).trim())
    .filter((p) => p !== '')
    .join('\n\n');
}

/**
 * Every run of white space → one space. Single spaces, by far the most common run, are not matched:
 * replacing each of them with itself made a 10 MB paragraph take seconds.
 */
export function collapseSpaces(text: string): string {
  return text.replace(/ \s+|[^\S ]\s*/g, ' ');
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  eacute: 'é',
  euro: '€',
  pound: '£',
};
// Markers for block and <br> breaks, so that the source's own line breaks can collapse like other space.
const PARAGRAPH = '\u0001';
const LINE = '\u0002';

/**
 * The same text as the DOM path for the small, simple markup of feed descriptions, without building a
 * DOM (a feed of 20,000 items took 6 s that way). Returns null, and so defers to the DOM, for anything
 * it is not sure of: comments, script-like elements, unknown entities, stray "<".
 */
export function simpleHtmlToText(html: string): string | null {
  if (html.includes(PARAGRAPH) || html.includes(LINE)) return null;
  if (/<!--|<!\[|<(?:script|style|noscript|template|iframe|svg|head|button|select|object|textarea|pre)\b/i.test(html)) {
    return null;
  }
  let unknown = false;
  const marked = html.replace(/<(\/?)([A-Za-z][\w-]*)(?:\s[^<>]*)?\/?>/g, (_, _close: string, name: string) => {
    const tag = name.toLowerCase();
    if (tag === 'br') return LINE;
    if (BLOCKS.has(tag)) return PARAGRAPH;
    return CELLS.has(tag) ? ' ' : '';
  });
  if (marked.includes('<')) return null;
  const decoded = marked.replace(/&(#\d+|#x[\da-fA-F]+|[A-Za-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X')) return safeCodePoint(parseInt(ref.slice(2), 16)) ?? whole;
    if (ref.startsWith('#')) return safeCodePoint(parseInt(ref.slice(1), 10)) ?? whole;
    const named = NAMED_ENTITIES[ref];
    if (named === undefined) unknown = true;
    return named ?? whole;
  });
  if (unknown || /&[A-Za-z#]/.test(decoded.replace(/&(#\d+|#x[\da-fA-F]+|[A-Za-z]+);/g, ''))) return null;
  return collapseSpaces(decoded)
    .split(PARAGRAPH)
    .map((p) =>
      p
        .split(LINE)
        .map((l) => collapseSpaces(l).trim())
        .filter((l) => l !== '')
        .join('\n'),
    )
    .filter((p) => p !== '')
    .join('\n\n');
}

function safeCodePoint(n: number): string | null {
  return Number.isFinite(n) && n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : null;
}
