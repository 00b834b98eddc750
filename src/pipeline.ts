// The pipeline's one entry point: input text → article → quotes, the model
// that --json prints and the reader shows. The CLI, the reader, the quote
// worker and the eval all go through these functions, so a stage is added or
// changed in one place.
import { parseArticle } from './article/parse.js';
import type { Format } from './core/format.js';
import type { Article, ArticleModel, QuoteAnalysis } from './core/model.js';
import { analyzeQuotes } from './quotes/index.js';

/** Text of any format to the article, before its quotes are found. */
export function readArticle(text: string, format?: Format): Article {
  return parseArticle(text, format);
}

/** The quotes and people of a parsed article: the engine's whole work. */
export function findQuotes(article: Article): QuoteAnalysis {
  return analyzeQuotes(article);
}

/** The whole model of `text`: parsed, its quotes found. */
export function buildModel(text: string, format?: Format): ArticleModel {
  return withQuotes(readArticle(text, format));
}

/** The model of a parsed article, its quotes found now. */
export function withQuotes(article: Article): ArticleModel {
  return { ...article, ...findQuotes(article) };
}

/** The model of a parsed article before its quotes are found: nobody quoted yet. */
export function withoutQuotes(article: Article): ArticleModel {
  return { ...article, people: [], quotes: [] };
}
