// A person's page (i or → on a person): who they are and everything they
// say, each quote with its section, in reading order. Pure: the reducer
// moves over the entries, the component draws them.
import type { Span } from '../layout/spans.js';
import type { ArticleLayouts } from '../layout/cache.js';
import { sectionLabel } from '../layout/units.js';

export interface PersonEntry {
  span: Span;
  section: string;
  text: string;
}

/** The speaker's quotes and reported statements, as the page lists them. */
export function personEntries(layouts: ArticleLayouts, name: string): PersonEntry[] {
  const { article, model } = layouts;
  return layouts.quotesOf(name).spans.map((span) => {
    const unit = article.units[span.unit];
    return { span, section: `§${unit.section + 1} ${sectionLabel(model, unit.section)}`, text: unit.text.slice(span.start, span.end) };
  });
}
