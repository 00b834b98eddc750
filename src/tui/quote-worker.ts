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
 * An article as posted to the worker: a head with everything but the
 * paragraphs, then the paragraphs in parts, each one string with the lengths
 * of its paragraphs. A long article has tens of thousands of paragraphs, and
 * copying one string is several times faster than copying that many; posted
 * in parts, a turn of the event loop apart, the copying (the reader's
 * thread does it) never holds up a key for long.
 */
export interface PackedHead {
  article: Omit<Article, 'sections'>;
  titles: (string | null)[];
  /** Paragraphs per section, in order. */
  counts: Int32Array;
  paragraphs: number;
}

export interface PackedPart {
  /** Each paragraph's length, in order, and the paragraphs one after another. */
  lengths: Int32Array;
  text: string;
}

/** A fraction of a millisecond of copying a part. */
const PART_CHARS = 64 * 1024;

export function packHead({ sections, ...article }: Article): PackedHead {
  const counts = Int32Array.from(sections, (s) => s.paragraphs.length);
  return { article, titles: sections.map((s) => s.title), counts, paragraphs: counts.reduce((a, b) => a + b, 0) };
}

/** The paragraphs in parts of about `chars` characters, each made when it is asked for. */
export function* packParts({ sections }: Article, chars = PART_CHARS): Generator<PackedPart> {
  let texts: string[] = [];
  let size = 0;
  const part = (): PackedPart => {
    const done = { lengths: Int32Array.from(texts, (t) => t.length), text: texts.join('') };
    texts = [];
    size = 0;
    return done;
  };
  for (const section of sections) {
    for (const paragraph of section.paragraphs) {
      texts.push(paragraph);
      size += paragraph.length;
      if (size >= chars) yield part();
    }
  }
  if (texts.length > 0) yield part();
}

export function unpackArticle(head: PackedHead, parts: readonly PackedPart[]): Article {
  const paragraphs: string[] = [];
  for (const { lengths, text } of parts) {
    for (let i = 0, at = 0; i < lengths.length; at += lengths[i], i++) paragraphs.push(text.slice(at, at + lengths[i]));
  }
  let next = 0;
  const sections = head.titles.map((title, s) => ({ title, paragraphs: paragraphs.slice(next, (next += head.counts[s])) }));
  return { ...head.article, sections };
}

/** What the worker answers: the analysis, or why there is none. */
export type QuoteReply = { analysis: QuoteAnalysis } | { error: string };

/** The workerData that makes the entry point serve quotes. */
export const quoteWorkerData = { role: ROLE };

/** Whether this thread is a quote worker (started with quoteWorkerData). */
export function isQuoteWorker(): boolean {
  return !isMainThread && (workerData as { role?: string } | null)?.role === ROLE;
}

/** Answer the one article the reader sends (its head, then its parts), then end. */
export function serveQuotes(): void {
  let head: PackedHead | null = null;
  const parts: PackedPart[] = [];
  let received = 0;
  const receive = (message: PackedHead | PackedPart) => {
    if (head === null) head = message as PackedHead;
    else {
      parts.push(message as PackedPart);
      received += (message as PackedPart).lengths.length;
    }
    if (received < head.paragraphs) return;
    parentPort?.off('message', receive);
    let reply: QuoteReply;
    try {
      reply = { analysis: findQuotes(unpackArticle(head, parts)) };
    } catch (err) {
      reply = { error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
    }
    parentPort?.postMessage(reply);
  };
  parentPort?.on('message', receive);
}
