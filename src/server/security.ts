// Security middleware. Defaults are safe for a laptop: loopback only, strict headers, and a Host check that
// defeats DNS rebinding (a web page whose name resolves to 127.0.0.1 cannot read the API). On another address
// a token is required: `Authorization: Bearer <token>`, or a cookie set once through `/?token=<token>` so a
// browser can open the dashboard (SECURITY.md).
import { timingSafeEqual, createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { errorBody } from './http-error.ts';

export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('X-Frame-Options', 'DENY');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    c.header('Cross-Origin-Resource-Policy', 'same-origin');
    c.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
    if (c.req.path.startsWith('/api/')) c.header('Cache-Control', 'no-store');
  };
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** Host header names we answer on loopback: anything else is a rebinding attempt or a proxy misconfiguration. */
export function hostGuard(): MiddlewareHandler {
  return async (c, next) => {
    const header = c.req.header('host') ?? new URL(c.req.url).host;
    const name = header.startsWith('[') ? header.slice(0, header.indexOf(']') + 1) : header.replace(/:\d+$/, '');
    if (!isLoopback(name)) {
      return c.json(errorBody(403, `host ${name || '(none)'} not allowed: this server answers on loopback only`), 403);
    }
    await next();
  };
}

const COOKIE = 'detente_token';

const digest = (s: string) => createHash('sha256').update(s).digest();
function sameToken(given: string, token: string): boolean {
  return timingSafeEqual(digest(given), digest(token));
}

function cookieValue(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === COOKIE) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

export function tokenGuard(token: string): MiddlewareHandler {
  return async (c, next) => {
    const auth = c.req.header('authorization');
    const bearer = auth?.startsWith('Bearer ') === true ? auth.slice(7) : undefined;
    const cookie = cookieValue(c.req.header('cookie'));
    if ((bearer !== undefined && sameToken(bearer, token)) || (cookie !== undefined && sameToken(cookie, token))) {
      await next();
      return;
    }
    const query = c.req.query('token');
    if (c.req.path === '/' && query !== undefined && sameToken(query, token)) {
      // Trade the token in the URL for a cookie and drop it from the address bar (and from history).
      c.header('Set-Cookie', `${COOKIE}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Strict`);
      return c.redirect('/', 303);
    }
    c.header('WWW-Authenticate', 'Bearer realm="detente"');
    return c.json(errorBody(401, 'missing or wrong token: send Authorization: Bearer <token>'), 401);
  };
}
