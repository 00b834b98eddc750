// Non-interactive outputs: what quoted prints instead of opening the reader.
import type { ArticleModel } from '../article/model.js';
import type { Options } from '../cli/args.js';
import { toJson } from './json.js';

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

/** Print the output `opts` asks for; false when the reader should open instead. */
export function printOutput(model: ArticleModel, opts: Options, ctx: OutputContext): boolean {
  if (opts.json) {
    ctx.write(toJson(model));
    return true;
  }
  return false;
}
