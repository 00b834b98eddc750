// The --json view: the model with its fields in the documented order.
import type { ArticleModel } from '../core/model.js';

export function toJson(model: ArticleModel): string {
  const ordered = {
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
  };
  return JSON.stringify(ordered, null, 2) + '\n';
}
