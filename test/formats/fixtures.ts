// The fixture pages and posts built around articles in articles/, and what
// the plain-text parser reads from those articles: the body every format
// must give back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/core/model.js';
import { parseText } from '../../src/article/parse-text.js';
import { ARTICLES_DIR, ROOT } from '../helpers/articles.js';

export const FIXTURES = join(ROOT, 'test', 'fixtures');

/** The plain-text parse of articles/`slug`.txt. */
export function plainArticle(slug: string): Article {
  return parseText(readFileSync(join(ARTICLES_DIR, `${slug}.txt`), 'utf8'));
}

/** Section titles and paragraphs: the body to compare across formats. */
export function body(article: Article): { title: string | null; paragraphs: string[] }[] {
  return article.sections.map((s) => ({ title: s.title, paragraphs: s.paragraphs }));
}

/** Every string of the model that a reader sees. */
export function shownText(article: Article): string {
  return [article.title, article.byline, article.source, article.dateline, ...article.sections.flatMap((s) => [s.title, ...s.paragraphs])]
    .filter((s) => s !== null)
    .join('\n');
}
