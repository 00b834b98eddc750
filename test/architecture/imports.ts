// The imports of source files, read from their text: for the tests of the
// layers and of the declared dependencies.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ROOT } from '../helpers/articles.js';

export function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\b(\s+type\b)?[^;'"]*?from\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/**
 * What `file` imports: relative imports resolved to source files, and the
 * packages it loads when it runs (an `import type` loads nothing), or with
 * `types`, every package it names.
 */
export function importsOf(file: string, { types = false } = {}): { files: string[]; packages: string[] } {
  const files: string[] = [];
  const packages: string[] = [];
  for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
    const spec = m[2] ?? m[3];
    if (!spec.startsWith('.')) {
      if (types || !m[1]) packages.push(spec);
      continue;
    }
    const base = resolve(dirname(file), spec).replace(/\.js$/, '');
    const target = [`${base}.ts`, `${base}.tsx`].find((p) => statSync(p, { throwIfNoEntry: false })?.isFile());
    if (!target) throw new Error(`${relative(ROOT, file)}: cannot resolve ${spec}`);
    files.push(target);
  }
  return { files, packages };
}
