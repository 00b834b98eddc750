// The layers of README's flow hold: input → article → quotes → layout →
// tui/output. Each stage sees only core/ (the --json contract's types, the
// error type, control-character safety) and the stages before it that it
// needs; the stages themselves do not know each other: pipeline.ts joins
// them. A module imports from no layer above its own, nor from a stage
// beside it. The reducers stay pure: nothing they load reaches Ink or React.
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/articles.js';
import { importsOf, sources } from './imports.js';

const SRC = join(ROOT, 'src');

/** Each layer (a folder of src/, or pipeline.ts) and the layers it may import from besides its own. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  core: [],
  input: ['core'],
  article: ['core'],
  quotes: ['core'],
  'pipeline.ts': ['core', 'article', 'quotes'],
  layout: ['core'],
  // The people index across articles (issue 13) and the feeds it reads.
  feeds: ['core', 'input', 'index'],
  index: ['core', 'input', 'pipeline.ts', 'feeds'],
  output: ['core', 'layout', 'index'],
  tui: ['core', 'input', 'pipeline.ts', 'layout', 'output', 'index', 'feeds'],
  cli: ['core', 'input', 'pipeline.ts', 'output', 'tui', 'index', 'feeds'],
};

function layerOf(file: string): string {
  const layer = relative(SRC, file).split(/[\\/]/)[0];
  if (!(layer in MAY_IMPORT)) throw new Error(`${relative(SRC, file)} is in no layer: add it to MAY_IMPORT and to README's tree`);
  return layer;
}

const FILES = sources(SRC);

/** Whether `file` importing `target` breaks the layers: up, or across to a stage beside. */
function breaksLayers(file: string, target: string): boolean {
  const from = layerOf(file);
  const to = layerOf(target);
  return to !== from && !MAY_IMPORT[from].includes(to);
}

describe('the layers', () => {
  it('have every source file in one of them', () => {
    for (const file of FILES) expect(() => layerOf(file)).not.toThrow();
  });

  it('import only from their own layer or one they build on', () => {
    const broken: string[] = [];
    for (const file of FILES) {
      for (const target of importsOf(file).files) {
        if (breaksLayers(file, target)) broken.push(`${relative(SRC, file)} imports ${relative(SRC, target)}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('tell an import that breaks them from one that does not', () => {
    // The back edges issue 15 removed, as the check would see them.
    expect(breaksLayers(join(SRC, 'output', 'color.ts'), join(SRC, 'cli', 'args.ts'))).toBe(true);
    expect(breaksLayers(join(SRC, 'input', 'load.ts'), join(SRC, 'article', 'parse.ts'))).toBe(true);
    expect(breaksLayers(join(SRC, 'article', 'normalize.ts'), join(SRC, 'input', 'load.ts'))).toBe(true);
    // And the two the people index brought in: the index below the library and the printers.
    expect(breaksLayers(join(SRC, 'index', 'folder-sources.ts'), join(SRC, 'tui', 'library', 'catalog.ts'))).toBe(true);
    expect(breaksLayers(join(SRC, 'index', 'index-one.ts'), join(SRC, 'output', 'print.ts'))).toBe(true);
    expect(breaksLayers(join(SRC, 'cli', 'args.ts'), join(SRC, 'output', 'color.ts'))).toBe(false);
    expect(breaksLayers(join(SRC, 'tui', 'state.ts'), join(SRC, 'layout', 'view.ts'))).toBe(false);
  });
});

describe('the reducers', () => {
  /** Every package `file` loads, through its imports, static and dynamic. */
  function packagesLoaded(file: string): Set<string> {
    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (f: string) => {
      if (seen.has(f)) return;
      seen.add(f);
      const { files, packages: names } = importsOf(f);
      for (const name of names) packages.add(name);
      files.forEach(visit);
    };
    visit(file);
    return packages;
  }

  it.each(['tui/state.ts', 'tui/library/library-state.ts'])('%s loads neither Ink nor React', (path) => {
    const loaded = [...packagesLoaded(join(SRC, path))];
    expect(loaded.filter((p) => p === 'ink' || p === 'react' || p.startsWith('react/'))).toEqual([]);
  });
});
