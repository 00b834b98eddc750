// The keys of less that the reducer delegates here: a number typed before a
// key, lines and percentages, marks and the place before the last jump, and
// the position report of `=`. Pure functions of the state and its layouts.
import { anchorAt, lineOfAnchor } from '../layout/places.js';
import { GAP } from '../layout/view.js';
import { sectionLabel } from '../layout/units.js';
import { currentSection, pageOf, viewOf, type ReaderContext } from './selectors.js';
import { scrollTo as to } from './state-place.js';
import type { Action, ReaderState } from './state-types.js';

/** `50g`: line 50 of the view at the top (lines count from 1). */
export function goLine(ctx: ReaderContext, state: ReaderState, line: number): ReaderState {
  return to(ctx, state, viewOf(ctx, state).lineAt(line - 1));
}

/**
 * `30%`: the line 30% of the way through the view at the top. Until the
 * view is all laid out, its line count is estimated and so is the line:
 * only the chunk it falls in is laid out.
 */
export function goPercent(ctx: ReaderContext, state: ReaderState, percent: number): ReaderState {
  const view = viewOf(ctx, state);
  return to(ctx, state, view.lineNear(Math.floor((Math.max(0, Math.min(100, percent)) / 100) * view.totalLines().line)));
}

/** Actions that jump: the place before them is kept for `''`. */
const JUMPS = new Set<Action['type']>(['top', 'bottom', 'section', 'sectionStep', 'step', 'runSearch', 'goLine', 'goPercent', 'letter']);

export function isJump(action: Action): boolean {
  return JUMPS.has(action.type) || (action.type === 'counted' && isJump(action.action));
}

/** After a jump that moved: remember where the reader was. */
export function recordJump(ctx: ReaderContext, before: ReaderState, after: ReaderState): ReaderState {
  if (after.scroll === before.scroll && after.speaker === before.speaker) return after;
  return { ...after, lastJump: anchorAt(viewOf(ctx, before), before.scroll) };
}

/** m then a letter sets a mark; ' then a letter (or ') goes to it. */
export function letter(ctx: ReaderContext, state: ReaderState, ch: string): ReaderState {
  const pending = state.pending;
  const base = { ...state, pending: null };
  const here = anchorAt(viewOf(ctx, state), state.scroll);
  if (pending === 'mark') {
    if (!/^[a-zA-Z]$/.test(ch) || !here) return { ...base, notice: 'a mark is a letter: m then a–z' };
    return { ...base, marks: { ...state.marks, [ch]: here }, notice: `mark ${ch} set` };
  }
  const target = ch === "'" ? state.lastJump : state.marks[ch];
  if (!target) return { ...base, notice: ch === "'" ? 'no jump to go back to yet' : `no mark ${ch}` };
  const moved = to(ctx, base, lineOfAnchor(viewOf(ctx, base), target));
  return { ...moved, lastJump: here };
}

/** The words in `text` (runs of letters or digits). */
function words(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

const thousands = (n: number) => n.toLocaleString('en-GB');

/** `=`: section, line of lines, percent, and words read of words (the whole view laid out, for exact numbers). */
export function position(ctx: ReaderContext, state: ReaderState): ReaderState {
  const view = viewOf(ctx, state);
  const page = pageOf(state);
  const lines = view.lineCount;
  const top = view.lineNumber(state.scroll).line;
  const bottom = Math.min(lines, top + page);
  const { article, model } = ctx.layouts;
  let read = 0;
  let total = 0;
  let previous = GAP;
  for (let pos = view.first(), line = 0; line < lines && pos >= 0; pos = view.next(pos), line++) {
    const unit = view.unitOf(pos);
    if (unit === GAP) continue;
    const text = article.units[unit].text;
    if (line < bottom) read += words(text.slice(view.startOf(pos), view.endOf(pos)));
    if (unit !== previous) total += words(text);
    previous = unit;
  }
  const section = currentSection(view, state.scroll, page);
  const percent = lines === 0 ? 100 : Math.round((bottom / lines) * 100);
  const notice = `§${section + 1}/${model.sections.length} ${sectionLabel(model, section)} · lines ${top + 1}–${bottom} of ${lines} · ${percent}% · ${thousands(read)} of ${thousands(total)} words`;
  return { ...state, notice };
}

/** The number typed so far, and a key's action applied with it. */
export function counted(ctx: ReaderContext, state: ReaderState, action: Action, apply: (s: ReaderState, a: Action) => ReaderState): ReaderState {
  const n = Number(state.count?.digits ?? '1') || 1;
  // The first digit jumped to its section; a count of moves starts from before that jump.
  const base: ReaderState = { ...state, count: null, scroll: state.count?.from ?? state.scroll };
  switch (action.type) {
    case 'scroll':
      return apply(base, { type: 'scroll', by: action.by * n });
    case 'page':
      return apply(base, { type: 'page', by: action.by * n });
    case 'halfPage':
      return apply(base, { type: 'halfPage', by: action.by * n });
    case 'move':
      return apply(base, { type: 'move', by: action.by * n });
    case 'top':
    case 'bottom':
      return goLine(ctx, base, n);
    case 'sectionStep':
      return action.by > 0 ? apply(base, { type: 'section', index: n - 1 }) : apply(base, { type: 'sectionStep', by: -n });
    case 'goPercent':
      return goPercent(ctx, base, n);
    case 'step': {
      let s = base;
      for (let i = 0; i < Math.min(n, 1000); i++) s = apply(s, action);
      return s;
    }
    default:
      return apply({ ...state, count: null }, action);
  }
}
