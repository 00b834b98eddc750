// Text of any supported format to the article model.
import type { Article } from './model.js';
import { parseText } from './parse-text.js';

export type Format = 'text';

export function parseArticle(text: string, _format: Format = 'text'): Article {
  return parseText(text);
}
