// Lays out the rest of a view in short slices while the reader waits for
// keys: the first frame needed only the first screen. A key that needs more
// (G, a search) lays out what it needs at once; when the slices finish, one
// more render, in a pause between keys, replaces the estimated percentage with the exact one. The one
// slow first step, wrap-ansi's first run (see slowWrapWarm), waits until no
// key has come for a moment: keys come thick right after the first frame.
import { useEffect, useState } from 'react';
import type { ViewLayout } from '../layout/view.js';
import { slowWrapWarm } from '../layout/wrap.js';

/** How long one slice may hold the event loop, in ms. */
const SLICE_MS = 2;
/** How long without a key before wrap-ansi's first run, in ms. */
const QUIET_MS = 500;
/**
 * The render that shows the exact percentage waits for a pause between keys this long, in ms,
 * and at most LONGEST_WAIT_MS: drawn in a key's wake it lands on the next key's time. Any key's
 * own render shows the exact figure anyway once the layout is complete.
 */
const RENDER_QUIET_MS = 100;
const LONGEST_WAIT_MS = 1000;

/** `lastKey.current`: when the last key came (performance.now()), or the first frame was drawn. */
export function useIdleLayout(view: ViewLayout, lastKey: { current: number }): void {
  const [, setFinished] = useState(0);
  useEffect(() => {
    if (view.complete) return;
    let immediate: NodeJS.Immediate | null = null;
    let timeout: NodeJS.Timeout | null = null;
    const slice = () => {
      const started = performance.now();
      for (;;) {
        const wait = slowWrapWarm() || view.nextIsPlain() ? 0 : lastKey.current + QUIET_MS - performance.now();
        if (wait > 0) {
          timeout = setTimeout(slice, wait);
          return;
        }
        if (!view.step()) break;
        if (performance.now() - started >= SLICE_MS) {
          immediate = setImmediate(slice);
          return;
        }
      }
      finish(performance.now() + LONGEST_WAIT_MS);
    };
    const finish = (latest: number) => {
      const wait = Math.min(lastKey.current + RENDER_QUIET_MS, latest) - performance.now();
      if (wait > 0) {
        timeout = setTimeout(() => finish(latest), wait);
        return;
      }
      setFinished((n) => n + 1);
    };
    immediate = setImmediate(slice);
    return () => {
      if (immediate) clearImmediate(immediate);
      if (timeout) clearTimeout(timeout);
    };
  }, [view, lastKey]);
}
