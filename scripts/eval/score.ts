// Scoring one article's quotes and speakers against its gold annotation.
// The rules are the ones issue 3 sets:
//  - a predicted quote matches a gold quote when it covers more than 30% of
//    the gold quote's characters; each prediction matches at most one gold;
//  - speakers compare case-insensitively, and a surname alone counts;
//  - indirect predictions are scored only through the gold `reported` list;
//  - a prediction with speaker null is a span declared not to be a quote.
import type { ArticleModel, Quote } from '../../src/article/model.js';
import { nameKey } from '../../src/quotes/mentions/index.js';

export interface GoldPerson {
  name: string;
  role?: string | null;
  aliases: string[];
}

export interface GoldFile {
  people: GoldPerson[];
  quotes: { text: string; speaker: string | null; kind: string }[];
  reported: { paragraph: string; speaker: string | null }[];
}

export interface Counts {
  gold: number;
  predicted: number;
  matched: number;
  speakerRight: number;
  goldPeople: number;
  predictedPeople: number;
  peopleMatched: number;
  reportedGold: number;
  reportedHit: number;
}

export interface ArticleScore {
  counts: Counts;
  missed: { text: string; speaker: string | null }[];
  wrongSpeaker: { text: string; gold: string | null; predicted: string | null }[];
  spurious: { text: string; speaker: string | null }[];
  reportedMissed: { paragraph: string; gold: string | null; predicted: string[] }[];
  peopleMissed: string[];
  peopleSpurious: string[];
  unlocated: string[];
}

const lastWord = (key: string): string => key.slice(key.lastIndexOf(' ') + 1);

