// Fetch an article from the web: a timeout over the whole exchange, redirects
// followed by hand (so that a loop is caught and counted), a content-type
// check and a size cap enforced while the body streams in.
import { refuseBinary } from './decode.js';
import { UserError } from '../core/errors.js';
import { readCapped } from './read-capped.js';
import { privateAddressOf } from './private-address.js';
import { overLimit } from './size.js';

export interface FetchOptions {
  maxBytes: number;
  /** For the whole fetch: connecting, every redirect and the body. */
  timeoutMs: number;
  maxRedirects: number;
  /** Fetch from loopback, private and link-local addresses too (--allow-private). */
  allowPrivate?: boolean;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_REDIRECTS = 10;

export interface Fetched {
  /** The URL the article came from after redirects, as shown to the user. */
  name: string;
  /** The path part of that URL, whose extension hints at the format. */
  path: string;
  bytes: Uint8Array;
  /** The media type without parameters, lower case; null when the server sent none. */
  mediaType: string | null;
  charset: string | null;
}

// Media types that hold an article quoted can read; anything else is refused
// before its body is read. A missing type is sniffed from the content.
const TEXT_TYPES = new Set([
  'text/html',
  'application/xhtml+xml',
  'text/plain',
  'text/markdown',
  'text/x-markdown',
  // Feeds, which open as a library of their items.
  'application/rss+xml',
  'application/atom+xml',
  'application/xml',
  'text/xml',
]);

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** True when `spec` is a web address rather than a path. */
export function isUrl(spec: string): boolean {
  return /^https?:\/\//i.test(spec);
}

/** The URL as shown in messages: no user name or password. */
function display(url: URL): string {
  if (!url.username && !url.password) return url.href;
  const shown = new URL(url.href);
  shown.username = '';
  shown.password = '';
  return shown.href;
}

function parseContentType(header: string | null): { mediaType: string | null; charset: string | null } {
  if (!header) return { mediaType: null, charset: null };
  const [type, ...params] = header.split(';');
  const charset = params.map((p) => p.trim().match(/^charset\s*=\s*"?([^";\s]+)"?$/i)?.[1]).find(Boolean);
  return { mediaType: type.trim().toLowerCase() || null, charset: charset ?? null };
}

/** The one-line error for a fetch that failed before any response. */
function networkError(err: unknown, name: string, timeoutMs: number): UserError {
  if (err instanceof UserError) return err;
  const e = err as Error & { cause?: NodeJS.ErrnoException };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') {
    return new UserError(`${name}: timed out after ${timeoutMs / 1000} s`);
  }
  const code = e.cause?.code;
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new UserError(`${name}: cannot find the host`, 2);
    case 'ECONNREFUSED':
      return new UserError(`${name}: connection refused`, 2);
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return new UserError(`${name}: the connection was closed`);
    default:
      return new UserError(`${name}: cannot fetch (${code ?? e.cause?.message ?? e.message})`, 2);
  }
}

async function discard(res: Response): Promise<void> {
  await res.body?.cancel().catch(() => undefined);
}

/** `url` without credentials, and the Basic authorization they stand for (fetch refuses them in the URL). */
function splitCredentials(url: URL): { bare: URL; authorization: string | null } {
  if (!url.username && !url.password) return { bare: url, authorization: null };
  const pair = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  const bare = new URL(display(url));
  return { bare, authorization: `Basic ${Buffer.from(pair).toString('base64')}` };
}

/** Follow redirects from `start` to the response that holds the article. */
async function follow(start: URL, options: FetchOptions, signal: AbortSignal): Promise<{ url: URL; res: Response }> {
  const seen = new Set<string>();
  const { bare, authorization } = splitCredentials(start);
  let url = bare;
  for (;;) {
    seen.add(url.href);
    const headers: Record<string, string> = {
      accept: 'text/html,application/xhtml+xml,text/markdown;q=0.9,text/plain;q=0.9,application/rss+xml;q=0.8,application/atom+xml;q=0.8,*/*;q=0.1',
      'user-agent': 'quoted (terminal article reader)',
    };
    // Credentials go only to the origin they were given for.
    if (authorization && url.origin === bare.origin) headers.authorization = authorization;
    // Checked for the first address and for every redirect target alike.
    const inside = options.allowPrivate ? null : await privateAddressOf(url);
    if (inside !== null) {
      const how = url.href === bare.href ? '' : `redirected from ${display(start)}, `;
      throw new UserError(`${display(url)}: ${how}a private or local address (${inside}); use --allow-private to fetch it`, 2);
    }
    const res = await fetch(url, { redirect: 'manual', signal, headers });
    if (!REDIRECTS.has(res.status)) return { url, res };
    await discard(res);
    const location = res.headers.get('location');
    if (!location) throw new UserError(`${display(url)}: redirect (HTTP ${res.status}) with no location`);
    let next: URL;
    try {
      next = new URL(location, url);
    } catch {
      throw new UserError(`${display(url)}: redirect to a bad address: ${location}`);
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      throw new UserError(`${display(url)}: redirect to a ${next.protocol} address, which quoted does not fetch`);
    }
    if (seen.has(display(next))) throw new UserError(`${display(start)}: redirect loop (at ${display(next)})`);
    if (seen.size > options.maxRedirects) {
      throw new UserError(`${display(start)}: too many redirects (more than ${options.maxRedirects})`);
    }
    url = new URL(display(next));
  }
}

/** The bytes of the article at `spec`, or an UserError that says what went wrong. */
export async function fetchUrl(spec: string, options: FetchOptions): Promise<Fetched> {
  let start: URL;
  try {
    start = new URL(spec);
  } catch {
    // Never echo a password, even from an address that does not parse.
    throw new UserError(`${spec.replace(/^(https?:\/\/)[^/?#]*@/i, '$1')}: not a valid URL`, 2);
  }
  const signal = AbortSignal.timeout(options.timeoutMs);
  let name = display(start);
  try {
    const { url, res } = await follow(start, options, signal);
    name = display(url);
    if (!res.ok) {
      await discard(res);
      const reason = `${res.status}${res.statusText ? ` ${res.statusText}` : ''}`;
      throw new UserError(`${name}: HTTP ${reason}`, res.status >= 400 && res.status < 500 ? 2 : 1);
    }
    const { mediaType, charset } = parseContentType(res.headers.get('content-type'));
    if (mediaType !== null && !TEXT_TYPES.has(mediaType)) {
      await discard(res);
      throw new UserError(`${name}: not a text article (content type ${mediaType})`);
    }
    const declared = Number(res.headers.get('content-length'));
    if (declared > options.maxBytes) {
      await discard(res);
      throw new UserError(overLimit(name, declared, options.maxBytes));
    }
    const bytes = res.body ? await readCapped(res.body, name, options.maxBytes, (head) => refuseBinary(head, name)) : new Uint8Array();
    return { name, path: url.pathname, bytes, mediaType, charset };
  } catch (err) {
    throw networkError(err, name, options.timeoutMs);
  }
}
