// The parser's structure against the gold files: title, byline, date,
// sections, paragraph count (exact) and the boilerplate lines set aside.
// `npm run eval -- --structure` prints a line per set; the development sets
// also list each article's mismatches, the blind sets only their overall line.
import type { Article } from '../../src/core/model.js';
import { readArticle } from '../../src/pipeline.js';
import { setArticles } from './sets.js';

export interface StructureGold {
  title: string | null;
  byline: string | null;
  date: string | null;
  sections: (string | null)[];
  paragraphs: number;
  boilerplate: string[];
}

export interface StructureCounts {
  articles: number;
  title: number;
  byline: number;
  date: number;
  sections: number;
  paragraphs: number;
  /** Distinct boilerplate lines in gold, given by the parser, and given that gold has. */
  boilerplateGold: number;
  boilerplateGiven: number;
  boilerplateMatched: number;
}

export const emptyStructureCounts = (): StructureCounts => ({
  articles: 0,
  title: 0,
  byline: 0,
  date: 0,
  sections: 0,
  paragraphs: 0,
  boilerplateGold: 0,
  boilerplateGiven: 0,
  boilerplateMatched: 0,
});

// The parser drops zero-width characters and folds runs of spaces; compare so.
export const clean = (s: string | null): string | null =>
  s === null
    ? null
    : s
        .replace(/[\u200b\u200c\u2060\ufeff]/g, '')
        .replace(/\s+/g, ' ')
        .trim();

const shown = (s: string | null): string => (s === null ? 'null' : JSON.stringify(s.length > 90 ? `${s.slice(0, 87)}…` : s));

/** One article's structure scored, with a line for each field that is wrong. */
export function scoreStructure(article: Article, gold: StructureGold): { counts: StructureCounts; mismatches: string[] } {
  const counts = emptyStructureCounts();
  const mismatches: string[] = [];
  counts.articles = 1;
  const field = (name: 'title' | 'byline' | 'date', got: string | null, want: string | null) => {
    if (clean(got) === clean(want)) counts[name]++;
    else mismatches.push(`${name.padEnd(11)} gold ${shown(want)}, got ${shown(got)}`);
  };
  field('title', article.title, gold.title);
  field('byline', article.byline, gold.byline);
  field('date', article.date, gold.date);

  const sections = article.sections.map((s) => clean(s.title));
  const goldSections = gold.sections.map(clean);
  if (sections.length === goldSections.length && sections.every((s, i) => s === goldSections[i])) counts.sections++;
  else mismatches.push(`sections    gold ${goldSections.map(shown).join(', ')}; got ${sections.map(shown).join(', ')}`);

  const paragraphs = article.sections.reduce((n, s) => n + s.paragraphs.length, 0);
  if (paragraphs === gold.paragraphs) counts.paragraphs++;
  else mismatches.push(`paragraphs  gold ${gold.paragraphs}, got ${paragraphs}`);

  // Lines compare as sets: annotators list a line the page repeats ("Advertisement") once.
  const given = new Set(article.boilerplate.map((l) => clean(l)!));
  const wanted = new Set(gold.boilerplate.map((l) => clean(l)!));
  counts.boilerplateGold = wanted.size;
  counts.boilerplateGiven = given.size;
  for (const line of wanted) {
    if (given.has(line)) counts.boilerplateMatched++;
    else mismatches.push(`boiler kept ${shown(line)}`);
  }
  for (const line of given) if (!wanted.has(line)) mismatches.push(`boiler extra ${shown(line)}`);
  return { counts, mismatches };
}

export function addStructureCounts(a: StructureCounts, b: StructureCounts): StructureCounts {
  const sum = emptyStructureCounts();
  for (const key of Object.keys(sum) as (keyof StructureCounts)[]) sum[key] = a[key] + b[key];
  return sum;
}

/** Every article of a set folder scored for structure. */
export function structureOfSet(dir: string): { slug: string; counts: StructureCounts; mismatches: string[] }[] {
  return setArticles<StructureGold>(dir).map(({ slug, text, gold }) => ({ slug, ...scoreStructure(readArticle(text), gold) }));
}

const ratio = (n: number, d: number): string => (d === 0 ? '  -  ' : (n / d).toFixed(3));

/** The figures of a set on one line. */
export function structureLine(name: string, c: StructureCounts): string {
  return [
    name.padEnd(30).slice(0, 30),
    `n ${String(c.articles).padStart(2)}`,
    `title ${ratio(c.title, c.articles)}`,
    `byline ${ratio(c.byline, c.articles)}`,
    `date ${ratio(c.date, c.articles)}`,
    `paras ${ratio(c.paragraphs, c.articles)}`,
    `sections ${ratio(c.sections, c.articles)}`,
    `boiler R ${ratio(c.boilerplateMatched, c.boilerplateGold)} P ${ratio(c.boilerplateMatched, c.boilerplateGiven)}`,
    `(${c.boilerplateMatched}/${c.boilerplateGold}, ${c.boilerplateGiven} given)`,
  ].join('  ');
}

/**
 * Print a set's structure: its overall line, and with `misses` each article's
 * mismatches. Never pass `misses` for a blind set.
 */
export function printStructure(name: string, dir: string, misses: boolean): StructureCounts | null {
  const scores = structureOfSet(dir);
  if (scores.length === 0) return null;
  const total = scores.reduce((t, s) => addStructureCounts(t, s.counts), emptyStructureCounts());
  console.log(structureLine(`OVERALL ${name}`, total));
  if (misses) {
    for (const { slug, mismatches } of scores) {
      if (mismatches.length > 0) console.log(`  ${slug}\n${mismatches.map((m) => `    ${m}`).join('\n')}`);
    }
  }
  return total;
}
