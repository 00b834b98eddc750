// --people --format jsonl on one article: the same records as over a folder,
// in the same order, so that a script reads one schema whether it is given a
// file or a folder.
import type { ArticleModel } from '../core/model.js';
import { indexedArticle } from '../index/indexed-article.js';
import { mergePeople } from '../index/people-merge.js';
import { sortPeople } from '../index/sort-people.js';
import { peopleJsonLines } from './people-index.js';

export function articlePeopleJsonLines(model: ArticleModel): string {
  const article = indexedArticle(model, { index: 0, file: '', key: '', cached: false, note: null });
  return peopleJsonLines(sortPeople(mergePeople([article]), 'quotes'));
}
