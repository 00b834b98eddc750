// Resolve what the user named (a path, "-" or a URL) to decoded article text
// and the format it is in.
import { decode, declaredCharset } from './decode.js';
import { detectFormat } from './detect.js';
import { UserError } from '../core/errors.js';
import { DEFAULT_MAX_REDIRECTS, DEFAULT_TIMEOUT_MS, fetchUrl, isUrl } from './fetch-url.js';
import { pageHasText } from './page-text.js';
import { checkNotEmpty, readArticleFile, type RawInput } from './read-file.js';
import { readStdin } from './stdin.js';
import type { Format } from '../core/format.js';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

export interface LoadedInput extends RawInput {
  format: Format;
}

export interface LoadOptions {
  maxBytes: number;
  /** URLs only: the time allowed for the whole fetch. */
  timeoutMs?: number;
  /** URLs only: how many redirects to follow. */
  maxRedirects?: number;
  /** URLs only: fetch from loopback, private and link-local addresses (--allow-private). */
  allowPrivate?: boolean;
  /** Where "-" reads from; standard input unless a test says otherwise. */
  stdin?: Readable;
}

async function loadUrl(spec: string, options: LoadOptions): Promise<LoadedInput> {
  const page = await fetchUrl(spec, {
    maxBytes: options.maxBytes,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
    allowPrivate: options.allowPrivate ?? false,
  });
  const decoded = decode(page.bytes, page.name, page.charset ?? declaredCharset(page.bytes));
  const raw = checkNotEmpty({ name: page.name, ...decoded });
  return { ...raw, format: detectFormat(raw.text, { path: page.path, mediaType: page.mediaType }) };
}

/** Refuse a page whose markup holds no text at all. */
function checkPageText(input: LoadedInput): LoadedInput {
  if (input.format === 'html' && !pageHasText(input.text)) {
    throw new UserError(`${input.name}: empty article (the page has no text)`);
  }
  return input;
}

/** The path a file: URL names, or `spec` itself. */
function localPath(spec: string): string {
  if (!/^file:\/\//i.test(spec)) return spec;
  try {
    return fileURLToPath(spec);
  } catch {
    throw new UserError(`${spec}: not a valid file URL`, 2);
  }
}

/** Read the article that `spec` names: "-" for standard input, an http(s) or file URL, or a path. */
export async function loadInput(spec: string, options: LoadOptions): Promise<LoadedInput> {
  if (isUrl(spec)) return checkPageText(await loadUrl(spec, options));
  const path = localPath(spec);
  const raw = spec === '-' ? await readStdin(options.maxBytes, options.stdin) : await readArticleFile(path, options.maxBytes);
  const format = detectFormat(raw.text, { path: spec === '-' ? null : path });
  return checkPageText({ ...raw, format });
}
