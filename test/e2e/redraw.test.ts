// Issue 14, item 3, in a real terminal: frames written as only what changed
// (rows, cells, scroll regions) leave the screen exactly as whole frames do.
// Two readers run side by side on the seed article, one as it ships and one
// with QUOTED_REDRAW=full; each gets the same long random key sequence
// (seeded), at several sizes with resizes between them, and after each key
// the two screens must be the same cell for cell, cursor included.
import { afterEach, expect, it } from 'vitest';
import { SEED_ARTICLE } from '../helpers/articles.js';
import { firstDifference, screenState } from '../helpers/xterm-screen.js';
import type { TerminalSession } from './harness.js';
import { KEYS } from './keys.js';
import { restoredTerminal } from './restored.js';
import { SEED_TITLE, startQuoted } from './reader.js';

const sessions: TerminalSession[] = [];
afterEach(() => sessions.splice(0).forEach((s) => s.dispose()));

// Keys that move, jump, search, filter, hide and focus panes; none leaves the reader.
const KEY_CHOICES = [
  ...['j', 'j', 'j', 'j', 'k', 'k', ' ', 'b', 'd', 'u', 'g', 'G', ']', '[', '2', '3', 'n', 'N'],
  ...[KEYS.tab, KEYS.tab, 't', 'p', KEYS.escape, KEYS.enter, '/Putin\r', '&said\r', '&\r', '5j', '40%'],
];
// Three panes, the reader alone, the reader without borders, three panes again.
const SIZES: [number, number][] = [
  [120, 40],
  [80, 24],
  [50, 12],
  [104, 30],
];
const KEYS_PER_SIZE = 10;

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const QUIET_MS = 25;
/** How long a key may take to draw before it counts as one that draws nothing. */
const FIRST_OUTPUT_MS = 120;

/** Once both have drawn what `sentAt`'s key makes them draw: their screens must be the same. */
async function sameScreens(shipped: TerminalSession, whole: TerminalSession, sentAt: number, what: string): Promise<void> {
  const deadline = performance.now() + 8_000;
  let last = '';
  while (performance.now() < deadline) {
    await Promise.all([shipped.drawn(), whole.drawn()]);
    const now = performance.now();
    const drew = [shipped, whole].every((s) => s.lastOutputAt > sentAt) || now - sentAt > FIRST_OUTPUT_MS;
    const quiet = [shipped, whole].every((s) => now - s.lastOutputAt >= QUIET_MS);
    // The text first, which is cheap to read; every cell's style once the text agrees.
    if (drew && quiet && shipped.screen() === whole.screen()) {
      const [a, b] = [screenState(shipped.term), screenState(whole.term)];
      last = firstDifference(a, b);
      if (last === '') return;
    } else if (drew && quiet) last = 'the text';
    await sleep(10);
  }
  throw new Error(`after ${what} the screens differ: ${last}\nrow by row:\n${shipped.screen()}\nwhole:\n${whole.screen()}`);
}

it('a long random key sequence leaves the same screen as whole frames, at four sizes', async () => {
  const [cols, rows] = SIZES[0];
  const start = (env: NodeJS.ProcessEnv) => {
    const s = startQuoted([SEED_ARTICLE, '--no-resume'], { cols, rows, env });
    sessions.push(s);
    return s;
  };
  const shipped = start({ QUOTED_REDRAW: undefined });
  const whole = start({ QUOTED_REDRAW: 'full' });
  await Promise.all([shipped.waitForFrame(SEED_TITLE), whole.waitForFrame(SEED_TITLE)]);
  await sameScreens(shipped, whole, performance.now(), 'the first frame');

  const next = random(14);
  const typed: string[] = [];
  for (const [i, [c, r]] of SIZES.entries()) {
    if (i > 0) {
      const sentAt = performance.now();
      for (const s of [shipped, whole]) s.resize(c, r);
      await sameScreens(shipped, whole, sentAt, `a resize to ${c}x${r}`);
    }
    for (let k = 0; k < KEYS_PER_SIZE; k++) {
      const key = KEY_CHOICES[Math.floor(next() * KEY_CHOICES.length)];
      typed.push(JSON.stringify(key));
      const sentAt = performance.now();
      for (const s of [shipped, whole]) s.write(key);
      await sameScreens(shipped, whole, sentAt, `the keys ${typed.join(' ')} at ${c}x${r}`);
    }
  }

  // Far fewer bytes for the same screens, with scroll regions among them, each set back.
  expect(shipped.raw.length).toBeLessThan(whole.raw.length * 0.5);
  const regions = shipped.raw.match(/\u001b\[\d+;\d+r/g) ?? [];
  expect(regions.length).toBeGreaterThan(0);
  expect(shipped.raw.split('\u001b[r').length - 1).toBe(regions.length);
  expect(whole.raw).not.toMatch(/\u001b\[\d+;\d+r/);

  for (const s of [shipped, whole]) s.write('q');
  const exits = await Promise.all([shipped.waitForExit(), whole.waitForExit()]);
  expect(exits.map((e) => e.exitCode)).toEqual([0, 0]);
  expect(restoredTerminal(shipped.raw)).toEqual(restoredTerminal(whole.raw));
  expect(restoredTerminal(shipped.raw)).toEqual({ mainScreen: true, cursorVisible: true });
  expect(screenState(shipped.term)).toEqual(screenState(whole.term));
});
