// loadInput, as the CLI calls it: name, text, format and warnings for a path
// or standard input.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { loadInput } from '../../src/input/load.js';
import { DEFAULT_MAX_BYTES } from '../../src/input/read-file.js';
import { ROOT, SEED_ARTICLE } from '../helpers/articles.js';
import { scratchFolder } from './scratch.js';

const { file } = scratchFolder('load');
const options = { maxBytes: DEFAULT_MAX_BYTES };

describe('loadInput', () => {
  it('loads each kind of file with its format', async () => {
    expect(await loadInput(SEED_ARTICLE, options)).toMatchObject({ name: SEED_ARTICLE, format: 'text', warnings: [] });
    const page = join(ROOT, 'test/fixtures/html/voa-2018-07-15-china-military-ties-africa.html');
    expect(await loadInput(page, options)).toMatchObject({ name: page, format: 'html' });
    const post = join(ROOT, 'test/fixtures/markdown/voa-2018-12-14-us-africa-strategy-bolton.md');
    expect(await loadInput(post, options)).toMatchObject({ name: post, format: 'markdown' });
  });

  it('reads a legacy page in the charset its meta tag declares, without a warning', async () => {
    const page = join(ROOT, 'test/fixtures/html/wikinews-2020-03-14-who-declares-pandemic.html');
    const input = await loadInput(page, options);
    expect(input.warnings).toEqual([]);
    expect(input.text).toContain('COVID-19 — the disease');
  });

  it('reads a file: URL as the path it names', async () => {
    expect(await loadInput(pathToFileURL(SEED_ARTICLE).href, options)).toMatchObject({ name: SEED_ARTICLE, format: 'text' });
  });

  it('detects the format of standard input from its content', async () => {
    const stdin = Readable.from([Buffer.from('<!doctype html><html><body><p>The council voted on Tuesday.</p></body></html>')]);
    expect(await loadInput('-', { ...options, stdin })).toMatchObject({ name: 'standard input', format: 'html' });
  });

  it('refuses an HTML file that holds no text', async () => {
    const path = file('blank.html', '<!doctype html><html><head><title>x</title><style>p{}</style></head><body><!-- ad --><div> &nbsp; </div></body></html>');
    const err = await loadInput(path, options).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toBe(`${path}: empty article (the page has no text)`);
  });
});
