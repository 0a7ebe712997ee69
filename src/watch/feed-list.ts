// The --feeds file: a plain list of feed URLs (one a line, # comments) or an OPML subscription list.

export interface FeedList {
  readonly urls: readonly string[];
  /** One message per line or outline that is not an http(s) feed URL. */
  readonly errors: readonly string[];
}

/** OPML is told apart by content, not by file name: exports are often saved as .xml or .txt. */
export function isOpml(text: string): boolean {
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<opml[\s>]/i.test(text);
}

export function parseFeedList(text: string, label = 'feeds'): FeedList {
  return isOpml(text) ? parseOpml(text, label) : parsePlainList(text, label);
}

function parsePlainList(text: string, label: string): FeedList {
  const urls: string[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '') return;
    const problem = urlProblem(line);
    if (problem === null) urls.push(line);
    else errors.push(`${label}:${i + 1}: ${problem}`);
  });
  return { urls: unique(urls), errors };
}

function parseOpml(text: string, label: string): FeedList {
  const urls: string[] = [];
  const errors: string[] = [];
  // Outlines carry the feed in xmlUrl; folders are outlines without one and are skipped.
  for (const m of text.matchAll(/<outline\b([^>]*)>/gi)) {
    const attrs = m[1] ?? '';
    const found = /\bxmlUrl\s*=\s*("([^"]*)"|'([^']*)')/i.exec(attrs);
    if (found === null) continue;
    const url = decodeEntities((found[2] ?? found[3] ?? '').trim());
    const problem = urlProblem(url);
    if (problem === null) urls.push(url);
    else errors.push(`${label}: outline ${JSON.stringify(url.slice(0, 80))}: ${problem}`);
  }
  if (urls.length === 0 && errors.length === 0) errors.push(`${label}: OPML file with no outline carrying an xmlUrl`);
  return { urls: unique(urls), errors };
}

/** Why a URL may not be fetched, or null when it may: only absolute http(s) URLs are. */
export function urlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `"${value.slice(0, 80)}" is not an absolute URL`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `refusing ${url.protocol} URL "${value.slice(0, 80)}": only http and https URLs are fetched`;
  }
  return null;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

const unique = (values: readonly string[]): string[] => [...new Set(values)];
