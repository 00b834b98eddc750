// The blocks of a Markdown document, from markdown-it's tokens: headings,
// paragraphs (in a block quote or not, a list item's with its bullet or
// number), code, table rows and footnotes as paragraphs of plain text. Link
// reference definitions, rules, comments and raw HTML that holds no text go.
import { decodeHTMLStrict } from 'entities';
import type { Token } from 'markdown-it';
import { phrasingText } from './inline.js';
import { markdownParser } from './parser.js';

export interface MarkdownBlock {
  kind: 'heading' | 'paragraph';
  /** 1 to 6 for headings, 0 for paragraphs. */
  level: number;
  /** Plain text, lines joined with spaces. */
  text: string;
  /** Inside a block quote. */
  quoted: boolean;
  /** A list item's bullet or number, a footnote's label. */
  marker: string | null;
  /** The targets of the links marked in a paragraph's text, in order. */
  hrefs: string[];
}

// Raw HTML whose content is never text.
const HIDDEN_HTML = /^\s*(?:<!--|<(?:script|style|textarea|pre)\b)/i;

/** The text of a block of raw HTML: its tags dropped, a line break tag read as a space. */
function htmlText(html: string): string {
  if (HIDDEN_HTML.test(html)) return '';
  return decodeHTMLStrict(
    html
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<br\b[^>]*>/gi, ' ')
      .replace(/<[^>]*>/g, ''),
  );
}

/** Lines of code as one paragraph of text. */
const codeText = (code: string) =>
  code
    .split('\n')
    .map((line) => line.trim())
    .join(' ');

export function readMarkdownBlocks(markdown: string): MarkdownBlock[] {
  const tokens: Token[] = markdownParser().parse(markdown, {});
  const blocks: MarkdownBlock[] = [];
  let quotes = 0;
  // The bullet, number or footnote label for the next paragraph.
  let marker: string | null = null;
  let cells: string[] | null = null;
  // The targets of the links in the paragraph or table row being read.
  let hrefs: string[] = [];
  const push = (kind: MarkdownBlock['kind'], level: number, text: string, quoted: boolean) => {
    if (text.trim()) blocks.push({ kind, level, text, quoted, marker: kind === 'paragraph' ? marker : null, hrefs });
    marker = null;
    hrefs = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    switch (t.type) {
      case 'blockquote_open':
        quotes++;
        break;
      case 'blockquote_close':
        quotes--;
        break;
      case 'list_item_open':
        marker = t.info ? `${Number(t.info)}.` : '•';
        break;
      case 'footnote_open':
        marker = `[${(t.meta as { label: string }).label}]`;
        break;
      case 'list_item_close':
      case 'footnote_close':
        marker = null;
        break;
      case 'heading_open':
        push('heading', Number(t.tag.slice(1)), phrasingText(tokens[++i].children), false);
        break;
      case 'paragraph_open':
        if (cells === null) push('paragraph', 0, phrasingText(tokens[++i].children, hrefs).replace(/^\[[ xX]\][ \t]+/, ''), quotes > 0);
        break;
      case 'fence':
      case 'code_block':
        push('paragraph', 0, codeText(t.content), false);
        break;
      case 'html_block':
        push('paragraph', 0, htmlText(t.content), quotes > 0);
        break;
      case 'tr_open':
        cells = [];
        break;
      case 'inline':
        if (cells !== null) cells.push(phrasingText(t.children, hrefs).trim());
        break;
      case 'tr_close':
        push('paragraph', 0, (cells ?? []).filter(Boolean).join(' | '), quotes > 0);
        cells = null;
        break;
    }
  }
  return blocks;
}
