// HTML source to a DOM. linkedom does not build the implied <html>, <head>
// and <body> that a browser would, so the source is put into that shape
// first: a fragment or a page without a body tag would otherwise parse to a
// document with an empty body.
import { parseHTML } from 'linkedom';

/** The index just after the first match of `re` at or after `from`, and where it starts. */
function find(html: string, re: RegExp, from = 0): { start: number; end: number; match: RegExpExecArray } | null {
  const sticky = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  sticky.lastIndex = from;
  const match = sticky.exec(html);
  return match ? { start: match.index, end: sticky.lastIndex, match } : null;
}

/** Where the last `</tag` at or after `from` starts, or -1. */
function lastClosing(html: string, tag: string, from: number): number {
  const re = new RegExp(`</${tag}\\s*>`, 'gi');
  re.lastIndex = from;
  let last = -1;
  for (let m = re.exec(html); m; m = re.exec(html)) last = m.index;
  return last;
}

const OPEN_HTML = /<html\b([^>]*)>/i;
const OPEN_HEAD = /<head\b[^>]*>/i;
const CLOSE_HEAD = /<\/head\s*>/i;
const OPEN_BODY = /<body\b([^>]*)>/i;
const TITLE = /<title\b[^>]*>[\s\S]*?<\/title\s*>/i;
// What may stand before the document proper: an XML declaration, a doctype, comments.
const PROLOGUE = /^(?:\s|<\?xml[^>]*>|<!doctype[^>]*>|<!--[\s\S]*?-->)*/i;

/** `html` rewritten as `<html><head>…</head><body>…</body></html>`. */
function wellFormed(html: string): string {
  const htmlTag = find(html, OPEN_HTML);
  const headOpen = find(html, OPEN_HEAD);
  const headClose = headOpen ? find(html, CLOSE_HEAD, headOpen.end) : null;
  const bodyOpen = find(html, OPEN_BODY);
  const htmlAttrs = htmlTag?.match[1] ?? '';
  const bodyAttrs = bodyOpen?.match[1] ?? '';

  let head = headOpen && headClose ? html.slice(headOpen.end, headClose.start) : '';
  let body: string;
  if (bodyOpen) {
    const close = lastClosing(html, 'body', bodyOpen.end);
    body = html.slice(bodyOpen.end, close < 0 ? html.length : close);
    if (!headClose) head = html.slice(0, bodyOpen.start);
  } else {
    const start = headClose ? headClose.end : htmlTag ? htmlTag.end : PROLOGUE.exec(html)![0].length;
    const close = lastClosing(html, 'html', start);
    body = html.slice(start, close < 0 ? html.length : close);
  }
  head = head.replace(PROLOGUE, '').replace(OPEN_HTML, '').replace(OPEN_HEAD, '');
  // A page with no head may still name itself in a <title> among the body.
  if (!TITLE.test(head)) {
    const title = find(body, TITLE);
    if (title) head += title.match[0];
  }
  return `<!DOCTYPE html><html${htmlAttrs}><head>${head}</head><body${bodyAttrs}>${body}</body></html>`;
}

// A start tag with its attributes; quoted values may hold ">" (but not run on for ever).
const START_TAG = /<([A-Za-z][A-Za-z0-9-]*)((?:[^<>"']|"[^"]{0,4000}"|'[^']{0,4000}')*)>/g;
const ATTRIBUTE = /(\s*)([^\s"'=<>/]+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>`]+))?|([\s\S])/gy;
// An upper-case attribute name, as in <TD COLSPAN=2>: old pages, HTML 4 editors.
const UPPER_CASE_ATTRIBUTE = /<[A-Za-z][A-Za-z0-9-]*\s+[A-Z][A-Z-]*\s*=/;

/**
 * `html` with every attribute name in lower case. linkedom keeps the case it
 * finds (for SVG's viewBox), so <META NAME="date"> would have no "name" for
 * Readability or for the metadata reader to find.
 */
function lowerCaseAttributes(html: string): string {
  if (!UPPER_CASE_ATTRIBUTE.test(html.slice(0, 65536))) return html;
  return html.replace(START_TAG, (tag, name: string, attributes: string) => {
    let out = '';
    ATTRIBUTE.lastIndex = 0;
    for (let m = ATTRIBUTE.exec(attributes); m; m = ATTRIBUTE.exec(attributes)) {
      out += m[2] !== undefined ? m[1] + m[2].toLowerCase() + (m[3] ?? '') : m[4];
    }
    return `<${name}${out}>`;
  });
}

export function parseDocument(html: string): Document {
  return parseHTML(wellFormed(lowerCaseAttributes(html))).document as unknown as Document;
}
