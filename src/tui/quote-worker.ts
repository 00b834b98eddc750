// The quote engine in a worker thread. The reader shows an article before
// its quotes are found; on a long article the engine runs for seconds, and
// in a worker it uses another core instead of the reader's, whose keys stay
// answered at once. The worker runs the same bundle as the CLI: the entry
// point starts serveQuotes instead of the CLI when it finds itself in one.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Article, QuoteAnalysis } from '../article/model.js';
import { analyzeQuotes } from '../quotes/analyze.js';

const ROLE = 'quoted:quote-engine';

/** What the worker answers: the analysis, or why there is none. */
export type QuoteReply = { analysis: QuoteAnalysis } | { error: string };

/** The workerData that makes the entry point serve quotes. */
export const quoteWorkerData = { role: ROLE };

/** Whether this thread is a quote worker (started with quoteWorkerData). */
export function isQuoteWorker(): boolean {
  return !isMainThread && (workerData as { role?: string } | null)?.role === ROLE;
}

/** Answer the one article the reader sends, then end. */
export function serveQuotes(): void {
  parentPort?.once('message', (article: Article) => {
    let reply: QuoteReply;
    try {
      reply = { analysis: analyzeQuotes(article) };
    } catch (err) {
      reply = { error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
    }
    parentPort?.postMessage(reply);
  });
}
