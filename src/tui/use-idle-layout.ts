// Lays out the rest of a view in short slices while the reader waits for
// keys: the first frame needed only the first screen. A key that needs more
// (G, a search) lays out what it needs at once; when the slices finish, one
// more render replaces the estimated percentage with the exact one.
import { useEffect, useState } from 'react';
import type { ViewLayout } from '../layout/view.js';

/** Characters wrapped between two looks at the clock. */
const STEP_CHARS = 8 * 1024;
/** How long one slice may hold the event loop, in ms. */
const SLICE_MS = 4;

export function useIdleLayout(view: ViewLayout): void {
  const [, setFinished] = useState(0);
  useEffect(() => {
    if (view.complete) return;
    let timer: NodeJS.Immediate | null = null;
    const slice = () => {
      const started = performance.now();
      while (view.step(STEP_CHARS)) {
        if (performance.now() - started >= SLICE_MS) {
          timer = setImmediate(slice);
          return;
        }
      }
      timer = null;
      setFinished((n) => n + 1);
    };
    timer = setImmediate(slice);
    return () => {
      if (timer) clearImmediate(timer);
    };
  }, [view]);
}
