// Rendering the reader in ink-testing-library at a chosen terminal size, and
// pressing real key sequences.
import { render } from 'ink-testing-library';
import stringWidth from 'string-width';
import { readFileSync } from 'node:fs';
import type { ArticleModel } from '../../src/core/model.js';
import { ArticleLayouts } from '../../src/layout/cache.js';
import { buildModel } from '../../src/pipeline.js';
import { geometry } from '../../src/tui/geometry.js';
import { paneWants } from '../../src/tui/pane-wants.js';
import type { QuoteFinder } from '../../src/tui/quote-finder.js';
import { ReaderApp } from '../../src/tui/reader-app.js';
import { createTheme, type Theme } from '../../src/tui/theme.js';
import { SEED_ARTICLE } from '../helpers/articles.js';

export const KEY = {
  down: '\u001b[B',
  up: '\u001b[A',
  tab: '\t',
  shiftTab: '\u001b[Z',
  enter: '\r',
  escape: '\u001b',
  pageDown: '\u001b[6~',
  pageUp: '\u001b[5~',
  home: '\u001b[H',
  end: '\u001b[F',
  ctrlC: '\u0003',
  ctrlD: '\u0004',
  ctrlU: '\u0015',
  ctrlF: '\u0006',
  ctrlB: '\u0002',
  backspace: '\u007f',
};

const SGR = /\u001b\[[0-9;]*m/g;
export const plain = (frame: string | undefined) => (frame ?? '').replace(SGR, '');

export const seedModel = () => buildModel(readFileSync(SEED_ARTICLE, 'utf8'), 'text');

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Wait until `check` holds. React runs effects (where Ink attaches key and
 * resize listeners) a moment after a render, later still on a busy machine:
 * tests wait for what they need, never for a fixed time.
 */
export async function until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await turn();
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

/** Let Ink read a key (a lone Esc waits a turn to be told from the start of a sequence). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await turn();
}

type Rendered = ReturnType<typeof render>;

/** Whether Ink listens for keys: it starts once the first effects have run. */
export const listening = (r: Rendered) => r.stdin.listenerCount('readable') > 0;

/** Make the fake terminal `columns` x `rows`, as a SIGWINCH would, and wait for the new frame. */
export async function resize(r: Rendered, columns: number, rows: number): Promise<void> {
  Object.defineProperty(r.stdout, 'columns', { value: columns, configurable: true });
  Object.defineProperty(r.stdout, 'rows', { value: rows, configurable: true });
  r.stdout.emit('resize');
  await until(() => {
    // Every frame ends in a status line as wide as the terminal.
    const lines = plain(r.lastFrame()).split('\n');
    return lines.length === Math.max(1, rows - 1) && stringWidth(lines[lines.length - 1]) === columns;
  }, `a ${columns}x${rows} frame`);
  await until(() => listening(r), 'Ink to listen for keys');
}

/** Type `key`, once Ink listens. */
export async function type(r: Rendered, key: string): Promise<void> {
  await until(() => listening(r), 'Ink to listen for keys');
  r.stdin.write(key);
  await settle();
}

export interface ReaderHarness extends Rendered {
  layouts: ArticleLayouts;
  /** The width the reading pane wraps text to now. */
  textWidth(): number;
  exits: string[];
  press(...keys: string[]): Promise<string>;
  screen(): string;
}

export async function renderReader(
  model: ArticleModel = seedModel(),
  {
    columns = 120,
    rows = 40,
    color = false,
    name = 'articles/seed.txt',
    canGoBack = false,
    theme = createTheme(color),
    layouts = new ArticleLayouts(model),
    findQuotes,
  }: {
    columns?: number;
    rows?: number;
    color?: boolean;
    name?: string;
    canGoBack?: boolean;
    theme?: Theme;
    layouts?: ArticleLayouts;
    findQuotes?: QuoteFinder;
  } = {},
): Promise<ReaderHarness> {
  const exits: string[] = [];
  const r = render(
    <ReaderApp
      model={model}
      layouts={layouts}
      findQuotes={findQuotes}
      name={name}
      theme={theme}
      canGoBack={canGoBack}
      onClose={() => exits.push('close')}
      onQuit={() => exits.push('quit')}
    />,
  );
  await resize(r, columns, rows);
  const screen = () => plain(r.lastFrame());
  return {
    ...r,
    layouts,
    exits,
    screen,
    textWidth: () =>
      geometry(
        { columns: r.stdout.columns, rows: (r.stdout as { rows?: number }).rows ?? 24 },
        { tocHidden: false, peopleHidden: false, wants: paneWants(layouts.model) },
      ).reader.textWidth,
    async press(...keys: string[]) {
      for (const key of keys) await type(r, key);
      return screen();
    },
  };
}

/** The rows of the reading pane's text: what lies between its side borders. */
export function readerColumn(screen: string): string[] {
  return screen.split('\n').map((row) => {
    const cells = row.split(/[│║]/);
    return (cells.length >= 4 ? cells[3] : cells.length >= 2 ? cells[1] : row).trim();
  });
}
