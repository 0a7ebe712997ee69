// An HTML page → one article: main text by Readability (on a linkedom DOM), metadata from the head.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Diagnostic, IngestItem } from '../types.ts';
import type { SourceContext } from './context.ts';
import { normalizeDate } from './dates.ts';
import { failed, warning } from './diagnostics.ts';
import { maxDepth, nodeToText } from './html-text.ts';
import { hashId } from './ids.ts';
import { rootElement } from './detect.ts';

// Where publishers put the publication date, most specific first.
const DATE_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[property="og:article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="article:published_time"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="sailthru.date"]',
  'meta[name="parsely-pub-date"]',
];

/** Boilerplate removed before the fallback text (when Readability finds no article). */
const BOILERPLATE =
  'script, style, noscript, nav, header, footer, aside, form, iframe, [role="navigation"], [aria-hidden="true"]';

type Doc = Document;

const MAX_READABILITY_DEPTH = 256;
const MAX_READABILITY_ELEMENTS = 20_000;
const MAX_HTML_DEPTH = 10_000;
const MAX_HTML_ELEMENTS = 100_000;

// Elements that never nest (void) or are commonly left open (closed implicitly by the parser).
const NOT_NESTING = new Set(
  'area base br col embed hr img input link meta source track wbr p li dt dd td th tr option'.split(' '),
);

/** Nesting depth and element count from the raw markup, without building a DOM (upper bounds for sloppy markup). */
export function markupShape(html: string): { readonly depth: number; readonly elements: number } {
  let depth = 0;
  let deepest = 0;
  let elements = 0;
  for (const m of html.matchAll(/<(\/?)([A-Za-z][\w:-]*)[^>]*?(\/?)>/g)) {
    if (m[1] !== '/') elements++;
    const tag = (m[2] ?? '').toLowerCase();
    if (NOT_NESTING.has(tag) || m[3] === '/') continue;
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > deepest) deepest = depth;
  }
  return { depth: deepest, elements };
}

export function parseHtml(html: string, ctx: SourceContext): IngestItem {
  // The DOM parser's (and Readability's) time grows faster than linearly with depth and element count
  // (100k levels: 8 s; 800k elements: 28 s to parse, 4 min in all): refuse such pages before building a DOM.
  const shape = markupShape(html);
  if (shape.depth > MAX_HTML_DEPTH || shape.elements > MAX_HTML_ELEMENTS) {
    const what =
      shape.depth > MAX_HTML_DEPTH
        ? `nested more than ${MAX_HTML_DEPTH} elements deep`
        : `more than ${MAX_HTML_ELEMENTS} elements`;
    return failed(
      ctx.origin,
      'ingest/too-complex',
      `${ctx.label}: HTML with ${what}: not an article page; give its text instead`,
    );
  }
  const { document } = parseHTML(asPage(html)) as unknown as { document: Doc };
  const meta = readMetadata(document);
  // Readability's time grows steeply with depth (400 levels: 2 s; 1000: 16 s) and its cost per element is
  // high: beyond 8× the largest real page seen (2,600 elements, depth 34) the plain body text is used.
  const useReadability =
    shape.elements <= MAX_READABILITY_ELEMENTS &&
    document.body !== null &&
    maxDepth(document.body as unknown as Node) <= MAX_READABILITY_DEPTH;
  const article = useReadability ? readability(document) : null;
  let text = article?.content ? articleText(article.content) : '';
  if (text === '') {
    // Readability takes the document apart when it runs: its fallback needs the page as it was.
    const fresh = useReadability ? reparse(asPage(html)) : document;
    if (fresh.body) {
      for (const el of [...fresh.body.querySelectorAll(BOILERPLATE)]) el.remove();
      text = articleText(fresh.body as unknown as Node);
    }
  }
  if (text === '') {
    return failed(
      ctx.origin,
      'ingest/no-text',
      `${ctx.label}: no article text found in the HTML page: give the article page itself, or its text`,
    );
  }
  const diagnostics: Diagnostic[] = [];
  const rawDate = meta.date ?? article?.publishedTime ?? null;
  let date = rawDate === null ? null : normalizeDate(rawDate);
  if (rawDate !== null && date === null) {
    diagnostics.push(
      warning(
        'ingest/bad-date',
        `${ctx.label}: page date "${rawDate.slice(0, 60)}" is not a date: pass --date YYYY-MM-DD`,
      ),
    );
  }
  if (date === null && ctx.date !== null) date = ctx.date;
  if (date === null && rawDate === null) {
    diagnostics.push(
      warning('ingest/no-date', `${ctx.label}: the page names no publication date: pass --date YYYY-MM-DD`),
    );
  }
  const title = clean(article?.title) ?? meta.title;
  const source = meta.siteName ?? clean(article?.siteName) ?? hostOf(meta.url);
  const id = ctx.stem ?? (meta.url !== null ? hashId('u', meta.url) : hashId('t', text));
  return { origin: ctx.origin, article: { id, date, title, url: meta.url, source, text }, diagnostics };
}

