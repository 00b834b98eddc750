// Every package the shipped code imports is declared in package.json's
// dependencies, and not only present because something else pulls it in.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/articles.js';
import { importsOf, sources } from './imports.js';

const { dependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

/** The package a specifier names: `@scope/name` or `name`, without a subpath. */
const packageOf = (spec: string) =>
  spec
    .split('/')
    .slice(0, spec.startsWith('@') ? 2 : 1)
    .join('/');

describe('the dependencies', () => {
  it('declare every package that src/ and build/ink-patches/ import', () => {
    const undeclared: string[] = [];
    for (const file of [...sources(join(ROOT, 'src')), ...sources(join(ROOT, 'build', 'ink-patches'))]) {
      for (const spec of importsOf(file, { types: true }).packages) {
        const name = packageOf(spec);
        if (spec.startsWith('node:') || builtinModules.includes(name) || name in dependencies) continue;
        undeclared.push(`${relative(ROOT, file)}: ${spec}`);
      }
    }
    expect(undeclared).toEqual([]);
  });
});
