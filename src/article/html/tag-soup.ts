// HTML read without a DOM, for markup too deep or too broken to build a tree
// from in reasonable time: block tags become paragraph breaks, other tags go,
// scripts and styles are dropped and character references are decoded.
// Character references as a browser reads them (`entities`, linkedom's own table), ending in ";".
import { decodeHTMLStrict as decodeEntities } from 'entities';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
// Elements whose end tag browsers supply: they never deepen the tree for long.
const SELF_ENDING = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'thead', 'tbody', 'tfoot', 'colgroup', 'rb', 'rt', 'rp', 'optgroup']);
const BLOCK = /^(?:p|div|br|h[1-6]|li|ul|ol|blockquote|section|article|header|footer|aside|nav|main|table|tr|pre|hr|dl|dt|dd|figure|form|address)$/i;
const HIDDEN = /^(?:script|style|template|noscript|head|title|svg|math)$/i;
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)[^<>]*>|<!--[\s\S]*?(?:-->|$)/g;

/** How deep elements nest in `html`, counting only tags that open and close explicitly. */
export function nestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2]?.toLowerCase();
    if (!name || VOID.has(name) || SELF_ENDING.has(name) || m[0].endsWith('/>')) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}

/** The text of `html` with paragraph breaks where block elements were. */
export function tagSoupText(html: string): string {
  const parts: string[] = [];
  let hidden: string | null = null;
  let at = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (hidden === null) parts.push(decodeEntities(html.slice(at, m.index).replace(/\s+/g, ' ')));
    at = TAG.lastIndex;
    const name = m[2];
    if (!name) continue; // a comment
    if (hidden !== null) {
      if (m[1] && name.toLowerCase() === hidden) hidden = null;
      continue;
    }
    if (!m[1] && HIDDEN.test(name) && !m[0].endsWith('/>')) hidden = name.toLowerCase();
    else if (BLOCK.test(name)) parts.push('\n\n');
  }
  if (hidden === null) parts.push(decodeEntities(html.slice(at).replace(/\s+/g, ' ')));
  return parts.join('');
}
