// The articles in articles/ and their gold files in test/gold/, for tests.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { StructureGold } from '../../scripts/eval/structure.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ARTICLES_DIR = join(ROOT, 'articles');
export const GOLD_DIR = join(ROOT, 'test', 'gold');
/** Hand-written articles in other house styles, never tuned on (see its README). */
export const HELDOUT_DIR = join(ROOT, 'test', 'heldout');
/** A second development set of everyday news (see its README). */
export const DEV_DIR = join(ROOT, 'test', 'dev');
export const DEV2_DIR = join(ROOT, 'test', 'dev2');
export const DEV3_DIR = join(ROOT, 'test', 'dev3');
export const DEV4_DIR = join(ROOT, 'test', 'dev4');
export const DEV5_DIR = join(ROOT, 'test', 'dev5');
export const SEED_ARTICLE = join(ARTICLES_DIR, 'voa-2022-02-04-white-house-putin-xi.txt');
export const CLI = join(ROOT, 'dist', 'cli.js');

export interface GoldPerson {
  name: string;
  role: string | null;
  aliases: string[];
}

// The header fields are the structure score's own (scripts/eval/structure.ts).
export interface Gold extends StructureGold {
  people: GoldPerson[];
  quotes: { text: string; speaker: string | null; kind: 'direct' | 'partial' }[];
  reported: { paragraph: string; speaker: string | null }[];
}

export interface GoldArticle {
  slug: string;
  articlePath: string;
  goldPath: string;
  text: string;
  gold: Gold;
}

/** Every .txt article in articles/. */
export function listArticles(): { slug: string; path: string; text: string }[] {
  return readdirSync(ARTICLES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const path = join(ARTICLES_DIR, f);
      return { slug: f.replace(/\.txt$/, ''), path, text: readFileSync(path, 'utf8') };
    });
}

/** Every article that has a gold file, with the gold parsed. */
export function listGoldArticles(goldDir = GOLD_DIR, articlesDir = ARTICLES_DIR): GoldArticle[] {
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const slug = f.replace(/\.gold\.json$/, '');
      const articlePath = join(articlesDir, `${slug}.txt`);
      const goldPath = join(goldDir, f);
      return {
        slug,
        articlePath,
        goldPath,
        text: readFileSync(articlePath, 'utf8'),
        gold: JSON.parse(readFileSync(goldPath, 'utf8')) as Gold,
      };
    });
}
