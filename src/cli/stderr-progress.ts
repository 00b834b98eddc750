// Progress of the index on stderr, for the command-line forms, only when
// stderr is a terminal: a script's log, or a pipe, gets no bar.
import { progressBar } from '../index/progress-bar.js';

interface ProgressTarget {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface Progress {
  update(done: number, total: number): void;
  /** Take the bar off the line, before anything else is written there. */
  clear(): void;
}

// A redraw per tenth of a second at most: a thousand cached articles come back in a few frames.
const EVERY_MS = 100;

export function stderrProgress(stream: ProgressTarget = process.stderr, now: () => number = Date.now): Progress {
  if (!stream.isTTY) return { update: () => {}, clear: () => {} };
  let shown = false;
  let last = -Infinity;
  return {
    update(done, total) {
      if (done < total && now() - last < EVERY_MS) return;
      last = now();
      shown = true;
      stream.write(`\r${progressBar(done, total, Math.min(60, (stream.columns ?? 80) - 1))}\u001b[K`);
    },
    clear() {
      if (shown) stream.write('\r\u001b[K');
      shown = false;
    },
  };
}
