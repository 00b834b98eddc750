// The library screen: a list (ink-select-input) of the articles in a folder
// with title, date and people quoted; Enter opens one in the reader, and q
// or Esc in the reader comes back here.
import { Box, Text, useApp, useInput } from 'ink';
import SelectInput from 'ink-select-input';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ArticleLayouts } from '../../layout/cache.js';
import { geometry } from '../geometry.js';
import { ReaderApp } from '../reader-app.js';
import { fit, spread } from '../text-fit.js';
import type { Theme } from '../theme.js';
import { useTerminalSize } from '../use-terminal-size.js';
import { loadEntry, peopleCount, type CatalogEntry } from './catalog.js';

export interface LibraryAppProps {
  entries: CatalogEntry[];
  /** The folder, as shown in the header. */
  where: string;
  theme: Theme;
}


const peopleLabel = (n: number) => (n === 1 ? '1 person' : `${n} people`);

export function entryLabel(entry: CatalogEntry, width: number): string {
  if (entry.error) return spread(entry.file, 'cannot read', width);
  if (!entry.model) return spread(entry.file, '…', width);
  const { title, date } = entry.model;
  return spread(title ?? entry.file, `${date ?? 'no date'} · ${peopleLabel(peopleCount(entry.model))} quoted`, width);
}

/** ink-select-input's row and pointer, drawn with the theme (its own use colour even under NO_COLOR). */
function themedListParts(theme: Theme) {
  const Item = ({ isSelected = false, label }: { isSelected?: boolean; label: string }) => (
    <Text wrap="truncate">{isSelected ? theme.paint('cursor', label) : label}</Text>
  );
  const Indicator = ({ isSelected = false }: { isSelected?: boolean }) => (
    <Text>{isSelected ? `${theme.paint('current', '›')} ` : '  '}</Text>
  );
  return { Item, Indicator };
}

export function LibraryApp({ entries: initial, where, theme }: LibraryAppProps) {
  const { exit } = useApp();
  const size = useTerminalSize();
  const [entries, setEntries] = useState(initial);
  const [selected, setSelected] = useState(0);
  const [open, setOpen] = useState<number | null>(null);
  // Ink swaps input handlers in effects, a moment after a render: a key typed
  // in that moment still reaches the old handler, which must check the screen.
  const openRef = useRef(open);
  openRef.current = open;
  const [notice, setNotice] = useState<string | null>(null);
  const layouts = useMemo(() => new Map<number, ArticleLayouts>(), []);
  const listParts = useMemo(() => themedListParts(theme), [theme]);

  // Summaries load one article per turn of the event loop, after the first frame.
  useEffect(() => {
    let stopped = false;
    void (async () => {
      for (let i = 0; i < initial.length && !stopped; i++) {
        await new Promise((resolve) => setImmediate(resolve));
        const loaded = await loadEntry(initial[i]);
        if (!stopped) setEntries((list) => list.map((e, j) => (j === i && !e.model && !e.error ? loaded : e)));
      }
    })();
    return () => {
      stopped = true;
    };
  }, [initial]);

  const openEntry = useCallback(
    async (index: number) => {
      if (openRef.current !== null) return;
      const entry = entries[index].model || entries[index].error ? entries[index] : await loadEntry(entries[index]);
      setEntries((list) => list.map((e, j) => (j === index ? entry : e)));
      if (entry.error || !entry.model) return setNotice(`${entry.file}: ${entry.error ?? 'cannot read'}`);
      setNotice(null);
      setSelected(index);
      setOpen(index);
    },
    [entries],
  );

  useInput(
    (input, key) => {
      if (openRef.current === null && (input === 'q' || (key.ctrl && input === 'c'))) exit();
    },
    { isActive: open === null },
  );

  const close = useCallback(() => setOpen(null), []);
  const openModel = open === null ? null : entries[open].model;
  if (open !== null && openModel) {
    let cached = layouts.get(open);
    if (!cached || cached.model !== openModel) layouts.set(open, (cached = new ArticleLayouts(openModel)));
    return (
      <ReaderApp model={openModel} layouts={cached} name={entries[open].file} theme={theme} canGoBack onClose={close} onQuit={exit} />
    );
  }

  const geo = geometry(size, { tocHidden: true, peopleHidden: true });
  const width = geo.columns;
  const limit = Math.max(1, geo.frameHeight - 3);
  const items = entries.map((entry, i) => ({ key: entry.path, label: entryLabel(entry, Math.max(1, width - 2)), value: i }));
  const { Item, Indicator } = listParts;
  const status = notice ?? 'Enter open · ↑↓ j k move · 1–9 open · q quit';
  return (
    <Box flexDirection="column" width={width} height={geo.frameHeight}>
      <Text wrap="truncate">{theme.paint('title', fit(` quoted — ${entries.length} article${entries.length === 1 ? '' : 's'} in ${where}`, width))}</Text>
      <Box height={Math.max(0, geo.frameHeight - 2)} flexDirection="column" paddingTop={geo.frameHeight > 4 ? 1 : 0}>
        {entries.length === 0 ? (
          <Text>{theme.paint('dim', fit(' No articles here.', width))}</Text>
        ) : (
          <SelectInput
            items={items}
            limit={limit}
            initialIndex={selected}
            indicatorComponent={Indicator}
            itemComponent={Item}
            onHighlight={(item) => setSelected(item.value)}
            onSelect={(item) => void openEntry(item.value)}
          />
        )}
      </Box>
      <Text wrap="truncate">{theme.paint(notice ? 'notice' : 'status', fit(` ${status}`, width))}</Text>
    </Box>
  );
}
