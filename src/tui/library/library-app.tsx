// The library screen: the articles in a folder with title, date and people
// quoted; Enter (or 1–9) opens one in the reader, and q or Esc in the reader
// comes back here with the same article selected.
import { Box, Text, useApp, useInput } from 'ink';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { ArticleLayouts } from '../../layout/cache.js';
import { windowStart } from '../list-window.js';
import { Rows } from '../components/rows.js';
import { geometry } from '../geometry.js';
import { keyPresses, type KeyPress } from '../keys.js';
import { ReaderApp, type KeyFeed } from '../reader-app.js';
import { fit, spread } from '../text-fit.js';
import { HelpOverlay } from '../components/help-overlay.js';
import { useFunctionKeys } from '../use-function-keys.js';
import { libraryHelpGroups } from './library-keymap.js';
import { editFile } from '../editor.js';
import { openResume } from '../resume-store.js';
import { isMouseInput } from '../mouse.js';
import type { Theme } from '../theme.js';
import { useTerminalSize } from '../use-terminal-size.js';
import { loadEntry, summarize, type CatalogEntry } from './catalog.js';
import { openModel as openIndexedModel } from '../../index/open-model.js';
import { summariesInWorker, type CatalogReply } from './catalog-worker.js';
import { initialLibrary, libraryReducer } from './library-state.js';
import { useIndex, type LibraryIndex } from '../people-index/use-index.js';
import { useIndexedEntries } from '../people-index/use-indexed-entries.js';
import { useMergedPeople } from '../people-index/use-merged-people.js';
import { PeopleIndexRoute } from '../people-index/people-index-route.js';
import { initialPeopleIndex, peopleIndexReducer } from '../people-index/people-index-state.js';
import { progressBar } from '../../index/progress-bar.js';

export interface LibraryAppProps {
  entries: CatalogEntry[];
  /** Keep each article's place, as the reader of one article does. */
  resume?: boolean;
  /** The script a catalog worker runs (the CLI's bundle); absent: summaries are read in this thread. */
  workerEntry?: URL | null;
  /** The folder, as shown in the header. */
  where: string;
  theme: Theme;
  /** The index of these entries (one source each, in order): summaries and models come from it, and P shows its people. */
  index?: LibraryIndex;
}

// Fixed widths, so that dates and counts line up down the list.
const peopleLabel = (n: number) => `${String(n).padStart(3)} ${n === 1 ? 'person' : 'people'}`;
const dateLabel = (date: string | null) => (date ?? 'no date').padStart(10);

/** The outlet, in a column of its own width. */
const OUTLET = 16;
const outletLabel = (source: string | null) => fit(source ?? '', OUTLET);

/** The right-hand side of a row, fullest first: the title takes the room, these give way. */
function details(entry: CatalogEntry): string[] {
  const { date, source } = entry.summary!;
  const people = peopleLabel(entry.summary!.people);
  const full = `${dateLabel(date)} · ${people} quoted`;
  return [`${outletLabel(source)} ${full}`, full, `${dateLabel(date)} · ${people}`, dateLabel(date), ''];
}

// The same level of detail on every row, so that outlets, dates and counts stay in columns:
// the fullest that leaves three fifths of the row to the title.
const DETAIL_WIDTHS = [
  OUTLET + 1 + `${dateLabel(null)} · ${peopleLabel(0)} quoted`.length,
  `${dateLabel(null)} · ${peopleLabel(0)} quoted`.length,
  `${dateLabel(null)} · ${peopleLabel(0)}`.length,
  dateLabel(null).length,
  0,
];

function entryLabel(entry: CatalogEntry, width: number): string {
  if (entry.error) return spread(entry.file, 'cannot read', width);
  if (!entry.summary) return spread(entry.file, '…', width);
  const title = entry.summary.title ?? entry.file;
  const level = DETAIL_WIDTHS.findIndex((w) => w === 0 || width - w - 1 >= width * 0.6);
  const detail = details(entry)[level];
  return detail === '' ? fit(title, width) : spread(title, detail, width);
}

/** What a search of the library looks in: title and file name. */
const searchText = (entry: CatalogEntry) => `${entry.summary?.title ?? ''}\u0000${entry.file}`;

