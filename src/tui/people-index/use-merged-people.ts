// The people of a complete index, merged as soon as the last article is in
// (while the library is shown), so that P draws its first frame at once.
import { useMemo } from 'react';
import type { IndexedArticle } from '../../index/indexed-article.js';
import { mergePeople, type PersonEntry } from '../../index/people-merge.js';
import type { IndexView } from './use-index.js';

export function useMergedPeople(view: IndexView | null): PersonEntry[] | null {
  const complete = view !== null && view.done >= view.total;
  const articles = complete ? view.articles : null;
  return useMemo(() => (articles ? mergePeople(articles.filter((a): a is IndexedArticle => a !== null)) : null), [articles]);
}
