// Text of any supported format to the article model.
import type { Format } from '../core/format.js';
import type { Article } from '../core/model.js';
import { parseHtml } from './html/parse-html.js';
import { parseMarkdown } from './markdown/parse-markdown.js';
import { parseText } from './parse-text.js';

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
