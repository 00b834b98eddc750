// Open time (spawn to the title on screen) and peak resident memory for large
// articles.
import type { Inputs } from './inputs.js';
import { median } from './stats.js';
import { peakRssMb, quit, quotedOptions, reason, startAndWait } from './session.js';
import { SEED_TITLE } from './first-frame.js';

export interface OpenResult {
  mb: number;
  bytes: number;
  openMs: number[];
  rssMb: number[];
  error: string | null;
}

export async function measureOpen(inputs: Inputs, mb: number, runs: number, bytes: number): Promise<OpenResult> {
  const result: OpenResult = { mb, bytes, openMs: [], rssMb: [], error: null };
  for (let i = 0; i < runs; i++) {
    try {
      const { session, elapsed } = await startAndWait(quotedOptions(inputs.article(mb)), SEED_TITLE, 300_000);
      // Let the first frame finish, then read the high-water mark.
      await session.settle(200);
      result.rssMb.push(peakRssMb(session.process.pid));
      result.openMs.push(elapsed);
      await quit(session);
    } catch (err) {
      result.error = reason(err);
      break;
    }
  }
  return result;
}

export function openMedians(r: OpenResult): { openMs: number; rssMb: number } {
  return { openMs: median(r.openMs), rssMb: Math.max(...r.rssMb) };
}
