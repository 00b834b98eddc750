// Markdown inline content to plain text: markdown-it has already read the
// emphasis, links, images, code spans, autolinks, escapes and character
// references; here images and tags go (a line break tag reads as a space)
// and a footnote reference reads as its label in brackets. Given a list for
// them, a link's words are marked and its target kept (link-marks.ts).
import type { Token } from 'markdown-it';
import { LINK_CLOSE, LINK_OPEN, withoutMarks } from '../link-marks.js';
import { markdownParser } from './parser.js';

const LINE_BREAK_TAG = /^<br\b/i;

/** The text of one inline token's children; with `hrefs`, each link marked and its target added to them. */
export function phrasingText(children: readonly Token[] | null, hrefs?: string[]): string {
  let text = '';
  let inLink = false;
  for (const t of children ?? []) {
    if (t.type === 'text' || t.type === 'code_inline') text += withoutMarks(t.content);
    else if (t.type === 'softbreak' || t.type === 'hardbreak') text += ' ';
    else if (t.type === 'html_inline') text += LINE_BREAK_TAG.test(t.content) ? ' ' : '';
    else if (t.type === 'footnote_ref') text += `[${(t.meta as { label: string }).label}]`;
    else if (t.type === 'link_open' && hrefs) {
      const href = withoutMarks(String(t.attrGet('href') ?? '')).trim();
      inLink = href !== '';
      if (inLink) {
        hrefs.push(href);
        text += LINK_OPEN;
      }
    } else if (t.type === 'link_close' && inLink) {
      inLink = false;
      text += LINK_CLOSE;
    }
  }
  return text;
}

/**
 * `markdown` read as one paragraph's inline content, with `refs` the labels
 * of the link references ("ref") and footnotes ("^1") that the document
 * defines.
 */
export function inlineText(markdown: string, refs: ReadonlySet<string> = new Set()): string {
  const md = markdownParser();
  const references: Record<string, { href: string; title: string }> = {};
  const footnoteRefs: Record<string, number> = {};
  for (const label of refs) {
    if (label.startsWith('^')) footnoteRefs[`:${label.slice(1)}`] = -1;
    else references[md.utils.normalizeReference(label)] = { href: '#', title: '' };
  }
  const tokens = md.parseInline(markdown, { references, footnotes: { refs: footnoteRefs } });
  return tokens.map((t: Token) => phrasingText(t.children)).join('');
}
