// input → article → quotes: the whole model that --json prints and the reader shows.
import type { Article, ArticleModel } from './article/model.js';
import { parseArticle, type Format } from './article/parse.js';
import { analyzeQuotes } from './quotes/index.js';

export function buildModel(text: string, format?: Format): ArticleModel {
  return withQuotes(parseArticle(text, format));
}

/** The model of a parsed article, its quotes found now. */
export function withQuotes(article: Article): ArticleModel {
  return { ...article, ...analyzeQuotes(article) };
}

/** The model of a parsed article before its quotes are found: nobody quoted yet. */
export function withoutQuotes(article: Article): ArticleModel {
  return { ...article, people: [], quotes: [] };
}
