// Entry points the CLI loads lazily: the reader for one article, and the
// library. Each runs Ink full-screen in the alternate screen, with frames as
// tall as the terminal (see full-height.ts), and gives the terminal back as it found it
// however the program ends.
import { render, useApp, type Instance } from 'ink';
import { fileURLToPath } from 'node:url';
import { useMemo, type ReactElement } from 'react';
import type { Article, ArticleModel } from '../core/model.js';
import type { ColorMode } from '../output/color.js';
import { withoutQuotes, withQuotes } from '../pipeline.js';
import { findsQuotesLater, quoteFinder, quotesAfterFirstFrame, type QuoteFinder, type QuotesAfterFirstFrame } from './quote-finder.js';
import { ReaderApp } from './reader-app.js';
import { enterFullScreen, guardExits, TerminalError } from './terminal.js';
import { fullHeightStdout, repaint } from './full-height.js';
import { handleSuspend } from './suspend.js';
import { editFile, isEditable, setEditorScreen } from './editor.js';
import { openResume, type ResumeHandle } from './resume-store.js';
import { MOUSE_OFF, MOUSE_ON } from './mouse.js';
import { colorEnabled } from '../output/color.js';
import { createTheme, type Theme } from './theme.js';
import type { IndexSource } from '../index/index-source.js';

export { TerminalError } from './terminal.js';

// The shipped bundle is built without the crashes QUOTED_TEST_CRASH sets off,
// the test suite's with them (scripts/bundle.mjs and vitest.config.ts define it).
declare const __TEST_CRASHES__: boolean;

export interface RunOptions {
  debug: boolean;
  color: ColorMode;
  /** Open where the article was left, and keep the place (off with --no-resume). */
  resume?: boolean;
  /** SGR mouse reports on (--mouse, QUOTED_MOUSE=1); off by default, so the terminal's own selection works. */
  mouse?: boolean;
}

function themeFor(options: RunOptions): Theme {
  // The same rule as the plain outputs (--color, FORCE_COLOR, NO_COLOR, TERM); the reader is always on a terminal.
  return createTheme(colorEnabled(options.color, true, process.env));
}

async function runFullScreen(app: ReactElement, options: RunOptions): Promise<void> {
  const { stdout, stdin, stderr } = process;
  if (!stdout.isTTY) throw new TerminalError('the reader needs a terminal (standard output is not one)');
  const session = enterFullScreen(stdout, stdin);
  setEditorScreen({ stdout, keys: session.keys });
  // The mouse is turned off again before the terminal is given back, on every way out.
  if (options.mouse) stdout.write(MOUSE_ON);
  const mouseOff = () => {
    if (!options.mouse) return;
    try {
      stdout.write(MOUSE_OFF);
    } catch {
      // The terminal is gone.
    }
  };
  const restore = () => {
    mouseOff();
    session.restore();
  };
  let instance: Instance | null = null;
  const unguard = guardExits({ stop: () => instance?.unmount(), restore, debug: options.debug });
  const unsuspend = handleSuspend({
    keys: session.keys,
    leave: () => {
      mouseOff();
      session.pause();
    },
    enter: () => {
      session.resume();
      if (options.mouse) stdout.write(MOUSE_ON);
      repaint();
    },
  });
  // Not even loaded by the shipped bundle, where the condition is false when it is built.
  const crash = __TEST_CRASHES__ ? await import('./test-crash.js') : null;
  try {
    instance = render(crash ? crash.withTestCrash(app, crash.testCrashKind(process.env)) : app, {
      stdout: fullHeightStdout(stdout),
      stdin: session.keys,
      stderr,
      exitOnCtrlC: false,
      patchConsole: true,
      // Ink 6.8's incremental renderer moves up one line too few when a frame
      // ends in a newline (every frame shorter than the terminal), so each
      // frame lands a row lower. The standard one erases and redraws in one
      // write, inside a synchronized update where the terminal supports it.
      incrementalRendering: false,
      maxFps: 60,
    });
    await instance.waitUntilExit();
  } finally {
    instance?.unmount();
    unsuspend();
    restore();
    unguard();
  }
}

