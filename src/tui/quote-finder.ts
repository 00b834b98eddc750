// Finding the quotes of an article once the reader is on screen. A long
// article's in a worker thread: the engine runs for seconds on it, and on
// another core the reader's keys stay answered meanwhile. A worker that
// cannot start (no bundle to run, say) leaves the work to this thread, after
// the first frame. A short article's in this thread, as soon as its first
// frame is written and before any key is read (see findsQuotesLater).
import { Worker } from 'node:worker_threads';
import type { Article, Quote, QuoteAnalysis } from '../core/model.js';
import { findQuotes } from '../pipeline.js';
import { packHead, packParts, quoteWorkerData, unpackQuotes, type PackedAnalysis, type QuoteReply } from './quote-worker.js';

/**
 * Articles with fewer characters than this have their quotes found in this
 * thread right after the first frame: the engine takes tens of milliseconds
 * on them, about what a worker takes to start, and no key is read until they
 * are in, so every key finds the people panel full, as if they had been found
 * before the first frame.
 */
const LATER_FROM_CHARS = 32 * 1024;

/** Whether the reader should find the quotes of `article` in a worker, answering keys meanwhile. */
export function findsQuotesLater(article: Article): boolean {
  let chars = 0;
  for (const section of article.sections) for (const p of section.paragraphs) chars += p.length;
  return chars >= LATER_FROM_CHARS;
}

/** Quotes being found: the answer to come, and a way to stop the work. */
export interface QuoteSearch {
  result: Promise<QuoteAnalysis>;
  cancel(): void;
  /** Where the engine runs: a worker, or this thread (from the start, or once a worker failed). */
  readonly where: 'worker' | 'this thread';
}

/** Starts finding the quotes of an article: called by the reader after its first frame. */
export type QuoteFinder = () => QuoteSearch;

/** Finds the quotes of a short article: called by the reader once its first frame is written, before it reads a key. */
export interface QuotesAfterFirstFrame {
  afterFirstFrame(): QuoteAnalysis;
}

/** The quotes of `article`, found in this thread right after the reader's first frame. */
export function quotesAfterFirstFrame(article: Article): QuotesAfterFirstFrame {
  return { afterFirstFrame: () => findQuotes(article) };
}

function inThread(article: Article): QuoteSearch {
  let cancelled = false;
  // A turn of the event loop first: the frame on screen is written, keys read.
  const result = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
    if (cancelled) throw new Error('cancelled');
    return findQuotes(article);
  });
  return { result, cancel: () => (cancelled = true), where: 'this thread' };
}

/** How long one turn may spend posting parts of the article to the worker, in ms. */
const POST_MS = 1;

/** How long one turn may spend making the quotes of the worker's answer, in ms. */
const UNPACK_MS = 1;

/**
 * The quotes of the worker's answer made a millisecond at a time, keys
 * answered between turns: tens of thousands of objects made at once, and
 * collected, would hold up a key for tens of milliseconds.
 */
function unpackInSlices(packed: PackedAnalysis, stopped: () => boolean): Promise<QuoteAnalysis> {
  const quotes: Quote[] = [];
  const place = { quote: 0, speaker: 0, text: 0 };
  return new Promise((resolve, reject) => {
    const turn = () => {
      if (stopped()) return reject(new Error('cancelled'));
      const started = performance.now();
      if (unpackQuotes(packed, quotes, place, () => performance.now() - started < UNPACK_MS)) resolve({ people: packed.people, quotes });
      else setImmediate(turn);
    };
    turn();
  });
}

/** The worker itself failed (could not load its script, ran out of memory), not the engine. */
class WorkerFailed extends Error {}

function inWorker(article: Article, entry: URL): QuoteSearch {
  let worker: Worker | null = null;
  let settled = false;
  const result = new Promise<QuoteAnalysis>((resolve, reject) => {
    try {
      // A small young generation: the engine's garbage is collected sooner, which
      // costs it a little time and keeps the two heaps of a 10 MB article within 300 MB.
      const resourceLimits = { maxYoungGenerationSizeMb: 8 };
      worker = new Worker(entry, { workerData: quoteWorkerData, stdout: true, stderr: true, resourceLimits });
    } catch (err) {
      reject(new WorkerFailed(err instanceof Error ? err.message : String(err)));
      return;
    }
    // Quitting the reader ends the program even while the engine runs.
    worker.unref();
    // Once answered, the worker's end is expected: its quotes are still being made here.
    let answered = false;
    worker.once('message', (reply: QuoteReply) => {
      answered = true;
      if ('analysis' in reply) unpackInSlices(reply.analysis, () => settled).then(resolve, reject);
      else reject(new Error(reply.error));
    });
    // Out of memory in a worker would be out of memory here too: no second try.
    worker.once('error', (err: NodeJS.ErrnoException) => {
      if (!answered) reject(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? err : new WorkerFailed(err.message));
    });
    worker.once('exit', (code) => {
      if (!answered) reject(new WorkerFailed(`the worker ended (${code}) without an answer`));
    });
    const to = worker;
    to.postMessage(packHead(article));
    // A millisecond of parts a turn: keys pressed meanwhile are answered between turns.
    const parts = packParts(article);
    const post = () => {
      const started = performance.now();
      while (!settled && performance.now() - started < POST_MS) {
        const part = parts.next();
        if (part.done) return;
        to.postMessage(part.value);
      }
      if (!settled) setImmediate(post);
    };
    post();
  });
  // No more parts once the worker has answered, failed or been stopped.
  void result.then(
    () => (settled = true),
    () => (settled = true),
  );
  return {
    result,
    cancel: () => {
      settled = true;
      void worker?.terminate();
    },
    where: 'worker',
  };
}

/**
 * How the reader will find the quotes of `article`. `entry` is the script a
 * worker runs (the CLI's own bundle), or null to stay in this thread.
 */
export function quoteFinder(article: Article, entry: URL | null): QuoteFinder {
  return () => {
    if (entry === null) return inThread(article);
    const search = inWorker(article, entry);
    let fallback: QuoteSearch | null = null;
    let cancelled = false;
    const result = search.result.catch((err: unknown) => {
      if (!(err instanceof WorkerFailed) || cancelled) throw err;
      fallback = inThread(article);
      return fallback.result;
    });
    return {
      result,
      cancel: () => {
        cancelled = true;
        search.cancel();
        fallback?.cancel();
      },
      get where() {
        return fallback ? fallback.where : search.where;
      },
    };
  };
}
