// The network edge of `watch`: GET with manual, bounded redirects, a timeout, a body size limit,
// http(s) only and a User-Agent naming detente. `fetch` is injected so tests can count requests.
import { normalizeNewlines, sniffEncoding } from '../ingest/decode.ts';
import { urlProblem } from './feed-list.ts';

export type FetchFn = (url: string, init: RequestInit) => Promise<Response>;

export interface FetchSettings {
  readonly fetch: FetchFn;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly maxRedirects: number;
  readonly userAgent: string;
}

export const DEFAULT_USER_AGENT = 'detente-watch/0.1 (+https://github.com/detente/detente; news event coder)';

export const DEFAULT_FETCH_SETTINGS: Omit<FetchSettings, 'fetch'> = {
  timeoutMs: 20_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: DEFAULT_USER_AGENT,
};

export interface Fetched {
  /** Where the body came from, after redirects. */
  readonly url: string;
  readonly status: number;
  readonly headers: Headers;
  readonly body: string;
  /** True when the body was cut at maxBytes. */
  readonly truncated: boolean;
}

/** Thrown for every way a fetch can fail; the message is what health reports. */
export class FetchError extends Error {}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export async function safeGet(
  url: string,
  settings: FetchSettings,
  headers: Readonly<Record<string, string>> = {},
): Promise<Fetched> {
  let current = url;
  for (let hop = 0; ; hop++) {
    const problem = urlProblem(current);
    if (problem !== null) throw new FetchError(hop === 0 ? problem : `redirected to a forbidden URL: ${problem}`);
    const request = () =>
      settings.fetch(current, {
        method: 'GET',
        redirect: 'manual',
        signal: AbortSignal.timeout(settings.timeoutMs),
        headers: { 'User-Agent': settings.userAgent, Accept: '*/*', ...headers },
      });
    let response: Response;
    try {
      response = await request().catch((error: unknown) => {
        // A server may close an idle keep-alive connection just as it is reused: the GET never reached it,
        // so it is sent once more on a fresh connection (as browsers do for idempotent requests).
        if (closedBeforeAnswer(error)) return request();
        throw error;
      });
    } catch (error) {
      throw new FetchError(describe(error, current, settings.timeoutMs));
    }
    if (REDIRECTS.has(response.status)) {
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (location === null) throw new FetchError(`${current}: HTTP ${response.status} redirect without a Location`);
      if (hop >= settings.maxRedirects) {
        throw new FetchError(
          `${url}: more than ${settings.maxRedirects} redirects (last to ${location.slice(0, 120)})`,
        );
      }
      current = new URL(location, current).href;
      continue;
    }
    try {
      const { body, truncated } = await readLimited(response, settings.maxBytes);
      return { url: current, status: response.status, headers: response.headers, body, truncated };
    } catch (error) {
      throw new FetchError(describe(error, current, settings.timeoutMs));
    }
  }
}

/** Reads at most maxBytes of the body, then stops reading (and tells the server so by cancelling). */
async function readLimited(response: Response, maxBytes: number): Promise<{ body: string; truncated: boolean }> {
  if (response.body === null) return { body: '', truncated: false };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (size + value.byteLength > maxBytes) {
      chunks.push(value.subarray(0, maxBytes - size));
      size = maxBytes;
      truncated = true;
      await reader.cancel();
      break;
    }
    chunks.push(value);
    size += value.byteLength;
  }
  return { body: decodeBody(Buffer.concat(chunks), response.headers.get('content-type')), truncated };
}

/**
 * The charset the server names (Content-Type, else the XML declaration or an HTML meta tag) decides; without
 * one, the bytes are sniffed (BOMs, UTF-8, else Windows-1252), as for files.
 */
export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const named =
    /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ??
    /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1] ??
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  let decoder: TextDecoder | null = null;
  if (named !== undefined) {
    try {
      decoder = new TextDecoder(named);
    } catch {
      decoder = null; // an unknown label: sniff instead
    }
  }
  if (decoder === null) {
    const sniffed = sniffEncoding(bytes.subarray(0, 64 * 1024));
    decoder = new TextDecoder(sniffed.kind === 'text' ? sniffed.encoding : 'utf-8');
  }
  const text = decoder.decode(bytes);
  return normalizeNewlines(decoder.encoding === 'windows-1252' ? fixC1(text) : text);
}

// Node 20's TextDecoder decodes Windows-1252 (and its aliases latin1, iso-8859-1) bytes 0x80–0x9F as C1
// controls instead of the punctuation they stand for: curly quotes and dashes would be lost.
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function fixC1(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80] ?? c);
}

const CLOSED_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']);

/** The connection ended before any answer came: not a timeout, not a refused connection. */
function closedBeforeAnswer(error: unknown): boolean {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  return typeof cause?.code === 'string' && CLOSED_CODES.has(cause.code);
}

function describe(error: unknown, url: string, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `${url}: no complete answer within ${timeoutMs / 1000} s`;
  }
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${url}: ${error instanceof Error ? error.message : String(error)}${cause}`;
}
