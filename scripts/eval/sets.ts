// The evaluation sets: the gold set and the development sets, which are read
// and tuned on, and the blind sets, which are only ever scored as a whole.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildModel } from '../../src/pipeline.js';
import { addCounts, emptyCounts, scoreArticle, type ArticleScore, type Counts, type GoldFile } from './score.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Sets the engine is developed on, in the order they were written. */
export const DEVELOPMENT_SETS = [
  'gold',
  'heldout',
  'dev',
  'dev2',
  'dev3',
  'dev4',
  'dev5',
  'dev6',
  'dev7',
  'dev8',
  'dev9',
  'dev10',
  'dev11',
  'dev12',
  'dev13',
  'dev14',
  'dev15',
  'dev16',
];
/** Sets nobody tunes on: overall figures only. */
export const BLIND_SETS = ['blind', 'blind2', 'blind3'];

export const setDir = (name: string): string => join(ROOT, 'test', name);

/** The article beside a gold file, or in articles/ for the gold set. */
export function articleFor(dir: string, slug: string): string | null {
  for (const path of [join(dir, `${slug}.txt`), join(ROOT, 'articles', `${slug}.txt`)]) if (existsSync(path)) return path;
  return null;
}

/** Each article of a set folder with its gold file read, in name order; articles without text are left out. */
export function setArticles<G>(dir: string): { slug: string; text: string; gold: G }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .flatMap((file) => {
      const slug = file.replace(/\.gold\.json$/, '');
      const path = articleFor(dir, slug);
      if (!path) return [];
      return [{ slug, text: readFileSync(path, 'utf8'), gold: JSON.parse(readFileSync(join(dir, file), 'utf8')) as G }];
    });
}

/** Every article of a set folder with its gold, scored. */
export function scoreSet(dir: string): { slug: string; score: ArticleScore }[] {
  return setArticles<GoldFile>(dir).map(({ slug, text, gold }) => ({ slug, score: scoreArticle(buildModel(text), gold) }));
}

export function totalOf(scores: { score: ArticleScore }[]): Counts {
  return scores.reduce((t, s) => addCounts(t, s.score.counts), emptyCounts());
}