function StandaloneReader({
  model,
  name,
  theme,
  findQuotes,
  resume,
}: {
  model: ArticleModel;
  name: string;
  theme: Theme;
  findQuotes?: QuoteFinder | QuotesAfterFirstFrame;
  resume?: ResumeHandle;
}) {
  const { exit } = useApp();
  const onEdit = useMemo(() => (isEditable(name) ? () => editFile(name) : undefined), [name]);
  return <ReaderApp model={model} name={name} theme={theme} findQuotes={findQuotes} onClose={exit} onQuit={exit} onEdit={onEdit} resume={resume} />;
}

/** Whether the reader keeps a place for `name`: only an article with a file or an address has one to come back to. */
function resumeFor(model: ArticleModel, name: string, options: RunOptions): ResumeHandle | undefined {
  return options.resume && (isEditable(name) || /^https?:\/\//.test(name)) ? openResume(model, name) : undefined;
}

/** Read one article full-screen until the user quits. */
export async function openReader(
  model: ArticleModel,
  name: string,
  options: RunOptions,
  findQuotes?: QuoteFinder | QuotesAfterFirstFrame,
  resume = resumeFor(model, name, options),
): Promise<void> {
  await runFullScreen(<StandaloneReader model={model} name={name} theme={themeFor(options)} findQuotes={findQuotes} resume={resume} />, options);
  if (resume?.saveWarning) process.stderr.write(`${resume.saveWarning}\n`);
}

/**
 * Read a parsed article, its text on screen first: a short one's quotes found
 * right after the first frame, before any key is read, a long one's by a
 * worker running `workerEntry` (the CLI's bundle; null: in this thread) while
 * the reader answers keys.
 */
export async function openArticle(article: Article, name: string, options: RunOptions, workerEntry: URL | null): Promise<void> {
  const model = withoutQuotes(article);
  if (findsQuotesLater(article)) return openReader(model, name, options, quoteFinder(article, workerEntry));
  // The place is named by the text alone, so it is read before the quotes are found.
  const resume = resumeFor(model, name, options);
  // A place left with a speaker filter needs the quotes to open on: they are found first.
  if (resume?.saved?.speaker) return openReader(withQuotes(article), name, options, undefined, resume);
  await openReader(model, name, options, quotesAfterFirstFrame(article), resume);
}

/** The library of the articles in `dir`; a plain list when standard output is not a terminal. */
export async function openLibrary(dir: string | URL, where: string, options: RunOptions, workerEntry: URL | null = null): Promise<void> {
  // The library's modules load only for the library: a single article opens without them.
  const [{ formatCatalog, listCatalog, loadEntry }, { LibraryApp }] = await Promise.all([import('./library/catalog.js'), import('./library/library-app.js')]);
  const entries = listCatalog(typeof dir === 'string' ? dir : fileURLToPath(dir));
  if (!process.stdout.isTTY) {
    const loaded = [];
    for (const entry of entries) loaded.push(await loadEntry(entry));
    process.stdout.write(formatCatalog(loaded));
    return;
  }
  const folder = typeof dir === 'string' ? dir : fileURLToPath(dir);
  const index = { sources: entries.map((e): IndexSource => ({ kind: 'file', path: e.path, file: e.file })), script: workerEntry, folder };
  await runFullScreen(
    <LibraryApp entries={entries} where={where} theme={themeFor(options)} resume={options.resume ?? false} workerEntry={workerEntry} index={index} />,
    options,
  );
}

/** The library of a feed's items, indexed (each item's page fetched) as the list is shown. */
export async function openSourcesLibrary(sources: IndexSource[], where: string, options: RunOptions, workerEntry: URL | null = null): Promise<void> {
  const [{ libraryOfSources }, { LibraryApp }] = await Promise.all([import('./people-index/library-sources.js'), import('./library/library-app.js')]);
  const { entries, index } = libraryOfSources(sources, workerEntry);
  await runFullScreen(
    <LibraryApp entries={entries} where={where} theme={themeFor(options)} resume={options.resume ?? false} workerEntry={workerEntry} index={index} />,
    options,
  );
}
