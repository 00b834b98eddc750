// Scoring one article's quotes and speakers against its gold annotation, by
// the usual overlap protocol of the field:
//  - a predicted quote matches a gold quote when it covers more than 30% of
//    the gold quote's characters; each prediction matches at most one gold;
//  - every direct or partial prediction counts, with or without a speaker: a
//    quote with no speaker is a wrong speaker, and one that matches no gold
//    quote is a false positive; predictions of kind "mention" (quoted words
//    that are nobody's speech) are not quotes and are left out;
//  - gold mentions (version 2 sets) are not quotes either: a prediction that
//    covers one is a false positive unless it is a mention, which the
//    separate mention figure counts;
//  - speakers compare case-insensitively, by alias, and a surname alone counts;
//    an unnamed speaker's description matches with or without its trailing clause;
//    a joint quote's speaker is right when it is any of its speakers;
//  - reported speech is scored by paragraph: gold lists each paragraph with
//    reported speech once per speaker, and each (paragraph, speaker) the
//    engine reports is right or a false positive.
import type { ArticleModel, Quote } from '../../src/core/model.js';
import { nameKey } from '../../src/quotes/mentions/index.js';

export interface GoldPerson {
  name: string;
  role?: string | null;
  type?: string;
  aliases: string[];
}

export interface GoldQuote {
  text: string;
  speaker: string | null;
  speakers?: string[];
  kind: string;
}

export interface GoldFile {
  people: GoldPerson[];
  quotes: GoldQuote[];
  reported: { paragraph: string; speaker: string | null; speakers?: string[] }[];
}

export interface Counts {
  gold: number;
  predicted: number;
  matched: number;
  speakerRight: number;
  goldPeople: number;
  predictedPeople: number;
  peopleMatched: number;
  /** Matched people whose gold entry has a type, and those whose type the engine gives right. */
  typed: number;
  typeRight: number;
  reportedGold: number;
  reportedHit: number;
  reportedPredicted: number;
  reportedRight: number;
  /** Gold mentions, and those the engine marks as mentions. */
  mentionsGold: number;
  mentionsFound: number;
}

export interface ArticleScore {
  counts: Counts;
  missed: { text: string; speaker: string | null }[];
  wrongSpeaker: { text: string; gold: string | null; predicted: string | null }[];
  spurious: { text: string; speaker: string | null }[];
  reportedMissed: { paragraph: string; gold: string | null; predicted: string[] }[];
  reportedSpurious: { paragraph: string; speaker: string | null }[];
  peopleMissed: string[];
  peopleSpurious: string[];
  wrongType: { name: string; gold: string; predicted: string }[];
  unlocated: string[];
}

const lastWord = (key: string): string => key.slice(key.lastIndexOf(' ') + 1);

/** Whether a predicted speaker name is this gold person: name, alias, or the surname alone. */
export function sameSpeaker(predicted: string | null, gold: GoldPerson | null): boolean {
  if (predicted === null || gold === null) return predicted === null && gold === null;
  const p = nameKey(predicted);
  const forms = [gold.name, ...gold.aliases].map(nameKey);
  if (forms.includes(p)) return true;
  if (!p.includes(' ') && forms.some((f) => f.includes(' ') && lastWord(f) === p)) return true;
  return [gold.name, ...gold.aliases].some((g) => sameDescription(predicted, g));
}

// How far annotators spell out an unnamed speaker differs: "One European player" or "European
// player", "senior engineer" or "senior engineer who asked not to be named". Two descriptions
// (ending on a common noun, after a leading article or count) agree when one is the other plus a clause or a
// phrase that says where the person belongs.
const LEAD = /^(?:the|a|an|one|another)\s+/i;
// A reduced relative clause is a clause too (scorer v2.2): "person briefed on the results" = "person".
const TAIL = /^ (?:who|that|which|whose|on|at|in|from|of|with|for|familiar|\p{Ll}+(?:ed|ing) (?:on|by|among|for|to|with|in|at|from|about))\b/u;

