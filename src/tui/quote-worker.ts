// The quote engine in a worker thread. The reader shows an article before
// its quotes are found; on a long article the engine runs for seconds, and
// in a worker it uses another core instead of the reader's, whose keys stay
// answered at once. The worker runs the same bundle as the CLI: the entry
// point starts serveQuotes instead of the CLI when it finds itself in one.
import { setPriority } from 'node:os';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Article, Person, Quote, QuoteAnalysis, QuoteKind } from '../core/model.js';
import { findQuotes } from '../pipeline.js';

const ROLE = 'quoted:quote-engine';
/** The engine thread's nice value: below the reader's, so keys go first. */
const WORKER_NICE = 10;

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

/**
 * An analysis as the worker sends it back: the people as they are (a few
 * hundred at most), the quotes as numbers in typed arrays, whose memory is
 * handed over rather than copied, and their texts as one string. A long
 * article has tens of thousands of quotes; the reader's thread would take
 * tens of milliseconds to copy that many objects out of a message, then as
 * long again to collect the garbage, holding up every key meanwhile. This
 * way the message is copied in a fraction of a millisecond and the quotes
 * are made from it a slice at a time (see unpackQuotes).
 */
export interface PackedAnalysis {
  people: Person[];
  count: number;
  /** Per quote, QUOTE_FIELDS numbers: see the F_ offsets. */
  fields: Int32Array<ArrayBuffer>;
  /** The speakers of each quote, in order, as indexes into `names`. */
  speakers: Int32Array<ArrayBuffer>;
  names: string[];
  /** Every quote's text, one after another (lengths in the fields). */
  text: string;
}

const KINDS: readonly QuoteKind[] = ['direct', 'partial', 'indirect', 'mention'];
const F_SECTION = 0;
const F_PARAGRAPH = 1;
const F_START = 2;
const F_END = 3;
const F_KIND = 4;
/** The statement's index, or -1 for null. */
const F_STATEMENT = 5;
/** The speaker's index in names, or -1 for null. */
const F_SPEAKER = 6;
const F_SPEAKERS = 7;
const F_TEXT = 8;
const QUOTE_FIELDS = 9;

export function packAnalysis({ people, quotes }: QuoteAnalysis): PackedAnalysis {
  const names: string[] = [];
  const index = new Map<string, number>();
  const nameIndex = (name: string) => {
    let i = index.get(name);
    if (i === undefined) {
      i = names.push(name) - 1;
      index.set(name, i);
    }
    return i;
  };
  const fields = new Int32Array(quotes.length * QUOTE_FIELDS);
  const speakers: number[] = [];
  const texts: string[] = [];
  quotes.forEach((q, i) => {
    const at = i * QUOTE_FIELDS;
    fields[at + F_SECTION] = q.section;
    fields[at + F_PARAGRAPH] = q.paragraph;
    fields[at + F_START] = q.start;
    fields[at + F_END] = q.end;
    fields[at + F_KIND] = KINDS.indexOf(q.kind);
    fields[at + F_STATEMENT] = q.statement ?? -1;
    fields[at + F_SPEAKER] = q.speaker === null ? -1 : nameIndex(q.speaker);
    fields[at + F_SPEAKERS] = q.speakers.length;
    fields[at + F_TEXT] = q.text.length;
    for (const name of q.speakers) speakers.push(nameIndex(name));
    texts.push(q.text);
  });
  return { people, count: quotes.length, fields, speakers: Int32Array.from(speakers), names, text: texts.join('') };
}

/** Where unpacking has got to: the next quote, and where its speakers and text start. */
export interface UnpackPlace {
  quote: number;
  speaker: number;
  text: number;
}

/** Makes the quotes of `packed` from `place` on into `out`, until `more()` says stop; true when all are made. */
export function unpackQuotes(packed: PackedAnalysis, out: Quote[], place: UnpackPlace, more: () => boolean): boolean {
  const { fields, speakers, names, text, count } = packed;
  while (place.quote < count) {
    const at = place.quote * QUOTE_FIELDS;
    const said: string[] = [];
    for (let k = 0; k < fields[at + F_SPEAKERS]; k++) said.push(names[speakers[place.speaker + k]]);
    const length = fields[at + F_TEXT];
    out.push({
      text: text.slice(place.text, place.text + length),
      speaker: fields[at + F_SPEAKER] === -1 ? null : names[fields[at + F_SPEAKER]],
      speakers: said,
      kind: KINDS[fields[at + F_KIND]],
      statement: fields[at + F_STATEMENT] === -1 ? null : fields[at + F_STATEMENT],
      section: fields[at + F_SECTION],
      paragraph: fields[at + F_PARAGRAPH],
      start: fields[at + F_START],
      end: fields[at + F_END],
    });
    place.quote++;
    place.speaker += said.length;
    place.text += length;
    // Checked every few quotes: reading the clock costs more than making one.
    if ((place.quote & 63) === 0 && !more()) return place.quote >= count;
  }
  return true;
}

/** The whole analysis of `packed`, at once. */
export function unpackAnalysis(packed: PackedAnalysis): QuoteAnalysis {
  const quotes: Quote[] = [];
  unpackQuotes(packed, quotes, { quote: 0, speaker: 0, text: 0 }, () => true);
  return { people: packed.people, quotes };
}

/** What the worker answers: the analysis, or why there is none. */
export type QuoteReply = { analysis: PackedAnalysis } | { error: string };

/** The workerData that makes the entry point serve quotes. */
export const quoteWorkerData = { role: ROLE };

/** Whether this thread is a quote worker (started with quoteWorkerData). */
export function isQuoteWorker(): boolean {
  return !isMainThread && (workerData as { role?: string } | null)?.role === ROLE;
}

/** Answer the one article the reader sends (its head, then its parts), then end. */
export function serveQuotes(): void {
  // On Linux a nice value is per thread: the engine yields the core to the reader's keys on a busy machine.
  try {
    setPriority(WORKER_NICE);
  } catch {
    // Not allowed or not supported: the engine runs at the reader's priority.
  }
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
    let transfer: ArrayBuffer[] = [];
    try {
      const analysis = packAnalysis(findQuotes(unpackArticle(head, parts)));
      reply = { analysis };
      transfer = [analysis.fields.buffer, analysis.speakers.buffer];
    } catch (err) {
      reply = { error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
    }
    // The typed arrays' memory moves to the reader's thread: nothing to copy.
    parentPort?.postMessage(reply, transfer);
  };
  parentPort?.on('message', receive);
}
