// input → article → quotes: the whole model that --json prints and the reader shows.
import type { ArticleModel } from './article/model.js';
import { parseArticle, type Format } from './article/parse.js';
import { analyzeQuotes } from './quotes/analyze.js';

export function buildModel(text: string, format?: Format): ArticleModel {
  const article = parseArticle(text, format);
  return { ...article, ...analyzeQuotes(article) };
}