export function LibraryApp({ entries: initial, where, theme, resume = false, workerEntry = null, index }: LibraryAppProps) {
  const { exit } = useApp();
  const size = useTerminalSize();
  const [entries, setEntries] = useState(initial);
  const [notice, setNotice] = useState<string | null>(null);
  const [state, dispatch] = useReducer(libraryReducer, initial.length, initialLibrary);
  const layouts = useMemo(() => new Map<number, ArticleLayouts>(), []);
  const entriesRef = useRef(entries);
  entriesRef.current = entries;
  // The library reads every key, and hands the reader's on to it.
  const readerKeys = useRef<KeyFeed['current']>(null);
  const readerOpen = useRef(false);
  readerOpen.current = state.open !== null;
  const indexView = useIndex(index);
  const [people, dispatchPeople] = useReducer(peopleIndexReducer, undefined, initialPeopleIndex);
  const peopleKeys = useRef<KeyFeed['current']>(null);
  useIndexedEntries(indexView, setEntries);
  // Merged once the index is complete, so that P draws at once.
  const merged = useMergedPeople(indexView);
  const peopleOpen = useRef(false);
  peopleOpen.current = state.people;
  // What opening an article from the index had to say (a feed item read from the feed's copy).
  const openNote = useRef<string | null>(null);
  const openIndexed = useCallback(
    async (entry: CatalogEntry, at: number) => {
      try {
        const { model, note } = await openIndexedModel(index!.sources[at], indexView!.articles[at], indexView!.settings, indexView!.engine);
        return { entry: { ...entry, model, summary: summarize(model), error: null }, note };
      } catch (err) {
        return { entry: { ...entry, error: err instanceof Error ? err.message : String(err) }, note: null };
      }
    },
    [index, indexView],
  );

  // Summaries come from a worker when there is one, a batch per frame at most;
  // else one article per turn of the event loop, after the first frame.
  useEffect(() => {
    // With an index, the summaries come from it.
    if (index) return;
    let stopped = false;
    if (workerEntry) {
      let pending: CatalogReply[] = [];
      let timer: NodeJS.Timeout | null = null;
      const flush = () => {
        timer = null;
        const replies = pending;
        pending = [];
        setEntries((list) => {
          const next = [...list];
          for (const r of replies) {
            const e = next[r.index];
            if (!e || e.summary || e.model) continue;
            next[r.index] = 'summary' in r ? { ...e, summary: r.summary } : { ...e, error: r.error };
          }
          return next;
        });
      };
      const worker = summariesInWorker(initial, workerEntry, (reply) => {
        pending.push(reply);
        timer ??= setTimeout(flush, 16);
      });
      if (worker) {
        return () => {
          worker.stop();
          if (timer) clearTimeout(timer);
        };
      }
    }
    void (async () => {
      for (let i = 0; i < initial.length && !stopped; i++) {
        await new Promise((resolve) => setImmediate(resolve));
        if (entriesRef.current[i].summary || entriesRef.current[i].error) continue;
        const loaded = await loadEntry(initial[i]);
        if (!stopped) setEntries((list) => list.map((e, j) => (j === i && !e.summary && !e.error ? loaded : e)));
      }
    })();
    return () => {
      stopped = true;
    };
  }, [initial, workerEntry, index]);

  // Opening an article reads it first if its summary has not been loaded yet.
  useEffect(() => {
    const opening = state.opening;
    if (opening === null) return;
    let stopped = false;
    void (async () => {
      const current = entriesRef.current[opening];
      const loaded =
        current.model || current.error
          ? { entry: current, note: null }
          : indexView
            ? await openIndexed(current, opening)
            : { entry: await loadEntry(current), note: null };
      if (stopped) return;
      const { entry, note } = loaded;
      setEntries((list) => list.map((e, j) => (j === opening ? entry : e)));
      setNotice(entry.model ? null : `${entry.file}: ${entry.error ?? 'cannot read'}`);
      openNote.current = note;
      dispatch(entry.model ? { type: 'opened', index: opening } : { type: 'failed' });
    })();
    return () => {
      stopped = true;
    };
    // The index's settings are read at the moment of opening; they do not restart it.
  }, [state.opening]);

  useEffect(() => {
    if (state.quit) exit();
  }, [state.quit, exit]);

  const geo = geometry(size, { tocHidden: true, peopleHidden: true });
  const width = geo.columns;
  const listHeight = Math.max(1, geo.frameHeight - (geo.frameHeight > 4 ? 3 : 2));

  const titles = useMemo(() => entries.map(searchText), [entries]);
  const onPress = useCallback(
    (press: KeyPress) => {
      if (readerOpen.current && readerKeys.current) readerKeys.current(press);
      else if (peopleOpen.current) peopleKeys.current?.(press);
      else if (press.key === 'P' && !indexView && state.prompt === null && !state.help) setNotice('P: no index here');
      else {
        if (press.key === 'P') dispatchPeople({ type: 'reopen' });
        dispatch({ type: 'key', press, height: listHeight, titles });
      }
    },
    [listHeight, titles, indexView, state.prompt, state.help],
  );
  useInput((input, key) => {
    if (isMouseInput(input)) return;
    for (const press of keyPresses(input, key)) onPress(press);
  });
  useFunctionKeys(useCallback((name: string) => onPress({ key: name, input: '' }), [onPress]));

  const close = useCallback(() => dispatch({ type: 'closed' }), []);
  const closePeople = useCallback(() => dispatch({ type: 'closedPeople' }), []);
  const openModel = state.open === null ? null : entries[state.open].model;
  const openPath = state.open === null ? null : entries[state.open].path;
  const resumeHandle = useMemo(() => (resume && openModel && openPath ? openResume(openModel, openPath) : undefined), [resume, openModel, openPath]);
  if (state.open !== null && openModel) {
    let cached = layouts.get(state.open);
    if (!cached || cached.model !== openModel) layouts.set(state.open, (cached = new ArticleLayouts(openModel)));
    return (
      <ReaderApp
        model={openModel}
        layouts={cached}
        name={entries[state.open].file}
        theme={theme}
        canGoBack
        onClose={close}
        onQuit={exit}
        onEdit={() => editFile(entries[state.open!].path)}
        resume={resumeHandle}
        keys={readerKeys}
        start={openNote.current ? [{ type: 'say', notice: openNote.current }] : undefined}
      />
    );
  }
  if (state.people && indexView && index) {
    return (
      <PeopleIndexRoute
        view={indexView}
        merged={merged}
        sources={index.sources}
        state={people}
        dispatch={dispatchPeople}
        where={where}
        theme={theme}
        width={width}
        height={geo.frameHeight}
        keys={peopleKeys}
        onBack={closePeople}
        onQuit={exit}
        onNotice={setNotice}
      />
    );
  }

  const from = windowStart(entries.length, listHeight, state.cursor);
  const rows = entries.slice(from, from + listHeight).map((entry, i) => {
    const selected = from + i === state.cursor;
    // The first nine rows on screen carry the digit that opens them.
    const digit = i < 9 ? theme.paint('key', String(i + 1)) : ' ';
    const label = entryLabel(entry, Math.max(1, width - 3));
    return selected ? `${theme.paint('current', '›')}${digit} ${theme.paint('cursor', label)}` : ` ${digit} ${label}`;
  });
  const status =
    state.prompt !== null
      ? `/${state.prompt}▏  Enter search · Esc cancel`
      : (state.notice ??
        notice ??
        (state.opening !== null
          ? 'opening…'
          : indexView && indexView.done < indexView.total
            ? `${progressBar(indexView.done, indexView.total, Math.min(40, Math.floor(width / 2)))} · P people`
            : `Enter open · 1–9 open row · / search${indexView ? ' · P people' : ''} · h help · q quit`));
  if (state.help) {
    return (
      <Box flexDirection="column" width={width} height={geo.frameHeight}>
        <HelpOverlay width={width} height={Math.max(1, geo.frameHeight - 1)} theme={theme} groups={libraryHelpGroups()} />
        <Text wrap="truncate">{theme.paint('status', fit(' Keys of the library · any key closes the help', width))}</Text>
      </Box>
    );
  }
  return (
    <Box flexDirection="column" width={width} height={geo.frameHeight}>
      <Text wrap="truncate">{theme.paint('title', fit(` quoted — ${entries.length} article${entries.length === 1 ? '' : 's'} in ${where}`, width))}</Text>
      <Box height={Math.max(0, geo.frameHeight - 2)} flexDirection="column" paddingTop={geo.frameHeight > 4 ? 1 : 0}>
        {entries.length === 0 ? <Text>{theme.paint('dim', fit(' No articles here.', width))}</Text> : <Rows rows={rows} />}
      </Box>
      <Text wrap="truncate">{theme.paint(notice || state.notice ? 'notice' : 'status', fit(` ${status}`, width))}</Text>
    </Box>
  );
}
