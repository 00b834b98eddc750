// dist/cli.js is built with start-up work moved out of the way (packages
// loaded on first use, fast paths before string-width and wrap-ansi; see
// scripts/build.mjs). What it prints must not change: the bundle gives the
// model the source gives, for text, Markdown and HTML (which runs on the
// packages the bundle loads lazily).
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseArticle, type Format } from '../../src/article/parse.js';
import { loadInput } from '../../src/input/load.js';
import { withQuotes } from '../../src/model.js';
import { ARTICLES_DIR, SEED_ARTICLE } from '../helpers/articles.js';

const ROOT = join(ARTICLES_DIR, '..');
const FIXTURES = join(ROOT, 'test', 'fixtures');

const inputs: { path: string; format: Format }[] = [
  { path: SEED_ARTICLE, format: 'text' },
  ...['html', 'markdown'].flatMap((dir) =>
    readdirSync(join(FIXTURES, dir)).map((f) => ({ path: join(FIXTURES, dir, f), format: (dir === 'html' ? 'html' : 'markdown') as Format })),
  ),
];

describe('the bundle', () => {
  test.each(inputs)('prints the model the source builds: $path', async ({ path, format }) => {
    const printed = JSON.parse(execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), '--json', path], { encoding: 'utf8' }));
    const input = await loadInput(path, { maxBytes: 1 << 24 });
    expect(input.format).toBe(format);
    const model = withQuotes(parseArticle(input.text, input.format));
    expect(printed).toEqual(JSON.parse(JSON.stringify(model)));
  });
});
