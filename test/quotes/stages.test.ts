// The quote engine's stages stay a one-way chain: each folder of src/quotes
// imports only from the stages before it, and only through their index.ts,
// and no word list is defined outside lexicon/.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../helpers/articles.js';

const QUOTES = join(ROOT, 'src', 'quotes');
const ORDER = ['lexicon', 'models', 'scan', 'phrases', 'mentions', 'cues', 'entities', 'attribution', 'people', '.'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? files(path) : f.endsWith('.ts') ? [path] : [];
  });
}

const stageOf = (path: string): string => {
  const rel = relative(QUOTES, path);
  return rel.includes('/') ? rel.slice(0, rel.indexOf('/')) : '.';
};

const all = files(QUOTES).map((path) => ({ path, stage: stageOf(path), text: readFileSync(path, 'utf8') }));

describe('the stages of src/quotes', () => {
  it('are the folders of the chain, each with one entry point', () => {
    const stages = new Set(all.map((f) => f.stage));
    for (const s of stages) expect(ORDER).toContain(s);
    for (const s of stages) if (s !== '.') expect(all.some((f) => f.path === join(QUOTES, s, 'index.ts'))).toBe(true);
  });

  it('import only from earlier stages, through their index.ts', () => {
    const wrong: string[] = [];
    for (const f of all) {
      for (const m of f.text.matchAll(/from '(\.[^']+)'/g)) {
        const target = join(f.path, '..', m[1]).replace(/\.js$/, '.ts');
        if (!target.startsWith(QUOTES)) continue;
        const to = stageOf(target);
        if (to === f.stage) continue;
        const viaIndex = target === join(QUOTES, to, 'index.ts');
        if (!viaIndex || ORDER.indexOf(to) > ORDER.indexOf(f.stage)) wrong.push(`${relative(QUOTES, f.path)} → ${m[1]}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('never import React or Ink', () => {
    for (const f of all) expect(f.text).not.toMatch(/from '(?:react|ink)'/);
  });

  it('define word lists only in lexicon/', () => {
    // A Set or Map built from a literal list of lower-case words.
    const list = /new (?:Set|Map)\(\[\s*\[?'[a-z]/;
    const outside = all.filter((f) => f.stage !== 'lexicon' && list.test(f.text)).map((f) => relative(QUOTES, f.path));
    expect(outside).toEqual([]);
  });
});
