// The jumps row alone (npm run bench's section 3): G, `]`, a far section,
// `50%` and a search right after the first frame of the 10 MB article,
// beside less. Run `npm run build` first. `--baseline CLI` times another
// build of quoted (say, the main branch's dist/cli.js) in the same runs.
// Usage: npx tsx bench/jumps-only.ts [--runs N] [--mb N] [--baseline CLI] [--samples]
import { statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { CLI, makeInputs } from './inputs.js';
import { jumpMedians, measureJumps } from './jumps.js';
import { MB, ms } from './stats.js';

const arg = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};

const spread = (samples: number[]) => (samples.length ? `${ms(Math.min(...samples))}–${ms(Math.max(...samples))}` : '—');

async function main(): Promise<void> {
  const runs = Number(arg('--runs') ?? 5);
  const mb = Number(arg('--mb') ?? 10);
  const baseline = arg('--baseline');
  const clis = baseline ? [CLI, baseline] : [CLI];
  const names = baseline ? ['quoted', 'baseline'] : ['quoted'];
  const inputs = makeInputs();
  try {
    const path = inputs.article(mb);
    const write = (s: string) => process.stdout.write(s);
    write(`jumps right after the first frame, ${(statSync(path).size / MB).toFixed(1)} MiB article, ${runs} runs (load average ${loadavg()[0].toFixed(2)})\n`);
    if (baseline) write(`baseline: ${baseline}\n`);
    write(`  ${'key'.padEnd(34)}${names.map((n) => `${n.padStart(10)} ${'spread'.padStart(17)}  ~`).join('')} ${'less'.padStart(9)}\n`);
    for (const r of await measureJumps(path, runs, clis)) {
      const m = jumpMedians(r);
      const cells = r.quoted.map((samples, k) => `${ms(m.quoted[k]).padStart(10)} ${spread(samples).padStart(17)}  ${r.estimated[k]}/${samples.length}`);
      write(`  ${r.name.padEnd(34)}${cells.join('')} ${(m.less === null ? '—' : ms(m.less)).padStart(9)}${r.error ? `  failed: ${r.error}` : ''}\n`);
      if (process.argv.includes('--samples')) {
        for (const [k, samples] of r.quoted.entries()) write(`    ${names[k]}: ${samples.map((t) => t.toFixed(1)).join(' ')}\n`);
        write(`    less: ${r.less?.map((t) => t.toFixed(1)).join(' ') ?? '—'}\n`);
      }
    }
    write(`  (~: runs whose landing frame still showed an estimated percentage, so the jump did not wait for the idle layout)\n`);
    write(`At the end: load average ${loadavg()[0].toFixed(2)}\n`);
  } finally {
    inputs.remove();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`jumps-only: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
