// Opening an article at one of a person's quotes: the reader's own actions,
// applied before its first frame: filter to the person, then n until that
// quote is the current one (the reader's order of a speaker's quotes, so the
// status bar then says "said i/k" of the right one).
import type { IndexedQuote } from '../../index/indexed-article.js';
import type { ArticleLayouts } from '../../layout/cache.js';
import type { Action } from '../state-types.js';

export function actionsToQuote(layouts: ArticleLayouts, speaker: string, quote: IndexedQuote): Action[] {
  const unit = layouts.article.paragraphUnit[quote.section]?.[quote.paragraph];
  const spans = layouts.quotesOf(speaker).spans;
  let at = spans.findIndex((s) => s.unit === unit && s.start === quote.start);
  if (at < 0)
    at = Math.max(
      0,
      spans.findIndex((s) => s.unit === unit),
    );
  return [{ type: 'filter', speaker }, ...Array.from({ length: at + 1 }, (): Action => ({ type: 'step', by: 1 }))];
}
