// The quotes of the article in the reader: given with the model, or found
// after the first frame, the reader showing the text meanwhile: by a
// QuoteFinder while it answers keys, or at once (a short article's).
import { useEffect, useLayoutEffect, useState } from 'react';
import type { QuoteAnalysis } from '../core/model.js';
import type { QuoteFinder, QuotesAfterFirstFrame } from './quote-finder.js';

export type QuotesState = { status: 'given' } | { status: 'finding' } | { status: 'found'; analysis: QuoteAnalysis } | { status: 'failed'; error: string };

const failed = (err: unknown): QuotesState => ({ status: 'failed', error: err instanceof Error ? err.message : String(err) });

export function useQuotes(find: QuoteFinder | QuotesAfterFirstFrame | undefined): QuotesState {
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
    search.result.then(
      (analysis) => live && setState({ status: 'found', analysis }),
      (err: unknown) => live && setState(failed(err)),
    );
    return () => {
      live = false;
      search.cancel();
    };
  }, [find]);
  return state;
}
