// The library's rows filled in from the index: each article's title, date,
// outlet and people as it is indexed, and the error of one that cannot be read.
import { useEffect, type Dispatch, type SetStateAction } from 'react';
import type { CatalogEntry } from '../library/catalog.js';
import type { IndexView } from './use-index.js';

export function useIndexedEntries(view: IndexView | null, setEntries: Dispatch<SetStateAction<CatalogEntry[]>>): void {
  const articles = view?.articles;
  const errors = view?.errors;
  useEffect(() => {
    if (!articles || !errors) return;
    setEntries((list) => {
      let changed = false;
      const next = list.map((e, i) => {
        const a = articles[i];
        if (a && !e.summary && !e.model) {
          changed = true;
          return { ...e, summary: { title: a.title, date: a.date, source: a.source, people: a.people.length } };
        }
        const error = errors[i];
        if (error && !e.error && !e.model) {
          changed = true;
          return { ...e, error };
        }
        return e;
      });
      return changed ? next : list;
    });
  }, [articles, errors, setEntries]);
}
