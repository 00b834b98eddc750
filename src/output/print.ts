// Non-interactive outputs: what quoted prints instead of opening the reader.
import type { ArticleModel } from '../core/model.js';
import { colorEnabled, styleFor, type ColorMode } from './color.js';
import { toJson } from '../core/model-json.js';
import { renderPeople } from './people.js';
import { articlePeopleJsonLines } from './article-people-jsonl.js';
import { renderPlain } from './plain.js';
import { renderQuotes, selectQuotes } from './quotes.js';
import { formatQuotes, type QuoteFormat } from './attribution.js';
import { renderToc } from './toc.js';

/** What to print, as the command line asks for it (cli/args.ts reads these flags). */
export interface PrintOptions {
  json: boolean;
  toc: boolean;
  people: boolean;
  /** --quotes: null when absent, '' for every speaker, else a name to match. */
  quotes: string | null;
  /** --format for --quotes: one quote a line with its attribution; null: grouped by section. */
  format: QuoteFormat | null;
  color: ColorMode;
}

export interface OutputContext {
  write(text: string): void;
  /** Whether standard output is a terminal. */
  isTTY: boolean;
  /** Terminal width, when known. */
  columns: number | undefined;
  /** What the input is called (a path, "stdin" or a URL). */
  name: string;
  env: NodeJS.ProcessEnv;
}

const DEFAULT_WIDTH = 80;
const MIN_WIDTH = 20;

/** Where plain text wraps: $COLUMNS, else the terminal's width, else 80. */
export function outputWidth(ctx: Pick<OutputContext, 'isTTY' | 'columns' | 'env'>): number {
  const fromEnv = Number.parseInt(ctx.env.COLUMNS ?? '', 10);
  const width = Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : ctx.isTTY && ctx.columns ? ctx.columns : DEFAULT_WIDTH;
  return Math.max(MIN_WIDTH, width);
}

/** Whether `opts` leave the reader to open: no print flag, and a terminal on standard output. */
export function opensReader(opts: PrintOptions, isTTY: boolean): boolean {
  return !opts.json && !opts.toc && !opts.people && opts.quotes === null && isTTY;
}

/** Print the output `opts` asks for; false when the reader should open instead. */
export function printOutput(model: ArticleModel, opts: PrintOptions, ctx: OutputContext): boolean {
  if (opensReader(opts, ctx.isTTY)) return false;
  const style = styleFor(colorEnabled(opts.color, ctx.isTTY, ctx.env));
  if (opts.json) ctx.write(toJson(model));
  else if (opts.toc) ctx.write(renderToc(model));
  else if (opts.people && opts.format === 'jsonl') ctx.write(articlePeopleJsonLines(model));
  else if (opts.people) ctx.write(renderPeople(model, style));
  else if (opts.quotes !== null && opts.format) ctx.write(formatQuotes(model, selectQuotes(model, opts.quotes), opts.format));
  else if (opts.quotes !== null) ctx.write(renderQuotes(model, opts.quotes, style));
  else ctx.write(renderPlain(model, { width: outputWidth(ctx), style }));
  return true;
}
