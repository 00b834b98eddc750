// Places in a view: the text a line shows, the line that shows a character,
// and anchors, which name a place by its text so that it survives
// re-wrapping, a filter, or another view of the same article.
import type { ArticleUnits } from './units.js';
import { GAP, type ViewLayout } from './view.js';

/** A place in the text that survives re-wrapping: a unit and an offset in it. */
export interface Anchor {
  unit: number;
  offset: number;
  /** Blank lines above the anchored line that were at the top. */
  before: number;
}

/** The text line `pos` shows ('' for a blank line). */
export function lineText(article: ArticleUnits, view: ViewLayout, pos: number): string {
  const unit = view.unitOf(pos);
  return unit === GAP ? '' : article.units[unit].text.slice(view.startOf(pos), view.endOf(pos));
}

/**
 * The line that shows character `offset` of `unit`, or -1 when the view
 * leaves the unit out; only the unit's own chunk is laid out.
 */
export function lineOf(view: ViewLayout, unit: number, offset: number): number {
  return view.lineOfOffset(unit, offset);
}

/** The place shown on line `pos`: its unit and offset, or those of the next non-blank line. */
export function anchorAt(view: ViewLayout, pos: number): Anchor | null {
  for (let at = view.snap(pos), before = 0; at >= 0 && view.has(at); at = view.next(at), before++) {
    const unit = view.unitOf(at);
    if (unit !== GAP) return { unit, offset: view.startOf(at), before };
  }
  return null;
}

/** The line of `anchor` in `view` (blank lines above it kept), or the first line when the view does not hold it. */
export function lineOfAnchor(view: ViewLayout, anchor: Anchor | null): number {
  if (!anchor) return view.first();
  const line = lineOf(view, anchor.unit, anchor.offset);
  return line < 0 ? view.first() : view.move(line, -anchor.before);
}
