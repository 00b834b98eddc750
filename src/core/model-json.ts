// The --json contract as text: the model with its fields in README's order.
// In core, because the index writes these lines (in its workers) as well as
// the printers.
import type { ArticleModel } from './model.js';

function ordered(model: ArticleModel) {
  return {
    title: model.title,
    byline: model.byline,
    bylineNote: model.bylineNote,
    date: model.date,
    dateText: model.dateText,
    source: model.source,
    dateline: model.dateline,
    boilerplate: model.boilerplate,
    sections: model.sections,
    people: model.people,
    quotes: model.quotes,
    links: model.links,
  };
}

export function toJson(model: ArticleModel): string {
  return JSON.stringify(ordered(model), null, 2) + '\n';
}

/** One article of `--json DIR`: its file first, then the model, on one line. */
export function toJsonLine(model: ArticleModel, file: string): string {
  return JSON.stringify({ file, ...ordered(model) }) + '\n';
}
