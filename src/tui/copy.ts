// c and C: the current quote, or every quote shown, with its attribution,
// put on the clipboard by OSC 52 (which works over SSH, and in tmux with
// `set-clipboard on`): the terminal, not the program, owns the clipboard.
import type { Quote } from '../core/model.js';
import type { ArticleLayouts } from '../layout/cache.js';
import type { Span } from '../layout/spans.js';
import { attributed, attributionLine } from '../output/attribution.js';

/** The model's quote that a highlight span stands for. */
function quoteOf(layouts: ArticleLayouts, span: Span): Quote | undefined {
  const unit = layouts.article.units[span.unit];
  return layouts.model.quotes.find((q) => q.section === unit.section && q.paragraph === unit.paragraph && q.start === span.start);
}

/** The text to copy for `spans`, and what the status bar says about it. */
export function copyText(layouts: ArticleLayouts, spans: readonly Span[]): { text: string; notice: string } | null {
  const quotes = spans.map((s) => quoteOf(layouts, s)).filter((q): q is Quote => q !== undefined);
  if (quotes.length === 0) return null;
  const lines = quotes.map((q) => attributionLine(attributed(layouts.model, q)));
  const first = attributed(layouts.model, quotes[0]);
  const short = first.text.length > 40 ? `${first.text.slice(0, 39)}…` : first.text;
  const notice = quotes.length === 1 ? `copied “${short}” — ${first.speaker}` : `copied ${quotes.length} quotes with their attribution`;
  return { text: lines.join('\n'), notice };
}

/** The OSC 52 sequence that sets the clipboard to `text`. */
export function osc52(text: string): string {
  return `\u001b]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;
}
