// Entry point of the quote engine: every quotation in an article and who said it.
import type { Article, QuoteAnalysis } from '../article/model.js';

export function analyzeQuotes(_article: Article): QuoteAnalysis {
  return { people: [], quotes: [] };
}
