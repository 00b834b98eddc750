// Layouts of one article, computed once per (width, speaker) and kept for
// reuse: a keystroke reads a cached layout and never wraps text again. The
// quotes may come later than the text (the reader shows the text first):
// the layouts of the whole text carry over to the model with quotes.
import type { ArticleModel, QuoteAnalysis } from '../core/model.js';
import { searchPattern } from './search-pattern.js';
import { findMatches, placeSpans, speakerSpans, type PlacedSpans, type SpanSet } from './spans.js';
import { articleUnits, type ArticleUnits } from './units.js';
import { layoutView, type ViewLayout } from './view.js';
import { filteredItems, fullItems } from './views.js';

export type { PlacedSpans } from './spans.js';

/** `compute`, remembering its last answer for the same two arguments. */
function lastAnswer<A, B, R>(compute: (a: A, b: B) => R): (a: A, b: B) => R {
  let last: { a: A; b: B; result: R } | null = null;
  return (a, b) => {
    if (last && last.a === a && last.b === b) return last.result;
    last = { a, b, result: compute(a, b) };
    return last.result;
  };
}

// Enough for a few widths (resizes, panes toggled) of both views of a long
// article, without keeping every width a drag-resize passed through.
const MAX_VIEWS = 8;

/** What the layouts of one text share, whatever quotes are shown on it. */
interface TextLayouts {
  article: ArticleUnits;
  views: Map<string, ViewLayout>;
  computed: number;
  /** The whole text's items, the same at every width: made once (a pass over every paragraph, tens of ms on a long article). */
  fullItems: number[] | null;
}

export class ArticleLayouts {
  readonly model: ArticleModel;
  readonly article: ArticleUnits;
  private readonly text: TextLayouts;
  /** Which quotes filtered views were made from: views of other quotes are not reused. */
  private readonly quotesGeneration: number;
  private readonly quoteSets = new Map<string, SpanSet>();

  constructor(model: ArticleModel, text?: TextLayouts, quotesGeneration = 0) {
    this.model = model;
    this.text = text ?? { article: articleUnits(model), views: new Map(), computed: 0, fullItems: null };
    this.article = this.text.article;
    this.quotesGeneration = quotesGeneration;
  }

  /** How many views were laid out: what a test of the work per keystroke watches. */
  get layoutsComputed(): number {
    return this.text.computed;
  }

  /** The same text with other quotes: the views of the whole text are kept, nothing is wrapped again. */
  withQuotes(analysis: QuoteAnalysis): ArticleLayouts {
    return new ArticleLayouts({ ...this.model, ...analysis }, this.text, this.quotesGeneration + 1);
  }

  /**
   * The article at `width` columns, whole or filtered to `speaker`, and/or to
   * the paragraphs that match `grep` (less's `&`). It is laid
   * out as far as it is read (see ViewLayout); the same view comes back for
   * the same width and speaker.
   */
  view(width: number, speaker: string | null, grep: string | null = null): ViewLayout {
    const base = speaker === null ? `${width}` : `${width}\u0000${this.quotesGeneration}\u0000${speaker}`;
    const key = grep === null ? base : `${base}\u0000&${grep}`;
    const { views } = this.text;
    const cached = views.get(key);
    if (cached) {
      // Refresh its place in the insertion order, which serves as LRU order.
      views.delete(key);
      views.set(key, cached);
      return cached;
    }
    let items: number[];
    if (speaker === null && grep === null) items = this.text.fullItems ??= fullItems(this.article);
    else {
      const speakerUnits = speaker === null ? null : new Set(this.quotesOf(speaker).byUnit.keys());
      const pattern = grep === null ? null : searchPattern(grep);
      const matches = (u: number) => {
        if (!pattern) return true;
        pattern.lastIndex = 0;
        return pattern.test(this.article.units[u].text);
      };
      const units = this.article.paragraphUnit.flat().filter((u) => (speakerUnits?.has(u) ?? true) && matches(u));
      items = filteredItems(this.article, units);
    }
    const view = layoutView(this.article, items, width);
    this.text.computed++;
    views.set(key, view);
    if (views.size > MAX_VIEWS) views.delete(views.keys().next().value as string);
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
    return this.placedQuotes(view, speaker);
  }

  /** The matches of `query` in `view`. */
  matchesIn(view: ViewLayout, query: string): PlacedSpans {
    return this.placedMatches(view, query);
  }

  // Each keeps its last answer: every key asks again for the same view and speaker or query.
  private readonly placedQuotes = lastAnswer((view: ViewLayout, speaker: string) => placeSpans(view, this.quotesOf(speaker)));
  private readonly placedMatches = lastAnswer((view: ViewLayout, query: string) => placeSpans(view, findMatches(this.article, view, query)));
}
