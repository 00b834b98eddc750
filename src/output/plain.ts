// The article as plain text, for a pipe or a file: title, byline, date,
// section headings and paragraphs wrapped to a width. Headings are underlined
// so that they stand out without colour; with colour, quoted words are marked.
import wrapAnsi from 'wrap-ansi';
import type { ArticleModel, Quote } from '../core/model.js';
import type { Style } from './color.js';
import { safe } from './labels.js';
import { displayWidth } from '../layout/width.js';

export interface PlainOptions {
  width: number;
  style: Style;
}

// Scripts written without spaces between words (CJK, Thai, Lao, Khmer):
// a paragraph in them is one long "word" that must be broken at the width.
const UNSPACED_SCRIPT = /[\u0e00-\u0eff\u1780-\u17ff\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

function wrap(text: string, width: number): string {
  // Soft wrap keeps a word longer than the width (a URL) whole on its own
  // line, except in scripts that put no spaces between words.
  return wrapAnsi(text, width, { hard: UNSPACED_SCRIPT.test(text), trim: true });
}

function underlined(text: string, rule: string, opts: PlainOptions): string {
  const wrapped = wrap(text, opts.width);
  const widest = wrapped.split('\n').reduce((w, line) => Math.max(w, displayWidth(line)), 0);
  return `${opts.style.bold(wrapped)}\n${rule.repeat(Math.min(widest, opts.width))}\n`;
}

/** A paragraph with its quoted spans styled; offsets index the paragraph as stored. */
function markQuotes(paragraph: string, quotes: Quote[], style: Style): string {
  let out = '';
  let at = 0;
  for (const q of quotes) {
    if (q.start < at || q.end > paragraph.length || q.end <= q.start) continue;
    out += safe(paragraph.slice(at, q.start)) + style.quote(safe(paragraph.slice(q.start, q.end)));
    at = q.end;
  }
  return out + safe(paragraph.slice(at));
}

/** The quotes to mark, by section and paragraph, in reading order. */
function quotesByParagraph(model: ArticleModel): Map<string, Quote[]> {
  const byPara = new Map<string, Quote[]>();
  for (const q of model.quotes) {
    if (q.kind !== 'direct' && q.kind !== 'partial') continue;
    const key = `${q.section}:${q.paragraph}`;
    const list = byPara.get(key);
    if (list) list.push(q);
    else byPara.set(key, [q]);
  }
  for (const list of byPara.values()) list.sort((a, b) => a.start - b.start);
  return byPara;
}

function header(model: ArticleModel, opts: PlainOptions): string[] {
  const blocks: string[] = [];
  if (model.title) blocks.push(underlined(safe(model.title), '=', opts));
  const meta = [
    model.byline ? `By ${safe(model.byline)}` : null,
    [model.dateline, model.date, model.source]
      .filter((s): s is string => Boolean(s))
      .map(safe)
      .join(' · ') || null,
  ].filter((s): s is string => s !== null);
  if (meta.length > 0) blocks.push(meta.map((line) => opts.style.dim(wrap(line, opts.width)) + '\n').join(''));
  return blocks;
}

export function renderPlain(model: ArticleModel, opts: PlainOptions): string {
  const quotes = quotesByParagraph(model);
  const blocks = header(model, opts);
  model.sections.forEach((section, s) => {
    if (section.title !== null && section.title.trim() !== '') blocks.push(underlined(safe(section.title), '-', opts));
    section.paragraphs.forEach((paragraph, p) => {
      const text = markQuotes(paragraph, quotes.get(`${s}:${p}`) ?? [], opts.style);
      blocks.push(wrap(text, opts.width) + '\n');
    });
  });
  return blocks.join('\n');
}
