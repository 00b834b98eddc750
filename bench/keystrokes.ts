// Keystroke-to-frame latency: from writing a key to the pty until the last
// byte of the frame it causes has arrived. A frame is over when no output has
// come for QUIET_MS (longer than Ink's 30 fps render throttle, so a trailing
// render is counted in the frame it belongs to). The quiet wait itself is not
// counted. A key that draws nothing within NO_FRAME_MS is reported as missing.
import type { TerminalSession } from '../test/e2e/harness.js';
import { KEYS } from '../test/e2e/keys.js';
import { percentile } from './stats.js';
import { quit, quotedOptions, reason, startAndWait } from './session.js';
import { SEED_TITLE } from './first-frame.js';

const QUIET_MS = 50;
const NO_FRAME_MS = 3_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Latency of one key in ms, or null when it drew nothing. */
export async function timeKey(session: TerminalSession, key: string): Promise<number | null> {
  await session.settle(QUIET_MS);
  let last = -1;
  const off = session.onOutput((_chunk, at) => {
    last = at;
  });
  const sent = performance.now();
  session.write(key);
  while (last < 0 && performance.now() - sent < NO_FRAME_MS) await sleep(1);
  while (last >= 0 && performance.now() - last < QUIET_MS) await sleep(QUIET_MS - (performance.now() - last) + 1);
  off();
  return last < 0 ? null : last - sent;
}

/** Untimed keys, one press each, each waited out. */
async function type(session: TerminalSession, keys: readonly string[] = []): Promise<void> {
  for (const key of keys) await session.press(key, { quietMs: QUIET_MS, firstOutputMs: NO_FRAME_MS });
}

interface Step {
  name: string;
  /** Needs someone in the people panel. */
  people?: boolean;
  /** Pressed once before the samples. */
  before?: readonly string[];
  /** Pressed before each sample. */
  each?: readonly string[];
  key: string;
  /** Pressed after each sample. */
  after?: readonly string[];
  samples: number;
}

export const SEARCH_WORD = 'Belarus';

// Each timed key is chosen so that it changes the screen every time.
const STEPS: Step[] = [
  { name: 'j (line down)', before: ['g'], key: 'j', samples: 30 },
  { name: 'Space (page down)', each: ['g'], key: ' ', samples: 20 },
  { name: 'G (bottom)', each: ['g'], key: 'G', samples: 20 },
  { name: '3 (section jump)', each: ['g'], key: '3', samples: 20 },
  { name: `search "${SEARCH_WORD}" (Enter)`, each: ['/', SEARCH_WORD], key: KEYS.enter, samples: 20 },
  { name: 'n (next match)', key: 'n', samples: 20 },
  // Tab moves focus from the reader to the people panel, whose first person is selected.
  { name: 'speaker filter (Enter)', people: true, before: ['g', KEYS.tab], key: KEYS.enter, after: [KEYS.escape], samples: 20 },
  { name: 'clear filter (Esc)', people: true, each: [KEYS.enter], key: KEYS.escape, samples: 20 },
];

export interface KeyLatency {
  name: string;
  /** Why the key was not measured. */
  skipped?: string;
  samples: number[];
  /** Keys that drew no frame. */
  missing: number;
  p50: number;
  p95: number;
}

export interface KeystrokeResult {
  article: string;
  keys: KeyLatency[];
  error: string | null;
}

/** `hasPeople`: whether the quote engine finds anyone to filter on in `article`. */
export async function measureKeystrokes(label: string, article: string, hasPeople: boolean): Promise<KeystrokeResult> {
  const result: KeystrokeResult = { article: label, keys: [], error: null };
  let session: TerminalSession | null = null;
  try {
    session = (await startAndWait(quotedOptions(article), SEED_TITLE, 120_000)).session;
    await session.settle(300);
    for (const step of STEPS) {
      if (step.people && !hasPeople) {
        const skipped = 'nobody to filter on: the quote engine found no one';
        result.keys.push({ name: step.name, skipped, samples: [], missing: 0, p50: NaN, p95: NaN });
        continue;
      }
      await type(session, step.before);
      const samples: number[] = [];
      let missing = 0;
      for (let i = 0; i < step.samples; i++) {
        await type(session, step.each);
        const t = await timeKey(session, step.key);
        if (t === null) missing++;
        else samples.push(t);
        await type(session, step.after);
      }
      result.keys.push({ name: step.name, samples, missing, p50: percentile(samples, 50), p95: percentile(samples, 95) });
    }
  } catch (err) {
    result.error = reason(err);
  } finally {
    if (session) await quit(session);
  }
  return result;
}
