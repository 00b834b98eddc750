// Large articles for the benchmark, made at run time in a temporary folder by
// repeating the articles in articles/ after the seed article (so its title,
// byline and sections come first). Never committed.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MB } from './stats.js';

export const ROOT = new URL('../', import.meta.url).pathname;
export const ARTICLES = join(ROOT, 'articles');
export const SEED = join(ARTICLES, 'voa-2022-02-04-white-house-putin-xi.txt');
/** The build timed: dist/ as `npm run build` makes it, or a copy of one named by QUOTED_BENCH_DIST (to time a build while dist/ is rebuilt). */
const DIST = process.env.QUOTED_BENCH_DIST || join(ROOT, 'dist');
export const CLI = join(DIST, 'cli.js');
/** The program dist/cli.js compiles (scripts/loader.cjs): stack traces and profiles name its lines. */
export const PROGRAM = join(DIST, 'program.js');

export interface Inputs {
  dir: string;
  /** Path of the article of about `mb` megabytes (MiB). */
  article(mb: number): string;
  remove(): void;
}

function buildText(bytes: number): string {
  const seed = readFileSync(SEED, 'utf8');
  const others = readdirSync(ARTICLES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(ARTICLES, f), 'utf8'));
  const parts = [seed];
  let size = Buffer.byteLength(seed);
  for (let i = 0; size < bytes; i++) {
    const next = others[i % others.length];
    parts.push(next);
    size += Buffer.byteLength(next) + 2;
  }
  return parts.join('\n\n');
}

export function makeInputs(): Inputs {
  const dir = mkdtempSync(join(tmpdir(), 'quoted-bench-'));
  const made = new Map<number, string>();
  return {
    dir,
    article(mb) {
      let path = made.get(mb);
      if (!path) {
        path = join(dir, `article-${mb}mb.txt`);
        writeFileSync(path, buildText(mb * MB));
        made.set(mb, path);
      }
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
