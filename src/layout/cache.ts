// Layouts of one article, computed once per (width, speaker) and kept for
// reuse: a keystroke reads a cached layout and never wraps text again.
import type { ArticleModel } from '../article/model.js';
import { findMatches, spanLines, speakerSpans, type SpanSet } from './spans.js';
import { articleUnits, type ArticleUnits } from './units.js';
import { layoutView, type ViewLayout } from './view.js';
import { filteredItems, fullItems } from './views.js';

/** Spans placed in one view: the set, and the line each span starts on. */
export interface PlacedSpans extends SpanSet {
  lines: Int32Array;
}

// Enough for a few widths (resizes, panes toggled) of both views of a long
// article, without keeping every width a drag-resize passed through.
const MAX_VIEWS = 8;

export class ArticleLayouts {
  readonly model: ArticleModel;
  readonly article: ArticleUnits;
  /** How many times text was wrapped: what a test of the work per keystroke watches. */
  layoutsComputed = 0;
  private readonly views = new Map<string, ViewLayout>();
  private readonly quoteSets = new Map<string, SpanSet>();
  private placedQuotes: { view: ViewLayout; speaker: string; placed: PlacedSpans } | null = null;
  private placedMatches: { view: ViewLayout; query: string; placed: PlacedSpans } | null = null;

  constructor(model: ArticleModel) {
    this.model = model;
    this.article = articleUnits(model);
  }

  /** The article at `width` columns, whole or filtered to `speaker`. */
  view(width: number, speaker: string | null): ViewLayout {
    const key = `${width}\u0000${speaker ?? ''}`;
    const cached = this.views.get(key);
    if (cached) {
      // Refresh its place in the insertion order, which serves as LRU order.
      this.views.delete(key);
      this.views.set(key, cached);
      return cached;
    }
    const items =
      speaker === null ? fullItems(this.article) : filteredItems(this.article, this.quotesOf(speaker).byUnit.keys());
    const view = layoutView(this.article, items, width);
    this.layoutsComputed++;
    this.views.set(key, view);
    if (this.views.size > MAX_VIEWS) this.views.delete(this.views.keys().next().value as string);
    return view;
  }

  /** The quotes of `speaker`, in unit coordinates. */
  quotesOf(speaker: string): SpanSet {
    let set = this.quoteSets.get(speaker);
    if (!set) {
      set = speakerSpans(this.model, this.article, speaker);
      this.quoteSets.set(speaker, set);
    }
    return set;
  }

  /** The quotes of `speaker` placed in `view`. */
  quotesIn(view: ViewLayout, speaker: string): PlacedSpans {
    const last = this.placedQuotes;
    if (last && last.view === view && last.speaker === speaker) return last.placed;
    const set = this.quotesOf(speaker);
    const placed = { ...set, lines: spanLines(view, set) };
    this.placedQuotes = { view, speaker, placed };
    return placed;
  }

  /** The matches of `query` in `view`. */
  matchesIn(view: ViewLayout, query: string): PlacedSpans {
    const last = this.placedMatches;
    if (last && last.view === view && last.query === query) return last.placed;
    const set = findMatches(this.article, view, query);
    const placed = { ...set, lines: spanLines(view, set) };
    this.placedMatches = { view, query, placed };
    return placed;
  }
}
