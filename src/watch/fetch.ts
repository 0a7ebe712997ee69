// The network edge of `watch`: GET with manual, bounded redirects, a timeout, a body size limit,
// http(s) only and a User-Agent naming detente. `fetch` is injected so tests can count requests.
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
    const signal = AbortSignal.timeout(settings.timeoutMs);
    let response: Response;
    try {
      response = await settings.fetch(current, {
        method: 'GET',
        redirect: 'manual',
        signal,
        headers: { 'User-Agent': settings.userAgent, Accept: '*/*', ...headers },
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
  return { body: new TextDecoder().decode(Buffer.concat(chunks)), truncated };
}

function describe(error: unknown, url: string, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `${url}: no complete answer within ${timeoutMs / 1000} s`;
  }
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${url}: ${error instanceof Error ? error.message : String(error)}${cause}`;
}
