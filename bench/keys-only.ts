// Keystroke latency alone, for trying a change quickly: the same
// measurement as `npm run bench` section 2, on the seed article or on the
// N MB article. Run `npm run build` first.
// Usage: npx tsx bench/keys-only.ts [--mb N] [--samples]
import { readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { buildModel } from '../src/pipeline.js';
import { makeInputs, SEED } from './inputs.js';
import { measureKeystrokes } from './keystrokes.js';
import { ms } from './stats.js';

async function main(): Promise<void> {
  const at = process.argv.indexOf('--mb');
  const mb = at >= 0 ? Number(process.argv[at + 1]) : 0;
  const inputs = makeInputs();
  try {
    const article = mb > 0 ? inputs.article(mb) : SEED;
    const hasPeople = buildModel(readFileSync(SEED, 'utf8')).people.length > 0;
    const r = await measureKeystrokes(`${(statSync(article).size / 1024).toFixed(0)} KiB`, article, hasPeople);
    if (r.error) throw new Error(r.error);
    process.stdout.write(`keystrokes on ${r.article} (load average ${loadavg()[0].toFixed(2)}): p50 / p95\n`);
    const samples = process.argv.includes('--samples');
    for (const k of r.keys) {
      process.stdout.write(`  ${k.name.padEnd(28)} ${ms(k.p50).padStart(8)} ${ms(k.p95).padStart(8)}${k.missing ? `  (${k.missing} drew nothing)` : ''}\n`);
      // In the order taken: slow ones at the start are warm-up, slow ones throughout are not.
      if (samples) process.stdout.write(`    ${k.samples.map((t) => t.toFixed(1)).join(' ')}\n`);
    }
  } finally {
    inputs.remove();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`keys-only: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