/** Whether a predicted speaker name is this gold person: name, alias, or the surname alone. */
export function sameSpeaker(predicted: string | null, gold: GoldPerson | null): boolean {
  if (predicted === null || gold === null) return predicted === null && gold === null;
  const p = nameKey(predicted);
  const forms = [gold.name, ...gold.aliases].map(nameKey);
  if (forms.includes(p)) return true;
  return !p.includes(' ') && forms.some((f) => f.includes(' ') && lastWord(f) === p);
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

interface Located {
  paragraph: number;
  start: number;
  end: number;
}

/** Find each gold quote in the article's paragraphs, in reading order. */
export function locateGold(paragraphs: string[], quotes: string[]): (Located | null)[] {
  let cursor = { paragraph: 0, offset: 0 };
  return quotes.map((raw) => {
    const variants = [squash(raw), squash(raw).replace(/^[.…\s]+/, '').replace(/[\s.,;:!?"“”]+$/, '')].filter((v) => v.length > 0);
    const search = (from: { paragraph: number; offset: number }): Located | null => {
      for (const v of variants) {
        for (let i = from.paragraph; i < paragraphs.length; i++) {
          const at = paragraphs[i].indexOf(v, i === from.paragraph ? from.offset : 0);
          if (at >= 0) return { paragraph: i, start: at, end: at + v.length };
        }
      }
      return null;
    };
    const found = search(cursor) ?? search({ paragraph: 0, offset: 0 });
    if (found) cursor = { paragraph: found.paragraph, offset: found.start + 1 };
    return found;
  });
}

function overlap(a: Located, b: Located): number {
  if (a.paragraph !== b.paragraph) return 0;
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** The paragraphs of a model in reading order, and where each quote of it stands among them. */
function flatten(model: ArticleModel): { texts: string[]; where: (q: Quote) => Located } {
  const offsets: number[] = [];
  const texts: string[] = [];
  model.sections.forEach((s) => {
    offsets.push(texts.length);
    texts.push(...s.paragraphs);
  });
  return { texts, where: (q) => ({ paragraph: offsets[q.section] + q.paragraph, start: q.start, end: q.end }) };
}

export function scoreArticle(model: ArticleModel, gold: GoldFile): ArticleScore {
  const byName = new Map(gold.people.map((p) => [p.name, p]));
  const goldPerson = (name: string | null): GoldPerson | null => (name === null ? null : byName.get(name) ?? { name, aliases: [] });
  const { texts, where } = flatten(model);
  const located = locateGold(texts, gold.quotes.map((q) => q.text));
  const predictions = model.quotes.filter((q) => q.kind !== 'indirect' && q.speaker !== null);

  // Pair gold and predicted quotes, largest share of the gold quote covered first.
  const pairs: { g: number; p: number; share: number }[] = [];
  located.forEach((loc, g) => {
    if (!loc) return;
    predictions.forEach((q, p) => {
      const share = overlap(loc, where(q)) / (loc.end - loc.start);
      if (share > 0.3) pairs.push({ g, p, share });
    });
  });
  pairs.sort((a, b) => b.share - a.share);
  const goldTaken = new Map<number, number>();
  const predTaken = new Set<number>();
  for (const { g, p } of pairs) {
    if (goldTaken.has(g) || predTaken.has(p)) continue;
    goldTaken.set(g, p);
    predTaken.add(p);
  }

  const score: ArticleScore = {
    counts: {
      gold: gold.quotes.length, predicted: predictions.length, matched: goldTaken.size, speakerRight: 0,
      goldPeople: gold.people.length, predictedPeople: model.people.length, peopleMatched: 0,
      reportedGold: gold.reported.length, reportedHit: 0,
    },
    missed: [], wrongSpeaker: [], spurious: [], reportedMissed: [], peopleMissed: [], peopleSpurious: [],
    unlocated: gold.quotes.filter((_, g) => !located[g]).map((q) => q.text),
  };
  gold.quotes.forEach((q, g) => {
    const p = goldTaken.get(g);
    if (p === undefined) {
      score.missed.push({ text: q.text, speaker: q.speaker });
      return;
    }
    const predicted = predictions[p].speaker;
    if (sameSpeaker(predicted, goldPerson(q.speaker))) score.counts.speakerRight++;
    else score.wrongSpeaker.push({ text: q.text, gold: q.speaker, predicted });
  });
  predictions.forEach((q, p) => {
    if (!predTaken.has(p)) score.spurious.push({ text: q.text, speaker: q.speaker });
  });

  // People: each listed person stands for at most one gold speaker.
  const peopleTaken = new Set<number>();
  for (const person of model.people) {
    const g = gold.people.findIndex((gp, k) => !peopleTaken.has(k) && sameSpeaker(person.name, gp));
    if (g >= 0) peopleTaken.add(g);
    else score.peopleSpurious.push(person.name);
  }
  score.counts.peopleMatched = peopleTaken.size;
  score.peopleMissed = gold.people.filter((_, k) => !peopleTaken.has(k)).map((p) => p.name);

  // Reported speech, by paragraph: an indirect quote there must name the speaker.
  for (const r of gold.reported) {
    const opening = squash(r.paragraph);
    const paragraph = texts.findIndex((t) => squash(t).startsWith(opening));
    const said = model.quotes.filter((q) => q.kind === 'indirect' && where(q).paragraph === paragraph).map((q) => q.speaker);
    if (paragraph >= 0 && said.some((s) => sameSpeaker(s, goldPerson(r.speaker)))) score.counts.reportedHit++;
    else score.reportedMissed.push({ paragraph: r.paragraph, gold: r.speaker, predicted: said.map((s) => s ?? '(none)') });
  }
  return score;
}

export function emptyCounts(): Counts {
  return { gold: 0, predicted: 0, matched: 0, speakerRight: 0, goldPeople: 0, predictedPeople: 0, peopleMatched: 0, reportedGold: 0, reportedHit: 0 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  const out = { ...a };
  for (const k of Object.keys(b) as (keyof Counts)[]) out[k] += b[k];
  return out;
}

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export interface Measures {
  quoteP: number;
  quoteR: number;
  quoteF1: number;
  speakerAccuracy: number;
  endToEndF1: number;
  peopleF1: number;
  reported: number;
}

export function measures(c: Counts): Measures {
  const quoteP = ratio(c.matched, c.predicted);
  const quoteR = ratio(c.matched, c.gold);
  return {
    quoteP,
    quoteR,
    quoteF1: f1(quoteP, quoteR),
    speakerAccuracy: ratio(c.speakerRight, c.matched),
    endToEndF1: f1(ratio(c.speakerRight, c.predicted), ratio(c.speakerRight, c.gold)),
    peopleF1: f1(ratio(c.peopleMatched, c.predictedPeople), ratio(c.peopleMatched, c.goldPeople)),
    reported: ratio(c.reportedHit, c.reportedGold),
  };
}
