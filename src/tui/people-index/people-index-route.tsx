// The people index inside the library: the screen, and the reader it opens
// on a quote. Keys come from the library (which reads them all) through
// `keys`, and go to the reader while one is open, else to the index's
// reducer. Closing the reader comes back to the quote it was opened on.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type Dispatch } from 'react';
import type { ArticleModel } from '../../core/model.js';
import type { IndexSource } from '../../index/index-source.js';
import { openModel } from '../../index/open-model.js';
import { mergePeople, type PersonEntry } from '../../index/people-merge.js';
import type { IndexedArticle } from '../../index/indexed-article.js';
import { ArticleLayouts } from '../../layout/cache.js';
import type { KeyPress } from '../keys.js';
import { ReaderApp, type KeyFeed } from '../reader-app.js';
import type { Action } from '../state-types.js';
import type { Theme } from '../theme.js';
import { actionsToQuote } from './open-at-quote.js';
import { personKey, quoteRows, visiblePeople } from './people-index-lists.js';
import { PeopleIndexScreen } from './people-index-screen.js';
import type { PeopleAction, PeopleIndexState } from './people-index-state.js';
import type { IndexView } from './use-index.js';

export interface PeopleIndexRouteProps {
  view: IndexView;
  /** The people merged already (the library merges them once the index is complete), or null. */
  merged: readonly PersonEntry[] | null;
  sources: readonly IndexSource[];
  state: PeopleIndexState;
  dispatch: Dispatch<PeopleAction>;
  where: string;
  theme: Theme;
  width: number;
  height: number;
  /** Where the library sends the keys. */
  keys: KeyFeed;
  onBack(): void;
  onQuit(): void;
  /** Say something in the people index's status line (an article that cannot be opened). */
  onNotice(text: string): void;
}

interface OpenArticle {
  model: ArticleModel;
  layouts: ArticleLayouts;
  name: string;
  start: Action[];
}

export function PeopleIndexRoute({
  view,
  merged,
  sources,
  state,
  dispatch,
  where,
  theme,
  width,
  height,
  keys,
  onBack,
  onQuit,
  onNotice,
}: PeopleIndexRouteProps) {
  const read = useMemo(() => view.articles.filter((a): a is IndexedArticle => a !== null), [view.articles]);
  const people = useMemo(() => merged ?? mergePeople(read), [merged, read]);
  const shown = useMemo(() => visiblePeople(people, state.order, state.peopleOnly, state.query), [people, state.order, state.peopleOnly, state.query]);
  const person = useMemo(() => (state.person ? people.find((p) => personKey(p) === state.person) : undefined), [people, state.person]);
  const quotes = useMemo(() => quoteRows(person, view.articles), [person, view.articles]);
  const lists = useMemo(() => ({ people: shown, quotes }), [shown, quotes]);
  const [reader, setReader] = useState<OpenArticle | null>(null);
  const readerKeys = useRef<KeyFeed['current']>(null);
  const listHeight = Math.max(1, height - (height > 4 ? 3 : 2) - (state.person ? 0 : 1));

  const onPress = useCallback(
    (press: KeyPress) => {
      if (reader && readerKeys.current) readerKeys.current(press);
      else if (!reader) dispatch({ type: 'key', press, height: listHeight, lists });
    },
    [reader, dispatch, listHeight, lists],
  );
  useLayoutEffect(() => {
    keys.current = onPress;
    return () => {
      keys.current = null;
    };
  }, [keys, onPress]);

  useEffect(() => {
    if (state.closed) onBack();
    else if (state.quit) onQuit();
  }, [state.closed, state.quit, onBack, onQuit]);

  // A quote asked for: its article's model (from the cache), then the reader at that quote.
  useEffect(() => {
    const row = state.open;
    if (!row) return;
    let stopped = false;
    const article = row.group.article;
    void openModel(sources[article.index], article, view.settings, view.engine).then(
      ({ model, note }) => {
        if (stopped) return;
        const layouts = new ArticleLayouts(model);
        const start = actionsToQuote(layouts, row.group.speaker, row.quote);
        if (note) start.push({ type: 'say', notice: note });
        setReader({ model, layouts, name: article.file, start });
        dispatch({ type: 'opened' });
      },
      (err: unknown) => {
        if (stopped) return;
        onNotice(`${article.file}: ${err instanceof Error ? err.message : String(err)}`);
        dispatch({ type: 'opened' });
      },
    );
    return () => {
      stopped = true;
    };
  }, [state.open, sources, view.settings, view.engine, dispatch, onNotice]);

  const close = useCallback(() => setReader(null), []);
  if (reader) {
    return (
      <ReaderApp
        model={reader.model}
        layouts={reader.layouts}
        name={reader.name}
        theme={theme}
        canGoBack
        onClose={close}
        onQuit={onQuit}
        keys={readerKeys}
        start={reader.start}
      />
    );
  }
  return <PeopleIndexScreen state={state} lists={lists} person={person} where={where} progress={view} width={width} height={height} theme={theme} />;
}
