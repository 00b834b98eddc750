// Which parser an input needs: HTML, Markdown or plain text, decided from the
// content, with the file extension or the server's media type as a hint.
import type { Format } from '../core/format.js';

export interface FormatHints {
  /** A path or URL path: its extension. */
  path?: string | null;
  /** The media type a server sent, lower case without parameters. */
  mediaType?: string | null;
}

// Only the start of a large input is looked at.
const SNIFF_CHARS = 64 * 1024;

const HTML_EXTENSIONS = /\.(?:html?|xhtml|shtml|php|aspx?|jsp)$/i;
const MARKDOWN_EXTENSIONS = /\.(?:md|markdown|mdown|mkdn|mkd|mdwn|mdx)$/i;
const TEXT_EXTENSIONS = /\.(?:txt|text)$/i;

/** A whole HTML document: a doctype or an html, head or body tag first (after comments). */
function isHtmlDocument(head: string): boolean {
  const start = head
    .slice(0, 4096)
    .replace(/^\ufeff/, '')
    .replace(/^\s*<\?xml[^>]*\?>/i, '')
    .replace(/^(?:\s*<!--[\s\S]*?-->)*/, '')
    .trimStart();
  return /^<(?:!doctype\s+html|html|head|body)\b/i.test(start);
}

/** How many block-level HTML tags `head` holds: a fragment without a doctype. */
function htmlTagCount(head: string): number {
  // A tag holds no '<': each match then scans at most to the next '<', so
  // '<a href' repeated stays linear (a '[^>]*' ran to the end from every '<').
  let count = 0;
  for (const m of head.matchAll(/<(\/?)(p|div|br|h[1-6]|article|section|ul|ol|li|blockquote|table|span|a)\b([^<>]*)>/gi)) {
    if (m[2].toLowerCase() !== 'a' || (m[1] === '' && /^\s[\s\S]*href\b/i.test(m[3]))) count++;
  }
  return count;
}

/** Whether `text` opens with YAML or TOML front matter: a fence, key or indented lines, a fence. */
function hasFrontMatter(text: string): boolean {
  // Line by line: the regex this replaces backtracked exponentially on blank lines.
  if (!text.startsWith('---\n') && !text.startsWith('+++\n')) return false;
  let at = 4;
  for (;;) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) return false;
    const line = text.slice(at, nl);
    if (line === '---' || line === '+++' || line === '...') return true;
    if (line !== '' && !/^\s/.test(line) && !/^[\w-]+\s*[:=]/.test(line)) return false;
    at = nl + 1;
  }
}

/** Whether `head` is unmistakably Markdown: front matter, or two kinds of Markdown syntax. */
function looksLikeMarkdown(head: string): boolean {
  const text = head.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  if (hasFrontMatter(text)) return true;
  const lines = text.split('\n');
  const first = lines.find((l) => l.trim() !== '') ?? '';
  const headings = lines.filter((l) => /^ {0,3}#{1,6}[ \t]+\S/.test(l)).length;
  // No '[' inside link text, nor '**' inside bold, and a lookahead for the
  // setext line's text: each start then scans a bounded stretch (linear).
  const links = text.match(/!?\[[^[\]\n]+\]\((?:[^()\s]+|<[^>\n]*>)(?:\s+"[^"\n]*")?\)/g)?.length ?? 0;
  // Bold with a word inside: a rule of underscores is not bold.
  const strong = text.match(/\*\*(?=[^\s*_])(?:[^\n*]|\*(?!\*))*?[^\s*_]\*\*|__(?=[^\s*_])(?:[^\n_]|_(?!_))*?[^\s*_]__/g)?.length ?? 0;
  const fences = lines.filter((l) => /^ {0,3}(?:```|~~~)/.test(l)).length;
  const setext = text.match(/\n(?=[^\n]*\S)[^\n]*\n {0,3}=+[ \t]*\n/g)?.length ?? 0;
  if (/^#[ \t]+\S/.test(first) && headings + links + strong + fences + setext >= 2) return true;
  const signs = [headings >= 2, links >= 2, strong >= 2, fences >= 2, setext >= 1].filter(Boolean).length;
  return signs >= 2 || headings >= 3 || links >= 3;
}

export function detectFormat(text: string, hints: FormatHints = {}): Format {
  const head = text.slice(0, SNIFF_CHARS);
  const path = hints.path ?? '';
  const type = hints.mediaType ?? null;
  if (isHtmlDocument(head)) return 'html';
  const saysHtml = type === 'text/html' || type === 'application/xhtml+xml' || HTML_EXTENSIONS.test(path);
  // A page fragment: declared HTML with any tag, or undeclared with many.
  const tags = htmlTagCount(head);
  if (saysHtml && tags > 0) return 'html';
  const saysMarkdown = type === 'text/markdown' || type === 'text/x-markdown' || MARKDOWN_EXTENSIONS.test(path);
  if (saysMarkdown) return 'markdown';
  // Plain text read as Markdown loses less than the other way round, so
  // undeclared Markdown must show it plainly.
  if (looksLikeMarkdown(head)) return 'markdown';
  const saysText = TEXT_EXTENSIONS.test(path) || type === 'text/plain';
  if (!saysText && tags >= 5) return 'html';
  return 'text';
}
