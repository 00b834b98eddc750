// The seed article's first frame shows its text, and its quotes are found
// right after it (issue 14): keys typed as soon as the text is up are read
// only once the quotes are in, so they act as they did when the quotes came
// first; and a place left with a speaker filter reopens with it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildModel } from '../../src/pipeline.js';
import { readFileSync } from 'node:fs';
import { SEED_ARTICLE } from '../helpers/articles.js';
import type { TerminalSession } from './harness.js';
import { KEYS } from './keys.js';
import { SEED_TITLE, startQuoted, statusBar } from './reader.js';

const first = buildModel(readFileSync(SEED_ARTICLE, 'utf8')).people[0].name;

let session: TerminalSession | null = null;
afterEach(() => session?.dispose());

describe('the first frame', () => {
  it('comes before the quotes, and keys typed at once act on them; a saved speaker filter reopens', async () => {
    const env = { XDG_STATE_HOME: mkdtempSync(join(tmpdir(), 'quoted-first-frame-')) };
    let s = (session = startQuoted([SEED_ARTICLE], { env }));
    await s.waitForFrame(SEED_TITLE);
    // The people panel, then its first person as the filter: typed before the panel can have filled.
    s.write(`${KEYS.tab}${KEYS.enter}`);
    await s.waitFor(() => statusBar(s).includes(`filter: ${first}`));
    expect(s.screen()).not.toContain('still finding the quotes');
    expect(s.screen()).toMatch(/Speakers \(\d+\)/);
    s.write('q');
    await s.waitForExit();
    s.dispose();
    s = session = startQuoted([SEED_ARTICLE], { env });
    await s.waitForFrame(() => statusBar(s).includes(`filter: ${first}`));
  });
});
