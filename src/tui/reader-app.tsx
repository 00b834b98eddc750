// The reader: wires keys → keymap → reducer, and draws the state with the
// presentational panes. Holds no logic of its own beyond that wiring.
import { Box, useInput } from 'ink';
import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef } from 'react';
import type { ResumeHandle } from './resume-store.js';
import { snapshot } from './resume-state.js';
import { useFunctionKeys } from './use-function-keys.js';
import { isMouseInput, mouseAction, parseMouse, type MouseEvent } from './mouse.js';
import type { ArticleModel } from '../core/model.js';
import { stripControls } from '../core/controls.js';
import { ArticleLayouts } from '../layout/cache.js';
import type { QuoteFinder, QuotesAfterFirstFrame } from './quote-finder.js';
import { useIdleLayout } from './use-idle-layout.js';
import { useQuotes } from './use-quotes.js';
import { sectionLabel } from '../layout/units.js';
import { HelpOverlay } from './components/help-overlay.js';
import { PersonPane } from './components/person-pane.js';
import { personEntries } from './person-page.js';
import { PeoplePane } from './components/people-pane.js';
import { ReadingPane } from './components/reading-pane.js';
import { StatusBar, type StatusInfo } from './components/status-bar.js';
import { TocPane } from './components/toc-pane.js';
import { actionFor, helpScrolls } from './keymap.js';
import { keyPresses, type KeyPress } from './keys.js';
import { currentSection, geometryOf, matchesOf, pageOf, percentRead, quotesOf, viewOf } from './selectors.js';
import { createReducer, initialState, type Action, type ReaderState } from './state.js';
import type { Theme } from './theme.js';
import { useTerminalSize } from './use-terminal-size.js';
import { paneWants } from './pane-wants.js';
import { repaint } from './full-height.js';
import { osc52 } from './copy.js';

export interface ReaderAppProps {
  model: ArticleModel;
  /** What the article is called in the status bar (a path, "stdin"). */
  name: string;
  theme: Theme;
  /** Layouts to reuse (the library keeps them per article); made here when absent. */
  layouts?: ArticleLayouts;
  /**
   * Finds the quotes once the text is on screen; until it answers, the
   * people panel says so and the speaker filter waits. Without it, the
   * model's own people and quotes are shown.
   */
  findQuotes?: QuoteFinder | QuotesAfterFirstFrame;
  /** Opened from the library: q and Esc go back to it through onClose. */
  canGoBack?: boolean;
  onClose: () => void;
  onQuit: () => void;
  /** Where the article was left last time, and where to keep it (absent: --no-resume, or no file). */
  resume?: ResumeHandle;
  /** Where c and C put their text (default: the terminal's clipboard, by OSC 52). */
  clipboard?: (text: string) => void;
  /** v: open the article in the user's editor, and say how it went (absent: there is no file to edit). */
  onEdit?: () => string;
  /**
   * Keys handed over by a parent that reads them itself (the library), set
   * as soon as the reader is on screen; without it the reader reads its own.
   */
  keys?: KeyFeed;
  /** Actions applied before the first frame, after the saved place (the people index opens an article at a quote). */
  start?: readonly Action[];
}

/** Where a parent sends the keys meant for the reader. */
export interface KeyFeed {
  current: ((press: KeyPress) => void) | null;
}

/** OSC 52 on the terminal the reader draws on. */
function toTerminalClipboard(text: string): void {
  if (process.stdout.isTTY) process.stdout.write(osc52(text));
}

type Message = Action | { type: 'key'; key: string; input: string } | { type: 'mouse'; event: MouseEvent };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "4 quotes, 5 reported": the followed speaker's counts, as the panel and --people give them. */
function filterCounts(model: ArticleModel, speaker: string): string {
  const person = model.people.find((p) => p.name === speaker);
  return person ? `${plural(person.quotes, 'quote')}, ${person.reported} reported` : '';
}

/** The percentage, and whether it is estimated (the view still being laid out in idle time). */
const percentShown = ({ percent, exact }: { percent: number; exact: boolean }) => ({ percent, estimated: !exact });

const NO_QUOTES = { people: [], quotes: [] };
const AT_LEFT = { marginLeft: 0 };

