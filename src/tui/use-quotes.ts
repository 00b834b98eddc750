// The quotes of the article in the reader: given with the model, or found
// after the first frame by a QuoteFinder, the reader showing the text
// meanwhile.
import { useEffect, useState } from 'react';
import type { QuoteAnalysis } from '../core/model.js';
import type { QuoteFinder } from './quote-finder.js';

export type QuotesState = { status: 'given' } | { status: 'finding' } | { status: 'found'; analysis: QuoteAnalysis } | { status: 'failed'; error: string };

export function useQuotes(find: QuoteFinder | undefined): QuotesState {
  const [state, setState] = useState<QuotesState>(find ? { status: 'finding' } : { status: 'given' });
  useEffect(() => {
    if (!find) return;
    // Effects run once the frame is on screen: the search starts after the first frame.
    const search = find();
    let live = true;
    search.result.then(
      (analysis) => live && setState({ status: 'found', analysis }),
      (err: unknown) => live && setState({ status: 'failed', error: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
      search.cancel();
    };
  }, [find]);
  return state;
}
