// The block structure of Markdown, line by line: ATX and setext headings,
// paragraphs, block quotes, list items, fenced code, tables, link reference
// definitions. Inline syntax is left for `inline.ts`, once every reference
// label is known.
import { normalizeLabel } from './inline.js';

export interface MarkdownBlock {
  kind: 'heading' | 'paragraph';
  /** 1 to 6 for headings, 0 for paragraphs. */
  level: number;
  /** Markdown source, lines joined with spaces. */
  source: string;
  /** Inside a block quote. */
  quoted: boolean;
  /** A list item's bullet or number. */
  marker: string | null;
}

export interface MarkdownStructure {
  blocks: MarkdownBlock[];
  /** Normalised labels of link references and footnotes ("^1"). */
  refs: Set<string>;
}

const QUOTE_PREFIX = /^(?: {0,3}>[ \t]?)+/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const SETEXT_1 = /^ {0,3}=+[ \t]*$/;
const SETEXT_2 = /^ {0,3}-+[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$/;
const TABLE_ROW = /^[ \t]*\|(.*)\|[ \t]*$/;
const REFERENCE = /^ {0,3}\[([^\]]{1,999})\]:[ \t]*(.*)$/;
const LIST_ITEM = /^[ \t]*([-*+]|(\d{1,9})[.)])[ \t]+(.*)$/;
const TASK_BOX = /^\[[ xX]\][ \t]+/;
// Raw HTML whose content is never text, skipped to its closing line.
const RAW_HTML = /^ {0,3}<(script|style|textarea|pre)\b/i;

class BlockBuilder {
  readonly blocks: MarkdownBlock[] = [];
  readonly refs = new Set<string>();
  private lines: string[] = [];
  private quoted = false;
  private marker: string | null = null;

  get open(): boolean {
    return this.lines.length > 0;
  }

  get openQuoted(): boolean {
    return this.quoted;
  }

  get openItem(): boolean {
    return this.marker !== null;
  }

  add(line: string, quoted: boolean, marker: string | null = null): void {
    if (this.open && (marker !== null || quoted !== this.quoted)) this.flush();
    if (!this.open) {
      this.quoted = quoted;
      this.marker = marker;
    }
    // A hard line break (two spaces or a backslash at the end) reads as a space.
    this.lines.push(line.trim().replace(/\\$/, ''));
  }

  flush(): void {
    if (this.open) this.push('paragraph', 0, this.lines.join(' '), this.quoted, this.marker);
    this.lines = [];
    this.marker = null;
  }

  /** The open paragraph turned into a heading (a setext underline). */
  promote(level: number): void {
    const text = this.lines.join(' ');
    this.lines = [];
    this.push('heading', level, text, false, null);
  }

  push(kind: MarkdownBlock['kind'], level: number, source: string, quoted: boolean, marker: string | null): void {
    if (source.trim()) this.blocks.push({ kind, level, source, quoted, marker });
  }
}

/** Cells of a table row, joined as one line. */
function tableRow(cells: string): string {
  return cells
    .split(/(?<!\\)\|/)
    .map((c) => c.trim())
    .filter(Boolean)
    .join(' | ');
}

export function readMarkdownBlocks(markdown: string): MarkdownStructure {
  const b = new BlockBuilder();
  let fence: { char: string; length: number; lines: string[] } | null = null;
  let skipUntil: RegExp | null = null;

  for (const raw of markdown.split('\n')) {
    if (fence) {
      const close = raw.match(FENCE);
      if (close && close[1][0] === fence.char && close[1].length >= fence.length && raw.trim() === close[1]) {
        b.push('paragraph', 0, fence.lines.join(' '), false, null);
        fence = null;
      } else fence.lines.push(raw.trim());
      continue;
    }
    if (skipUntil) {
      if (skipUntil.test(raw)) skipUntil = null;
      continue;
    }
    const quoted = QUOTE_PREFIX.test(raw);
    const line = quoted ? raw.replace(QUOTE_PREFIX, '') : raw;
    if (line.trim() === '') {
      b.flush();
      continue;
    }
    const fenceOpen = line.match(FENCE);
    if (fenceOpen && !(fenceOpen[1][0] === '`' && line.slice(fenceOpen[0].length).includes('`'))) {
      b.flush();
      fence = { char: fenceOpen[1][0], length: fenceOpen[1].length, lines: [] };
      continue;
    }
    if (/^ {0,3}<!--/.test(line) && !line.includes('-->')) {
      b.flush();
      skipUntil = /-->/;
      continue;
    }
    const rawHtml = line.match(RAW_HTML);
    if (rawHtml) {
      b.flush();
      const closing = new RegExp(`</${rawHtml[1]}\\s*>`, 'i');
      if (!closing.test(line)) skipUntil = closing;
      continue;
    }
    const atx = line.match(ATX);
    if (atx) {
      b.flush();
      const text = line.slice(atx[0].length).replace(/(?:^|[ \t]+)#+[ \t]*$/, '');
      b.push('heading', atx[1].length, text, false, null);
      continue;
    }
    if (b.open && !b.openItem && b.openQuoted === quoted && (SETEXT_1.test(line) || SETEXT_2.test(line))) {
      b.promote(SETEXT_1.test(line) ? 1 : 2);
      continue;
    }
    if (THEMATIC_BREAK.test(line) || (line.includes('|') && TABLE_DELIMITER.test(line))) {
      b.flush();
      continue;
    }
    const row = line.match(TABLE_ROW);
    if (row) {
      b.flush();
      b.push('paragraph', 0, tableRow(row[1]), quoted, null);
      continue;
    }
    const reference = b.open ? null : line.match(REFERENCE);
    if (reference) {
      b.refs.add(normalizeLabel(reference[1]));
      // A footnote's text is part of the article, a link target is not.
      if (reference[1].startsWith('^')) {
        b.add(reference[2], quoted, `[${reference[1].slice(1)}]`);
        b.flush();
      }
      continue;
    }
    const item = line.match(LIST_ITEM);
    // An ordered item interrupts a paragraph only when it starts at 1, so that
    // a wrapped line beginning "2019. The …" stays in its paragraph.
    if (item && !(item[2] !== undefined && b.open && !b.openItem && Number(item[2]) !== 1)) {
      b.add(item[3].replace(TASK_BOX, ''), quoted, item[2] !== undefined ? `${Number(item[2])}.` : '•');
      continue;
    }
    // Text: a new paragraph, or the next line of the open one (a line without
    // ">" still continues a quoted paragraph, as CommonMark's lazy lines do).
    b.add(line, b.open && b.openQuoted && !quoted ? true : quoted);
  }
  if (fence) b.push('paragraph', 0, fence.lines.join(' '), false, null);
  b.flush();
  return { blocks: b.blocks, refs: b.refs };
}
