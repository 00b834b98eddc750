// The quotes of the article in the reader: given with the model, or found
// after the first frame, the reader showing the text meanwhile: by a
// QuoteFinder while it answers keys, or at once (a short article's).
import { useEffect, useLayoutEffect, useState } from 'react';
import type { QuoteAnalysis } from '../core/model.js';
import type { QuoteFinder, QuotesAfterFirstFrame } from './quote-finder.js';

export type QuotesState = { status: 'given' } | { status: 'finding' } | { status: 'found'; analysis: QuoteAnalysis } | { status: 'failed'; error: string };

const failed = (err: unknown): QuotesState => ({ status: 'failed', error: err instanceof Error ? err.message : String(err) });

/**
 * How long without a key before quotes found meanwhile are shown, in ms.
 * Showing them redraws the whole screen: the people panel fills and takes
 * the width its names want, and the text wraps again to what is left. Done
 * between two keys of a run, that lands on the frames of the key before;
 * done in a pause, no key waits for it.
 */
const QUIET_MS = 100;
/** The longest found quotes wait for a pause, in ms: a key held down sees them too. */
const LONGEST_WAIT_MS = 1000;

/**
 * `lastKey.current`: when the last key came (performance.now()); absent,
 * quotes found are shown at once.
 */
export function useQuotes(find: QuoteFinder | QuotesAfterFirstFrame | undefined, lastKey?: { current: number }): QuotesState {
  const [state, setState] = useState<QuotesState>(find ? { status: 'finding' } : { status: 'given' });
  // Layout effects run once Ink has written the frame, in the same task: no key is read before the quotes are in.
  useLayoutEffect(() => {
    if (!find || typeof find === 'function') return;
    try {
      setState({ status: 'found', analysis: find.afterFirstFrame() });
    } catch (err) {
      setState(failed(err));
    }
  }, [find]);
  useEffect(() => {
    if (typeof find !== 'function') return;
    // Effects run once the frame is on screen: the search starts after the first frame.
    const search = find();
    let live = true;
    let timer: NodeJS.Timeout | null = null;
    const showInPause = (analysis: QuoteAnalysis) => {
      const latest = performance.now() + LONGEST_WAIT_MS;
      const show = () => {
        timer = null;
        if (!live) return;
        const wait = lastKey ? Math.min(lastKey.current + QUIET_MS, latest) - performance.now() : 0;
        if (wait > 0) timer = setTimeout(show, wait);
        else setState({ status: 'found', analysis });
      };
      show();
    };
    search.result.then(
      (analysis) => live && showInPause(analysis),
      (err: unknown) => live && setState(failed(err)),
    );
    return () => {
      live = false;
      if (timer) clearTimeout(timer);
      search.cancel();
    };
  }, [find, lastKey]);
  return state;
}