export function sameDescription(a: string, b: string): boolean {
  const x = a.replace(LEAD, '');
  const y = b.replace(LEAD, '');
  const [s, l] = x.length <= y.length ? [x, y] : [y, x];
  // A description ends on a common noun: "European player", not "Cook County".
  if (!/(?:^|\s)\p{Ll}[\p{L}-]*$/u.test(s)) return false;
  const [short, long] = [s.toLowerCase(), l.toLowerCase()];
  return short === long || (long.startsWith(short) && TAIL.test(long.slice(short.length)));
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
    const variants = [
      squash(raw),
      squash(raw)
        .replace(/^[.…\s]+/, '')
        .replace(/[\s.,;:!?"“”]+$/, ''),
    ].filter((v) => v.length > 0);
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

/** Pairs of gold and predicted spans that overlap by more than 30% of the gold, largest share first, each side once. */
function pair(gold: (Located | null)[], predicted: Located[]): Map<number, number> {
  const pairs: { g: number; p: number; share: number }[] = [];
  gold.forEach((loc, g) => {
    if (!loc) return;
    predicted.forEach((q, p) => {
      const share = overlap(loc, q) / (loc.end - loc.start);
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
  return goldTaken;
}

/** The names a gold quote or reported entry accepts: its speaker, or any of its joint speakers. */
const goldNames = (g: { speaker: string | null; speakers?: string[] }): (string | null)[] => (g.speakers && g.speakers.length > 0 ? g.speakers : [g.speaker]);

export function scoreArticle(model: ArticleModel, gold: GoldFile): ArticleScore {
  const byName = new Map(gold.people.map((p) => [p.name, p]));
  const goldPerson = (name: string | null): GoldPerson | null => (name === null ? null : (byName.get(name) ?? { name, aliases: [] }));
  const accepts = (g: { speaker: string | null; speakers?: string[] }, predicted: string | null): boolean =>
    goldNames(g).some((n) => sameSpeaker(predicted, goldPerson(n)));
  const { texts, where } = flatten(model);
  const goldQuotes = gold.quotes.filter((q) => q.kind !== 'mention');
  const goldMentions = gold.quotes.filter((q) => q.kind === 'mention');
  const located = locateGold(
    texts,
    goldQuotes.map((q) => q.text),
  );
  const predictions = model.quotes.filter((q) => q.kind === 'direct' || q.kind === 'partial');
  const goldTaken = pair(located, predictions.map(where));
  const predTaken = new Set(goldTaken.values());

  const score: ArticleScore = {
    counts: {
      gold: goldQuotes.length,
      predicted: predictions.length,
      matched: goldTaken.size,
      speakerRight: 0,
      goldPeople: gold.people.length,
      predictedPeople: model.people.length,
      peopleMatched: 0,
      typed: 0,
      typeRight: 0,
      reportedGold: gold.reported.length,
      reportedHit: 0,
      reportedPredicted: 0,
      reportedRight: 0,
      mentionsGold: goldMentions.length,
      mentionsFound: 0,
    },
    missed: [],
    wrongSpeaker: [],
    spurious: [],
    reportedMissed: [],
    reportedSpurious: [],
    peopleMissed: [],
    peopleSpurious: [],
    wrongType: [],
    unlocated: goldQuotes.filter((_, g) => !located[g]).map((q) => q.text),
  };
  goldQuotes.forEach((q, g) => {
    const p = goldTaken.get(g);
    if (p === undefined) {
      score.missed.push({ text: q.text, speaker: q.speaker });
      return;
    }
    const predicted = predictions[p].speaker;
    if (accepts(q, predicted)) score.counts.speakerRight++;
    else score.wrongSpeaker.push({ text: q.text, gold: q.speaker, predicted });
  });
  predictions.forEach((q, p) => {
    if (!predTaken.has(p)) score.spurious.push({ text: q.text, speaker: q.speaker });
  });

  // Mentions: a gold mention the engine marks as one.
  const mentions = model.quotes.filter((q) => q.kind === 'mention');
  score.counts.mentionsFound = pair(
    locateGold(
      texts,
      goldMentions.map((q) => q.text),
    ),
    mentions.map(where),
  ).size;

  // People: each listed person stands for at most one gold speaker.
  const peopleTaken = new Set<number>();
  for (const person of model.people) {
    const g = gold.people.findIndex((gp, k) => !peopleTaken.has(k) && sameSpeaker(person.name, gp));
    if (g < 0) {
      score.peopleSpurious.push(person.name);
      continue;
    }
    peopleTaken.add(g);
    const type = gold.people[g].type;
    if (type === undefined) continue;
    score.counts.typed++;
    if (person.type === type) score.counts.typeRight++;
    else score.wrongType.push({ name: person.name, gold: type, predicted: person.type });
  }
  score.counts.peopleMatched = peopleTaken.size;
  score.peopleMissed = gold.people.filter((_, k) => !peopleTaken.has(k)).map((p) => p.name);

  // Reported speech, by paragraph: an indirect quote there must name the speaker.
  const paragraphOf = (opening: string): number => texts.findIndex((t) => squash(t).startsWith(squash(opening)));
  const goldAt = gold.reported.map((r) => paragraphOf(r.paragraph));
  for (const [k, r] of gold.reported.entries()) {
    const paragraph = goldAt[k];
    const said = model.quotes
      .filter((q) => q.kind === 'indirect' && where(q).paragraph === paragraph)
      .flatMap((q) => (q.speakers.length > 0 ? q.speakers : [q.speaker]));
    if (paragraph >= 0 && said.some((s) => accepts(r, s))) score.counts.reportedHit++;
    else score.reportedMissed.push({ paragraph: r.paragraph, gold: r.speaker, predicted: said.map((s) => s ?? '(none)') });
  }
  // Each (paragraph, speaker) reported once, right when gold lists that speaker there.
  const reportedPairs = new Map<string, { paragraph: number; speaker: string | null }>();
  for (const q of model.quotes) {
    if (q.kind !== 'indirect') continue;
    const paragraph = where(q).paragraph;
    for (const speaker of q.speakers.length > 0 ? q.speakers : [q.speaker]) reportedPairs.set(`${paragraph}\u0000${speaker}`, { paragraph, speaker });
  }
  for (const { paragraph, speaker } of reportedPairs.values()) {
    score.counts.reportedPredicted++;
    if (gold.reported.some((r, k) => goldAt[k] === paragraph && accepts(r, speaker))) score.counts.reportedRight++;
    else score.reportedSpurious.push({ paragraph: texts[paragraph].slice(0, 50), speaker });
  }
  return score;
}

export function emptyCounts(): Counts {
  return {
    gold: 0,
    predicted: 0,
    matched: 0,
    speakerRight: 0,
    goldPeople: 0,
    predictedPeople: 0,
    peopleMatched: 0,
    typed: 0,
    typeRight: 0,
    reportedGold: 0,
    reportedHit: 0,
    reportedPredicted: 0,
    reportedRight: 0,
    mentionsGold: 0,
    mentionsFound: 0,
  };
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
  /** Share of gold reported-speech paragraphs with the right speaker (recall). */
  reported: number;
  reportedP: number;
  reportedF1: number;
  /** Share of matched people of the right type, where gold gives types. */
  typeAccuracy: number;
  /** Share of gold mentions marked as mentions. */
  mentions: number;
}

export function measures(c: Counts): Measures {
  const quoteP = ratio(c.matched, c.predicted);
  const quoteR = ratio(c.matched, c.gold);
  const reported = ratio(c.reportedHit, c.reportedGold);
  const reportedP = ratio(c.reportedRight, c.reportedPredicted);
  return {
    quoteP,
    quoteR,
    quoteF1: f1(quoteP, quoteR),
    speakerAccuracy: ratio(c.speakerRight, c.matched),
    endToEndF1: f1(ratio(c.speakerRight, c.predicted), ratio(c.speakerRight, c.gold)),
    peopleF1: f1(ratio(c.peopleMatched, c.predictedPeople), ratio(c.peopleMatched, c.goldPeople)),
    reported,
    reportedP,
    reportedF1: f1(reportedP, reported),
    typeAccuracy: ratio(c.typeRight, c.typed),
    mentions: ratio(c.mentionsFound, c.mentionsGold),
  };
}
