// Resolve what the user named (a path, "-" or a URL) to decoded article text
// and the format it is in.
import { decode, declaredCharset } from './decode.js';
import { detectFormat } from './detect.js';
import { InputError } from './errors.js';
import { DEFAULT_MAX_REDIRECTS, DEFAULT_TIMEOUT_MS, fetchUrl, isUrl } from './fetch-url.js';
import { checkNotEmpty, hasVisibleText, readArticleFile, type RawInput } from './read-file.js';
import { readStdin } from './stdin.js';
import type { Format } from '../article/parse.js';
import type { Readable } from 'node:stream';

export interface LoadedInput extends RawInput {
  format: Format;
}

export interface LoadOptions {
  maxBytes: number;
  /** URLs only: the time allowed for the whole fetch. */
  timeoutMs?: number;
  /** URLs only: how many redirects to follow. */
  maxRedirects?: number;
  /** Where "-" reads from; standard input unless a test says otherwise. */
  stdin?: Readable;
}

async function loadUrl(spec: string, options: LoadOptions): Promise<LoadedInput> {
  const page = await fetchUrl(spec, {
    maxBytes: options.maxBytes,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
  });
  const decoded = decode(page.bytes, page.name, page.charset ?? declaredCharset(page.bytes));
  const raw = checkNotEmpty({ name: page.name, ...decoded });
  return { ...raw, format: detectFormat(raw.text, { path: page.path, mediaType: page.mediaType }) };
}

const HIDDEN_ELEMENTS = new Set(['script', 'style', 'template', 'noscript', 'title']);

/**
 * Whether an HTML page shows any text outside its tags, comments, scripts and
 * styles. One forward scan that stops at the first visible character, so a
 * huge or broken page costs no more than a read through it.
 */
export function pageHasText(html: string): boolean {
  let at = 0;
  let plain = '';
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    plain = html.slice(at, lt < 0 ? html.length : lt).replace(/&(?:nbsp|#160|#xa0|#8203|#x200b);/gi, ' ');
    if (hasVisibleText(plain)) return true;
    if (lt < 0) return false;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      if (end < 0) return false;
      at = end + 3;
      continue;
    }
    const close = html.indexOf('>', lt);
    if (close < 0) return false;
    const name = html.slice(lt + 1, close).match(/^([a-z]+)/i)?.[1].toLowerCase();
    at = close + 1;
    if (name && HIDDEN_ELEMENTS.has(name)) {
      const closing = new RegExp(`</${name}`, 'gi');
      closing.lastIndex = at;
      if (!closing.exec(html)) return false;
      const end = html.indexOf('>', closing.lastIndex);
      if (end < 0) return false;
      at = end + 1;
    }
  }
  return false;
}

/** Refuse a page whose markup holds no text at all. */
function checkPageText(input: LoadedInput): LoadedInput {
  if (input.format === 'html' && !pageHasText(input.text)) {
    throw new InputError(`${input.name}: empty article (the page has no text)`);
  }
  return input;
}

/** Read the article that `spec` names: "-" for standard input, an http(s) URL, or a path. */
export async function loadInput(spec: string, options: LoadOptions): Promise<LoadedInput> {
  if (isUrl(spec)) return checkPageText(await loadUrl(spec, options));
  const raw = spec === '-' ? await readStdin(options.maxBytes, options.stdin) : await readArticleFile(spec, options.maxBytes);
  const format = detectFormat(raw.text, { path: spec === '-' ? null : spec });
  return checkPageText({ ...raw, format });
}