export function ReaderApp({
  model: given,
  name,
  theme,
  layouts: givenLayouts,
  findQuotes,
  canGoBack = false,
  onClose,
  onQuit,
  onEdit,
  clipboard = toTerminalClipboard,
  resume,
  keys,
  start: opening,
}: ReaderAppProps) {
  const base = useMemo(() => givenLayouts ?? new ArticleLayouts(given), [givenLayouts, given]);
  // When the last key came (or the reader opened): the idle layout keeps its slow first step for a quiet moment, and quotes found meanwhile wait for one.
  const lastKey = useRef(performance.now());
  const quoteState = useQuotes(findQuotes, lastKey);
  // Until quotes are found, none are shown (whatever the given model holds).
  const layouts = useMemo(
    () => (quoteState.status === 'given' ? base : base.withQuotes(quoteState.status === 'found' ? quoteState.analysis : NO_QUOTES)),
    [base, quoteState],
  );
  const { model } = layouts;
  const ctx = useMemo(() => ({ layouts, quotes: quoteState.status }), [layouts, quoteState.status]);
  const reducer = useMemo(() => {
    const reduce = createReducer(ctx);
    // Keys are resolved against the state they arrive in, even several in one read.
    return (state: ReaderState, message: Message): ReaderState => {
      if (message.type === 'mouse') {
        const action = mouseAction(ctx, state, message.event);
        return action ? reduce(state, action) : state;
      }
      if (message.type !== 'key') return reduce(state, message);
      const action = actionFor(state, message.key, message.input);
      return action ? reduce(state, action) : state;
    };
  }, [ctx]);
  const size = useTerminalSize();
  const wants = useMemo(() => paneWants(model), [model]);
  const [state, dispatch] = useReducer(reducer, undefined, () => {
    // The first frame is drawn at the saved place: no frame at the top first.
    const start = initialState({ size, canGoBack, wants });
    let state = start;
    if (resume?.saved) state = reducer(start, { type: 'restore', saved: resume.saved, warning: resume.warning });
    else if (resume?.warning) state = reducer(start, { type: 'say', notice: resume.warning });
    for (const action of opening ?? []) state = reducer(state, action);
    return state;
  });
  // The place is kept when the reader closes, however it closes.
  const latest = useRef({ ctx, state });
  latest.current = { ctx, state };
  useEffect(() => () => resume?.save(snapshot(latest.current.ctx, latest.current.state)), [resume]);
  // A new size is applied during render, so no frame is ever drawn for the old one.
  if (size.columns !== state.size.columns || size.rows !== state.size.rows) dispatch({ type: 'resize', size });
  if (state.wants !== wants && (state.wants?.toc !== wants.toc || state.wants?.people !== wants.people)) dispatch({ type: 'wants', wants });

  const pressed = useCallback((press: KeyPress) => {
    lastKey.current = performance.now();
    dispatch({ type: 'key', ...press });
  }, []);
  useInput(
    (input, key) => {
      // A mouse report is read raw (below), not as keys.
      if (isMouseInput(input)) return;
      for (const press of keyPresses(input, key)) pressed(press);
    },
    { isActive: !keys },
  );
  useFunctionKeys(
    // A parent that reads the keys (the library) hands F1 over itself.
    useCallback((name: string) => (keys ? undefined : pressed({ key: name, input: '' })), [keys, pressed]),
    true,
    useCallback((data: string) => {
      const event = parseMouse(data);
      if (event) dispatch({ type: 'mouse', event });
    }, []),
  );
  // Set during the commit, before any later key can arrive: none is lost to a reader still starting.
  useLayoutEffect(() => {
    if (!keys) return;
    keys.current = pressed;
    return () => {
      keys.current = null;
    };
  }, [keys, pressed]);

  useEffect(() => {
    if (state.exit === 'quit') onQuit();
    else if (state.exit === 'close') (canGoBack ? onClose : onQuit)();
  }, [state.exit, canGoBack, onClose, onQuit]);

  // A hint about an unknown key goes after two seconds.
  useEffect(() => {
    if (!state.hint) return;
    const timer = setTimeout(() => dispatch({ type: 'clearNotice' }), 2000);
    return () => clearTimeout(timer);
  }, [state.hint, state.notice]);
  useEffect(() => {
    if (state.redraw > 0) repaint();
  }, [state.redraw]);
  useEffect(() => {
    if (state.copied) clipboard(state.copied.text);
  }, [state.copied, clipboard]);
  useEffect(() => {
    if (state.edit === 0) return;
    dispatch({ type: 'say', notice: onEdit ? onEdit() : 'v: no file to edit (the article did not come from a file)' });
  }, [state.edit, onEdit]);

  const geo = geometryOf(state);
  const view = viewOf(ctx, state);
  useIdleLayout(view, lastKey);
  // A quote opened from a filter stays marked in the whole article.
  const marked = useMemo(() => (state.marked ? { spans: [state.marked], byUnit: new Map([[state.marked.unit, [state.marked]]]) } : null), [state.marked]);
  const quotes = quotesOf(ctx, state, view) ?? marked;
  const matches = matchesOf(ctx, state, view);
  const section = currentSection(view, state.scroll, pageOf(state));
  const current =
    matches && state.match >= 0 ? matches.spans[state.match] : state.speaker && quotes && state.quote >= 0 ? quotes.spans[state.quote] : state.marked;

  const info: StatusInfo = {
    name: stripControls(name),
    section: model.sections.length > 0 ? `${section + 1}/${model.sections.length} ${sectionLabel(model, section)}` : '',
    filter: state.speaker ? `filter: ${state.speaker} (${filterCounts(model, state.speaker)})` : null,
    position: state.speaker && quotes && state.quote >= 0 && !matches ? `said ${state.quote + 1}/${quotes.spans.length}` : null,
    // A search kept through a speaker filter may have no match in what is shown.
    search: matches ? (matches.spans.length > 0 ? `match ${state.match + 1}/${matches.spans.length}` : 'no match in this view') : null,
    ...percentShown(percentRead(view, state.scroll, pageOf(state))),
    prompt: state.prompt,
    promptCursor: state.promptCursor,
    promptKey: state.promptKind === 'grep' ? '&' : state.promptKind === 'back' ? '?' : '/',
    count: state.count?.digits ?? null,
    grep: state.grep,
    notice: state.notice,
    help: state.help,
    helpScrolls: state.help && helpScrolls(state),
  };

  const overlayPane = state.overlay;
  const peopleLeft = geo.columns - geo.overlayWidth.people;
  // Stable props, so that the memoised side panes draw again only when they change.
  const peopleOverlay = useMemo(() => ({ marginLeft: peopleLeft }), [peopleLeft]);
  const personShown = state.person ? model.people.find((p) => p.name === state.person!.name) : undefined;
  const body = state.help ? (
    <HelpOverlay width={geo.columns} height={geo.bodyHeight} theme={theme} top={state.helpTop} />
  ) : personShown && state.person ? (
    <PersonPane
      person={personShown}
      entries={personEntries(layouts, personShown.name)}
      cursor={state.person.cursor}
      width={geo.columns}
      height={geo.bodyHeight}
      theme={theme}
    />
  ) : (
    <Box flexDirection="row" width={geo.columns} height={geo.bodyHeight}>
      {geo.toc && (
        <TocPane
          model={model}
          width={geo.toc.width}
          height={geo.bodyHeight}
          focused={state.focus === 'toc'}
          cursor={state.tocCursor}
          current={section}
          theme={theme}
        />
      )}
      <ReadingPane
        article={layouts.article}
        view={view}
        scroll={state.scroll}
        box={geo.reader}
        height={geo.bodyHeight}
        focused={state.focus === 'reader' && geo.mode === 'wide'}
        highlights={{ quotes, matches, current }}
        theme={theme}
      />
      {geo.people && (
        <PeoplePane
          people={model.people}
          quotes={quoteState.status}
          width={geo.people.width}
          height={geo.bodyHeight}
          focused={state.focus === 'people'}
          cursor={state.peopleCursor}
          speaker={state.speaker}
          theme={theme}
        />
      )}
      {overlayPane === 'toc' && (
        <TocPane
          model={model}
          width={geo.overlayWidth.toc}
          height={geo.bodyHeight}
          focused
          cursor={state.tocCursor}
          current={section}
          theme={theme}
          overlay={AT_LEFT}
        />
      )}
      {overlayPane === 'people' && (
        <PeoplePane
          people={model.people}
          quotes={quoteState.status}
          width={geo.overlayWidth.people}
          height={geo.bodyHeight}
          focused
          cursor={state.peopleCursor}
          speaker={state.speaker}
          theme={theme}
          overlay={peopleOverlay}
        />
      )}
    </Box>
  );

  return (
    <Box flexDirection="column" width={geo.columns} height={geo.frameHeight}>
      {geo.bodyHeight > 0 && body}
      <StatusBar info={info} width={geo.columns} theme={theme} />
    </Box>
  );
}
