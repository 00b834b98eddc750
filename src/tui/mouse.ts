// The mouse, when asked for (--mouse, QUOTED_MOUSE=1): SGR mouse reports
// (ESC [ < button ; column ; row M/m) turned into reader actions by where the
// pointer is: the wheel scrolls the pane under it, a click on a contents
// entry jumps there, a click on a person filters to them.
import { tocLines } from './components/toc-pane.js';
import { peopleRowEntries } from './components/people-pane.js';
import { panelPeople } from './people-order.js';
import { currentSection, geometryOf, pageOf, viewOf, type ReaderContext } from './selectors.js';
import type { Action, ReaderState } from './state-types.js';
import { createTheme } from './theme.js';

const SGR_MOUSE = /^\u001b?\[<(\d+);(\d+);(\d+)([mM])$/;

export interface MouseEvent {
  button: number;
  /** 0-based cell. */
  x: number;
  y: number;
  press: boolean;
}

export function parseMouse(data: string): MouseEvent | null {
  const m = SGR_MOUSE.exec(data);
  if (!m) return null;
  return { button: Number(m[1]), x: Number(m[2]) - 1, y: Number(m[3]) - 1, press: m[4] === 'M' };
}

export const isMouseInput = (input: string) => SGR_MOUSE.test(input);

export const MOUSE_ON = '\u001b[?1000h\u001b[?1006h';
export const MOUSE_OFF = '\u001b[?1000l\u001b[?1006l';

const WHEEL_LINES = 3;
const PLAIN = createTheme(false);

/** Which pane is under column `x`, and where that pane starts. */
function paneAt(state: ReaderState, x: number): { pane: 'toc' | 'reader' | 'people'; left: number; width: number } {
  const geo = geometryOf(state);
  if (state.overlay === 'toc' && x < geo.overlayWidth.toc) return { pane: 'toc', left: 0, width: geo.overlayWidth.toc };
  if (state.overlay === 'people' && x >= geo.columns - geo.overlayWidth.people) {
    return { pane: 'people', left: geo.columns - geo.overlayWidth.people, width: geo.overlayWidth.people };
  }
  if (geo.toc && x < geo.toc.width) return { pane: 'toc', left: 0, width: geo.toc.width };
  if (geo.people && x >= geo.columns - geo.people.width) return { pane: 'people', left: geo.columns - geo.people.width, width: geo.people.width };
  return { pane: 'reader', left: 0, width: geo.columns };
}

/** The action a mouse report stands for, or null. */
export function mouseAction(ctx: ReaderContext, state: ReaderState, e: MouseEvent): Action | null {
  if (state.help || state.prompt !== null || state.person) return null;
  const { pane, width } = paneAt(state, e.x);
  const geo = geometryOf(state);
  const wheel = e.button === 64 ? -1 : e.button === 65 ? 1 : 0;
  if (wheel !== 0) {
    if (pane === 'reader') return { type: 'scroll', by: wheel * WHEEL_LINES };
    return { type: 'mouseList', pane, by: wheel };
  }
  if (e.button !== 0 || !e.press) return null;
  // List rows start under the pane's border and title.
  const row = e.y - 2;
  const listHeight = Math.max(0, geo.bodyHeight - 3);
  if (row < 0 || row >= listHeight) return null;
  const view = viewOf(ctx, state);
  if (pane === 'toc') {
    const lines = tocLines(ctx.layouts.model, {
      width,
      focused: state.focus === 'toc',
      cursor: state.tocCursor,
      current: currentSection(view, state.scroll, pageOf(state)),
      listHeight,
    });
    const entry = lines[row]?.entry;
    return entry === undefined ? null : { type: 'section', index: entry };
  }
  if (pane === 'people') {
    const entries = peopleRowEntries({
      people: ctx.layouts.model.people,
      quotes: ctx.quotes,
      width,
      focused: state.focus === 'people',
      cursor: state.peopleCursor,
      speaker: state.speaker,
      theme: PLAIN,
      listHeight,
    });
    const person = panelPeople(ctx.layouts.model.people)[entries[row] ?? -1];
    return person ? { type: 'filter', speaker: person.name } : null;
  }
  return null;
}
