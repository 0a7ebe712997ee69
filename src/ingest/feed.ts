// RSS 2.0, Atom and RDF (RSS 1.0) feeds → one article per item/entry.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Diagnostic, IngestItem } from '../types.ts';
import type { SourceContext } from './context.ts';
import { normalizeDate } from './dates.ts';
import { failed, warning } from './diagnostics.ts';
import { htmlToText } from './html-text.ts';
import { createIdRegistry, hashId } from './ids.ts';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

type XmlNode = Record<string, unknown>;

interface FeedShape {
  readonly items: readonly unknown[];
  readonly title: string | null;
  readonly link: string | null;
}

export function parseFeed(input: string, ctx: SourceContext): IngestItem[] {
  // A bare "&" (in URLs, mostly) is the commonest feed bug; escaping it loses nothing.
  const xml = input.replace(/&(?!#\d+;|#x[\da-fA-F]+;|[A-Za-z][\w.-]*;)/g, '&amp;');
  // The parser is lenient and would read half an item from a cut-off feed: validate first.
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    return [
      failed(
        ctx.origin,
        'ingest/bad-xml',
        `${ctx.label}:${line}: invalid XML (${msg.replace(/\.$/, '')} at column ${col}): fix the feed`,
      ),
    ];
  }
  let shape: FeedShape | null;
  try {
    shape = feedShape(parser.parse(xml) as XmlNode);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [
      failed(ctx.origin, 'ingest/bad-xml', `${ctx.label}: unreadable feed (${reason.slice(0, 120)}): fix the feed`),
    ];
  }
  if (shape === null || shape.items.length === 0) {
    return [failed(ctx.origin, 'ingest/empty', `${ctx.label}: the feed has no items`)];
  }
  const allocate = createIdRegistry();
  const source = shape.title ?? shape.link;
  return shape.items.map((raw, i) => {
    const origin = `${ctx.origin}#item${i + 1}`;
    const label = `${ctx.label} item ${i + 1}`;
    const item = (typeof raw === 'object' && raw !== null ? raw : {}) as XmlNode;
    const title = text(item['title']);
    const body = firstNonEmpty(
      htmlToText(deepText(item['content:encoded']) ?? ''),
      htmlToText(deepText(item['content']) ?? ''),
      htmlToText(deepText(item['description']) ?? ''),
      htmlToText(deepText(item['summary']) ?? ''),
    );
    // Headline feeds carry no body: the title is then the text to code.
    const articleText = body ?? (title === null ? null : htmlToText(title));
    if (articleText === null || articleText === '') {
      return failed(origin, 'ingest/no-text', `${label}: the item has neither a description nor a title`);
    }
    const url = itemLink(item['link']) ?? text(item['@_rdf:about']);
    const guid = text(item['guid']) ?? text(item['id']);
    const key = guid ?? url;
    const diagnostics: Diagnostic[] = [];
    const rawDate = text(item['pubDate']) ?? text(item['published']) ?? text(item['dc:date']) ?? text(item['updated']);
    let date = rawDate === null ? null : normalizeDate(rawDate);
    if (rawDate !== null && date === null) {
      diagnostics.push(
        warning(
          'ingest/bad-date',
          `${label}: date "${rawDate.slice(0, 60)}" is not a date: fix the feed or pass --date`,
        ),
      );
    }
    if (date === null) date = ctx.date;
    const unique = allocate(key !== null ? hashId('g', key) : hashId('t', `${title ?? ''}\n${articleText}`));
    if (unique.duplicate) {
      diagnostics.push(
        warning('ingest/duplicate-id', `${label}: same guid/link as an earlier item: kept as "${unique.id}"`),
      );
    }
    return {
      origin,
      article: {
        id: unique.id,
        date,
        title: title === null ? null : htmlToText(title),
        url,
        source,
        text: articleText,
      },
      diagnostics,
    };
  });
}

function feedShape(doc: XmlNode): FeedShape | null {
  const rss = doc['rss'] as XmlNode | undefined;
  if (rss !== undefined) {
    const channel = (rss['channel'] ?? {}) as XmlNode;
    return { items: asArray(channel['item']), title: text(channel['title']), link: itemLink(channel['link']) };
  }
  const feed = doc['feed'] as XmlNode | undefined;
  if (feed !== undefined)
    return { items: asArray(feed['entry']), title: text(feed['title']), link: itemLink(feed['link']) };
  const rdf = doc['rdf:RDF'] as XmlNode | undefined;
  if (rdf !== undefined) {
    const channel = (rdf['channel'] ?? {}) as XmlNode;
    return {
      items: asArray(rdf['item'] ?? channel['item']),
      title: text(channel['title']),
      link: itemLink(channel['link']),
    };
  }
  return null;
}

/** RSS <link>text</link>, or the Atom <link href rel="alternate"> (the one without rel counts as alternate). */
function itemLink(value: unknown): string | null {
  const links = asArray(value);
  let fallback: string | null = null;
  for (const l of links) {
    if (typeof l === 'string') return l.trim() || null;
    if (typeof l !== 'object' || l === null) continue;
    const node = l as XmlNode;
    const href = typeof node['@_href'] === 'string' ? node['@_href'].trim() : text(node);
    if (href === null || href === '') continue;
    const rel = node['@_rel'];
    if (rel === undefined || rel === 'alternate') return href;
    fallback ??= rel === 'self' ? null : href;
  }
  return fallback;
}

/** The text of an element: a string, {"#text": …} when it has attributes, or all text of XHTML content. */
function text(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === 'object') {
    const node = value as XmlNode;
    if ('#text' in node) return text(node['#text']);
    const parts = Object.entries(node)
      .filter(([k]) => !k.startsWith('@_'))
      .map(([, v]) => text(v))
      .filter((s): s is string => s !== null);
    return parts.length === 0 ? null : parts.join('\n\n');
  }
  return null;
}

/** Like text(), but keeps every part: XHTML content arrives as nested elements with repeated tags. */
function deepText(value: unknown): string | null {
  if (Array.isArray(value)) {
    const parts = value.map(deepText).filter((s): s is string => s !== null);
    return parts.length === 0 ? null : parts.join('\n\n');
  }
  if (typeof value === 'object' && value !== null && !('#text' in value)) {
    const parts = Object.entries(value as XmlNode)
      .filter(([k]) => !k.startsWith('@_'))
      .map(([, v]) => deepText(v))
      .filter((s): s is string => s !== null);
    return parts.length === 0 ? null : parts.join('\n\n');
  }
  return text(value);
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function firstNonEmpty(...values: string[]): string | null {
  return values.find((v) => v !== '') ?? null;
}
