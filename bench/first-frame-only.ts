// Time to first frame alone, for trying a change quickly: the same
// measurement as `npm run bench` section 1 (interleaved with node -e and
// less), without the rest of the run. Run `npm run build` first.
// Usage: npx tsx bench/first-frame-only.ts [RUNS]
import { firstFrameMedians, measureFirstFrame, roundRatios } from './first-frame.js';
import { median, ms, spread } from './stats.js';
import { loadavg } from 'node:os';

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 11);
  const f = await measureFirstFrame(runs);
  if (f.errors.length) throw new Error(f.errors[0]);
  const m = firstFrameMedians(f);
  const ratio = (v: number) => `${(v / m.node).toFixed(2)}×`;
  const times = (samples: number[]) => `${ms(median(samples))} (${spread(samples, (v) => v.toFixed(0))})`;
  const ratios = roundRatios(f);
  process.stdout.write(
    `first frame, median (p25–p75) of ${runs}: node -e ${times(f.node)} · quoted --toc ${times(f.toc)} (${ratio(m.toc)}) · quoted ${times(f.quoted)} (${ratio(m.quoted)}; ` +
      `per round ${median(ratios).toFixed(2)}×, ${spread(ratios, (v) => `${v.toFixed(2)}×`)}) · people panel filled ${times(f.full)}` +
      `${m.less === null ? '' : ` · less ${ms(m.less)}`}; load average ${loadavg()[0].toFixed(2)}\n`,
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`first-frame-only: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
