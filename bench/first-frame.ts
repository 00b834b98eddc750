// Time to first frame on the seed article, against the floor for any Node
// program (node -e printing a line) and against less on the same file. The
// three are interleaved run by run so that they share the machine's state.
// The first frame shows the text; the people panel fills right after it,
// when the quotes are found, and that time is kept too.
import { execFileSync } from 'node:child_process';
import { CLI, SEED } from './inputs.js';
import { median } from './stats.js';
import { quit, quotedOptions, reason, startAndWait } from './session.js';

export const SEED_TITLE = 'White House Dismissive of Putin - Xi Meeting';
/** The people panel's title once the quotes are in. */
const PEOPLE_SHOWN = /Speakers \(\d+\)/;
/** The last line that `quoted --toc` prints for the seed article. */
const LAST_SECTION = '4. EU plans united response';

export interface FirstFrame {
  runs: number;
  node: number[];
  quoted: number[];
  /** Spawn → the people panel filled (the frame after the first, once the quotes are found). */
  full: number[];
  /** quoted --toc: the same start-up and parse, without the reader. */
  toc: number[];
  /** null when less is not installed. */
  less: number[] | null;
  errors: string[];
}

export function lessPath(): string | null {
  try {
    return execFileSync('sh', ['-c', 'command -v less'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

export async function measureFirstFrame(runs: number): Promise<FirstFrame> {
  const less = lessPath();
  const result: FirstFrame = { runs, node: [], quoted: [], full: [], toc: [], less: less ? [] : null, errors: [] };
  for (let i = 0; i < runs; i++) {
    const node = await startAndWait({ args: ['-e', "console.log('ready')"] }, 'ready');
    result.node.push(node.elapsed);
    await node.session.waitForExit().catch(() => undefined);
    node.session.dispose();

    if (less && result.less) {
      // No LESS options or input preprocessor: less as it comes.
      const run = await startAndWait({ file: less, args: [SEED], env: { LESS: undefined, LESSOPEN: undefined } }, SEED_TITLE);
      result.less.push(run.elapsed);
      await quit(run.session);
    }

    try {
      const toc = await startAndWait({ args: [CLI, '--toc', SEED] }, LAST_SECTION);
      result.toc.push(toc.elapsed);
      await toc.session.waitForExit().catch(() => undefined);
      toc.session.dispose();
      const run = await startAndWait(quotedOptions(SEED), SEED_TITLE);
      result.quoted.push(run.elapsed);
      await run.session.waitFor(PEOPLE_SHOWN);
      result.full.push(performance.now() - run.session.spawnedAt);
      await quit(run.session);
    } catch (err) {
      result.errors.push(reason(err));
      break;
    }
  }
  return result;
}

export function firstFrameMedians(f: FirstFrame): { node: number; quoted: number; full: number; toc: number; less: number | null } {
  return { node: median(f.node), quoted: median(f.quoted), full: median(f.full), toc: median(f.toc), less: f.less ? median(f.less) : null };
}

/** quoted's first frame over node's in the same round, one ratio per round. */
export function roundRatios(f: FirstFrame): number[] {
  return f.quoted.map((q, i) => q / f.node[i]);
}