interface ReadabilityResult {
  readonly title?: string | null | undefined;
  readonly content?: Node | null | undefined;
  readonly siteName?: string | null | undefined;
  readonly publishedTime?: string | null | undefined;
}

/** Readability's article, or null when it finds none. It takes the document apart. */
function readability(document: Doc): ReadabilityResult | null {
  try {
    // The serializer hands back the node itself (linkedom's cloneNode is slower than a second parse).
    return new Readability<Node>(document, { serializer: (node) => node }).parse();
  } catch {
    return null;
  }
}

/**
 * A fragment ("<p>…</p>", "<div>…") made a whole page. linkedom makes a fragment's first element the
 * document element and leaves the body empty: no text was found, and deep fragments took seconds.
 */
export function asPage(html: string): string {
  const root = rootElement(html);
  if (root === 'html') return html;
  return root === 'head' || root === 'body' ? `<html>${html}</html>` : `<html><body>${html}</body></html>`;
}

function reparse(html: string): Doc {
  return (parseHTML(html) as unknown as { document: Doc }).document;
}

/** The text of a content node, or "" when it is links only (a menu is not an article). */
function articleText(node: Node): string {
  return nodeToText(node, { skipLinks: true }) === '' ? '' : nodeToText(node);
}

interface PageMetadata {
  readonly title: string | null;
  readonly date: string | null;
  readonly url: string | null;
  readonly siteName: string | null;
}

export function readMetadata(document: Doc): PageMetadata {
  const content = (selector: string): string | null => clean(document.querySelector(selector)?.getAttribute('content'));
  let date: string | null = null;
  for (const selector of DATE_SELECTORS) {
    date = content(selector);
    if (date !== null) break;
  }
  // JSON-LD names the publication date outright; a <time> may be a comment's or an update's.
  date ??= jsonLdDate(document);
  date ??= clean(
    document.querySelector('time[pubdate][datetime], article time[datetime], time[datetime]')?.getAttribute('datetime'),
  );
  const canonical = clean(document.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  const url = absoluteUrl(canonical) ?? absoluteUrl(content('meta[property="og:url"]'));
  const title = content('meta[property="og:title"]') ?? clean(document.querySelector('title')?.textContent);
  return { title, date, url, siteName: content('meta[property="og:site_name"]') };
}

function jsonLdDate(document: Doc): string | null {
  for (const script of [...document.querySelectorAll('script[type="application/ld+json"]')]) {
    const m = /"datePublished"\s*:\s*"([^"]{4,40})"/.exec(script.textContent ?? '');
    if (m?.[1] !== undefined) return m[1];
  }
  return null;
}

/** Only absolute http(s) URLs are kept: a relative canonical link says nothing without the page address. */
function absoluteUrl(value: string | null): string | null {
  if (value === null) return null;
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function hostOf(url: string | null): string | null {
  return url === null ? null : new URL(url).hostname.replace(/^www\./, '');
}

function clean(value: string | null | undefined): string | null {
  const s = value?.replace(/\s+/g, ' ').trim();
  return s === undefined || s === '' ? null : s;
}
