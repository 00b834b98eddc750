// The quote engine in a worker thread. The reader shows an article before
// its quotes are found; on a long article the engine runs for seconds, and
// in a worker it uses another core instead of the reader's, whose keys stay
// answered at once. The worker runs the same bundle as the CLI: the entry
// point starts serveQuotes instead of the CLI when it finds itself in one.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Article, QuoteAnalysis } from '../core/model.js';
import { findQuotes } from '../pipeline.js';

const ROLE = 'quoted:quote-engine';

/**
 * An article as posted to the worker: its paragraphs in one string with
 * their lengths. A long article has tens of thousands of paragraphs, and
 * copying one string to the worker is several times faster than copying
 * that many (the reader's thread does the copying).
 */
export interface PackedArticle {
  article: Omit<Article, 'sections'>;
  titles: (string | null)[];
  /** Paragraphs per section, and each paragraph's length, in order. */
  counts: Int32Array;
  lengths: Int32Array;
  text: string;
}

export function packArticle({ sections, ...article }: Article): PackedArticle {
  const paragraphs = sections.flatMap((s) => s.paragraphs);
  return {
    article,
    titles: sections.map((s) => s.title),
    counts: Int32Array.from(sections, (s) => s.paragraphs.length),
    lengths: Int32Array.from(paragraphs, (p) => p.length),
    text: paragraphs.join(''),
  };
}

export function unpackArticle(packed: PackedArticle): Article {
  let at = 0;
  let next = 0;
  const sections = packed.titles.map((title, s) => {
    const paragraphs: string[] = [];
    for (let i = 0; i < packed.counts[s]; i++, next++) {
      paragraphs.push(packed.text.slice(at, at + packed.lengths[next]));
      at += packed.lengths[next];
    }
    return { title, paragraphs };
  });
  return { ...packed.article, sections };
}

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
  parentPort?.once('message', (packed: PackedArticle) => {
    let reply: QuoteReply;
    try {
      reply = { analysis: findQuotes(unpackArticle(packed)) };
    } catch (err) {
      reply = { error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
    }
    parentPort?.postMessage(reply);
  });
}
