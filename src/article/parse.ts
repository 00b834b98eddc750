// Text of any supported format to the article model.
import type { Article } from './model.js';
import { parseHtml } from './html/parse-html.js';
import { parseMarkdown } from './markdown/parse-markdown.js';
import { parseText } from './parse-text.js';

/** The formats quoted reads; `src/input/detect.ts` decides which one an input is in. */
export type Format = 'text' | 'markdown' | 'html';

export function parseArticle(text: string, format: Format = 'text'): Article {
  switch (format) {
    case 'html':
      return parseHtml(text);
    case 'markdown':
      return parseMarkdown(text);
    default:
      return parseText(text);
  }
}
