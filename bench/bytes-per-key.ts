// Bytes written to the terminal per key (issue 14, item 3): what one `j`,
// `Space`, `G` and a filter (`&` and a pattern, then Enter, as in less) send
// down the line, for quoted as it ships, for quoted drawing every frame
// whole (QUOTED_REDRAW=full) and changed rows without scroll regions
// (QUOTED_REDRAW=rows), and for less, on the seed article in the same run.
// A key's bytes are all the output from the key until QUIET_MS of silence.
import { spawnTerminal, type TerminalSession } from '../test/e2e/harness.js';
import { CLI, SEED } from './inputs.js';
import { lessVersion } from './machine.js';
import { median } from './stats.js';
import { quit } from './session.js';

const QUIET_MS = 50;
const NO_OUTPUT_MS = 2_000;
export const FILTER_WORD = 'said';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The bytes `key` makes the program write, once the output before it has gone quiet. */
async function bytesOf(session: TerminalSession, key: string): Promise<number> {
  await session.settle(QUIET_MS);
  let bytes = 0;
  let last = -1;
  const off = session.onOutput((chunk, at) => {
    bytes += Buffer.byteLength(chunk, 'utf8');
    last = at;
  });
  const sent = performance.now();
  session.write(key);
  while (last < 0 && performance.now() - sent < NO_OUTPUT_MS) await sleep(2);
  while (last >= 0 && performance.now() - last < QUIET_MS) await sleep(QUIET_MS / 5);
  off();
  return bytes;
}

interface KeyStep {
  name: string;
  /** Typed (and waited out) before each sample, not counted. */
  before: string[];
  key: string;
  /** Typed after each sample, not counted. */
  after: string[];
}

const STEPS: KeyStep[] = [
  { name: 'j', before: [], key: 'j', after: [] },
  { name: 'Space', before: ['g'], key: ' ', after: [] },
  { name: 'G', before: ['g'], key: 'G', after: [] },
  { name: 'filter', before: ['g', `&${FILTER_WORD}`], key: '\r', after: ['&\r'] },
];

export interface Program {
  name: string;
  file: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  /** Text on its first screen. */
  ready: string;
}

export function programs(): Program[] {
  const quoted = (name: string, redraw: string | undefined): Program => ({
    name,
    file: process.execPath,
    args: [CLI, SEED, '--no-resume'],
    env: { QUOTED_REDRAW: redraw },
    ready: 'White House',
  });
  const list = [
    quoted('quoted, whole frames (QUOTED_REDRAW=full)', 'full'),
    quoted('quoted, changed rows (QUOTED_REDRAW=rows)', 'rows'),
    quoted('quoted', undefined),
  ];
  // No LESS options or input preprocessor: less as it comes.
  if (lessVersion()) list.unshift({ name: 'less', file: 'less', args: [SEED], env: { LESS: undefined, LESSOPEN: undefined }, ready: 'White House' });
  return list;
}

export interface BytesResult {
  program: string;
  cols: number;
  rows: number;
  /** Median bytes per key, by step name; NaN when it failed. */
  medians: Record<string, number>;
  /** Every sample, by step name. */
  samples: Record<string, number[]>;
  error: string | null;
}

/** Bytes per key for `program` at `cols` x `rows`, `samples` times each key. */
export async function measureBytes(program: Program, cols: number, rows: number, samples: number): Promise<BytesResult> {
  const result: BytesResult = { program: program.name, cols, rows, medians: {}, samples: {}, error: null };
  const session = spawnTerminal({ file: program.file, args: program.args, env: program.env, cols, rows });
  try {
    await session.waitFor(program.ready, 30_000);
    for (const step of STEPS) {
      const taken: number[] = [];
      // j samples run on down the article; the others start from the top each time.
      for (let i = 0; i < (step.name === 'j' ? samples * 2 : samples); i++) {
        for (const key of step.before) await bytesOf(session, key);
        taken.push(await bytesOf(session, step.key));
        for (const key of step.after) await bytesOf(session, key);
      }
      result.samples[step.name] = taken;
      result.medians[step.name] = median(taken);
    }
  } catch (err) {
    result.error = (err instanceof Error ? err.message : String(err)).split('\n')[0];
  } finally {
    await quit(session);
  }
  return result;
}

export const STEP_NAMES = STEPS.map((s) => s.name);
