// Links through the readers of structured documents. The HTML and Markdown
// readers put a mark before and after each link's words in a block's text
// (noncharacters, which no document may carry and which the readers remove
// from the document's own text), with the targets in order beside it; the
// block is then cleaned with the marks in place, and they are taken out last,
// where they give each link's offsets in the paragraph as it is kept.
import { stripControls } from '../core/controls.js';
import type { Link } from '../core/model.js';
import { normalizeText } from './normalize.js';

export const LINK_OPEN = '\ufdd0';
export const LINK_CLOSE = '\ufdd1';
const MARKS = /[\ufdd0\ufdd1]/g;

/** A link in one block's text: its offsets and target. */
export type BlockLink = Pick<Link, 'href' | 'start' | 'end'>;

/** `text` without link marks (a document's own text, or a block whose links are not kept). */
export function withoutMarks(text: string): string {
  return text.replace(MARKS, '');
}

/**
 * A marked block's text as every block is kept (no controls, one line, single
 * spaces, trimmed), and its links: the marks in order, paired with `hrefs`. A
 * link with no words left is dropped.
 */
export function cleanLinked(marked: string, hrefs: readonly string[]): { text: string; links: BlockLink[] } {
  const normal = normalizeText(marked).replace(/\n+/g, ' ');
  let text = '';
  const links: BlockLink[] = [];
  let open = -1;
  let next = 0;
  for (const c of normal) {
    // Each link takes the next target, even one whose other mark went with a control sequence.
    if (c === LINK_OPEN) {
      if (open >= 0) next++;
      open = text.length;
    } else if (c === LINK_CLOSE) {
      if (open >= 0 && next < hrefs.length) links.push({ href: stripControls(hrefs[next]).trim(), start: open, end: text.length });
      next++;
      open = -1;
    } else if (c !== ' ' || (text !== '' && !text.endsWith(' '))) {
      text += c;
    }
  }
  if (text.endsWith(' ')) text = text.slice(0, -1);
  const kept: BlockLink[] = [];
  for (const link of links) {
    let { start, end } = link;
    // A link's words never start or end with the space between it and the text around it.
    while (start < end && text[start] === ' ') start++;
    end = Math.min(end, text.length);
    while (end > start && text[end - 1] === ' ') end--;
    if (end > start && link.href !== '') kept.push({ href: link.href, start, end });
  }
  return { text, links: kept };
}
