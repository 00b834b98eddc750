// Open time and resident memory alone, for trying a change quickly: spawn
// to the title on screen for an N MB article, the peak RSS (VmHWM) when the
// first frame is up, and, for a reader that finds quotes after its first
// frame, the peak once the people panel has filled. Run `npm run build` first.
// Usage: npx tsx bench/open-only.ts [MB...]
import { loadavg } from 'node:os';
import { makeInputs } from './inputs.js';
import { SEED_TITLE } from './first-frame.js';
import { peakRssMb, quit, quotedOptions, startAndWait } from './session.js';
import { ms } from './stats.js';

async function main(): Promise<void> {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const inputs = makeInputs();
  try {
    for (const mb of sizes.length ? sizes : [10]) {
      const { session, elapsed } = await startAndWait(quotedOptions(inputs.article(mb)), SEED_TITLE, 300_000);
      await session.settle(200);
      const atFrame = peakRssMb(session.process.pid);
      const started = performance.now();
      // The people panel fills once the quote engine has answered.
      await session.waitFor((screen) => !screen.includes('Finding quotes'), 600_000);
      const quotesMs = performance.now() - started + 200;
      await session.settle(200);
      const peak = peakRssMb(session.process.pid);
      await quit(session);
      process.stdout.write(
        `${mb} MB: first frame ${ms(elapsed)}, peak RSS ${atFrame.toFixed(0)} MB then; quotes in ${ms(quotesMs)} later, peak RSS ${peak.toFixed(0)} MB (load average ${loadavg()[0].toFixed(2)})\n`,
      );
    }
  } finally {
    inputs.remove();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`open-only: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
