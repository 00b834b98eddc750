// npm run bench: every figure of issue 7, measured in one run and printed
// side by side with its target. Run after `npm run build` (the npm script
// does both). `--quick` takes fewer samples, for a trial run.
import { readFileSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { buildModel } from '../src/pipeline.js';
import { DEFAULT_COLS, DEFAULT_ROWS } from '../test/e2e/harness.js';
import { firstFrameMedians, measureFirstFrame } from './first-frame.js';
import { makeInputs, SEED } from './inputs.js';
import { measureFloor, type Floor } from './floor.js';
import { measureKeystrokes, type KeystrokeResult } from './keystrokes.js';
import { describeMachine } from './machine.js';
import { measureOpen, openMedians } from './open-size.js';
import { ms, MB } from './stats.js';
import { printTable, verdict, type Row, type Verdict } from './table.js';
import { measureThroughputApart } from './throughput.js';
import { measureIndexScale, type ColdRound } from './index-scale.js';
import { FILTER_WORD, measureBytes, programs, STEP_NAMES } from './bytes-per-key.js';
import { jumpMedians, measureJumps } from './jumps.js';

const TARGETS = {
  firstFrameRatio: 2,
  keystrokeP95Ms: 16,
  jumpMs: 30,
  tenMbOpenMs: 1500,
  tenMbRssMb: 300,
  extractionMBs: 5,
  indexColdMs: 60_000,
  indexSpeedup: 1.6,
  indexWarmMs: 1000,
  peopleFirstFrameMs: 300,
  indexRssMb: 400,
  bytesPerJ: 1024,
};

const quick = process.argv.includes('--quick');
const write = (s: string) => process.stdout.write(s);
const verdicts: Verdict[] = [];
const judge = (ok: boolean | null): Verdict => {
  const v = verdict(ok);
  if (v) verdicts.push(v);
  return v;
};

function printMachine(): void {
  const m = describeMachine();
  write('quoted benchmark\n');
  write(`machine: ${m.cores} cores, ${m.cpu}, ${m.memory} RAM, ${m.os}\n`);
  write(`node ${m.node}; ${m.less ?? 'less: NOT INSTALLED (apt-get install less), its column is left out'}\n`);
  write(`terminal: node-pty + @xterm/headless at ${DEFAULT_COLS}x${DEFAULT_ROWS}${quick ? '; --quick: fewer samples' : ''}\n`);
  write(`${loadLine()} (other work on the machine slows every figure; compare rows within one run)\n`);
}

function loadLine(): string {
  return `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} on ${availableParallelism()} cores`;
}

async function firstFrame(runs: number): Promise<void> {
  const f = await measureFirstFrame(runs);
  const m = firstFrameMedians(f);
  const ratio = (v: number) => `${(v / m.node).toFixed(2)}×`;
  const rows: Row[] = [
    { cells: ['node -e (floor)', ms(m.node), '1.00×', String(f.node.length)] },
    m.less === null ? { cells: ['less', 'not installed', '—', '0'] } : { cells: ['less', ms(m.less), ratio(m.less), String(f.less!.length)] },
    { cells: ['quoted --toc (same start, no reader)', f.toc.length ? ms(m.toc) : '—', f.toc.length ? ratio(m.toc) : '—', String(f.toc.length)] },
    {
      cells: ['quoted', f.quoted.length ? ms(m.quoted) : `failed: ${f.errors[0]}`, f.quoted.length ? ratio(m.quoted) : '—', String(f.quoted.length)],
      target: `≤ ${TARGETS.firstFrameRatio}× node`,
      verdict: judge(f.quoted.length ? m.quoted <= TARGETS.firstFrameRatio * m.node : false),
    },
    {
      cells: [
        'quoted, people panel filled (quotes found after the first frame)',
        f.full.length ? ms(m.full) : '—',
        f.full.length ? ratio(m.full) : '—',
        String(f.full.length),
      ],
    },
  ];
  printTable(`1. Time to first frame: seed article, spawn → title on screen, median of ${runs} runs`, ['program', 'median', 'ratio', 'runs'], rows, write);
}

function keystrokeTable(r: KeystrokeResult, floor: Floor): void {
  const rows: Row[] = [{ cells: ['(floor: bare node redrawing a screen)', ms(floor.p50), ms(floor.p95), String(floor.samples)] }];
  rows.push(
    ...r.keys.map((k) =>
      k.skipped
        ? { cells: [k.name, '—', '—', `skipped: ${k.skipped}`] }
        : {
            cells: [k.name, ms(k.p50), ms(k.p95), `${k.samples.length}${k.missing ? ` (+${k.missing} drew nothing)` : ''}`],
            target: `p95 ≤ ${TARGETS.keystrokeP95Ms} ms`,
            verdict: judge(k.missing === 0 && k.p95 <= TARGETS.keystrokeP95Ms),
          },
    ),
  );
  if (r.error) rows.push({ cells: [`failed: ${r.error}`, '', '', ''], target: '', verdict: judge(false) });
  printTable(`2. Keystroke → frame latency: ${r.article}`, ['key', 'p50', 'p95', 'samples'], rows, write);
}

async function openSizes(inputs: ReturnType<typeof makeInputs>, runs: number): Promise<void> {
  const rows: Row[] = [];
  for (const mb of [1, 10, 50]) {
    const bytes = statSync(inputs.article(mb)).size;
    // The 50 MB article takes long enough that one run tells the story.
    const r = await measureOpen(inputs, mb, mb >= 50 ? 1 : runs, bytes);
    const m = r.openMs.length ? openMedians(r) : null;
    const target = mb === 10 ? `≤ ${TARGETS.tenMbOpenMs / 1000} s, ≤ ${TARGETS.tenMbRssMb} MB` : undefined;
    rows.push({
      cells: [
        `${mb} MB (${(bytes / MB).toFixed(1)} MiB)`,
        m ? ms(m.openMs) : `failed: ${r.error}`,
        m ? `${m.rssMb.toFixed(0)} MB` : '—',
        String(r.openMs.length),
      ],
      target,
      verdict: target ? judge(m !== null && m.openMs <= TARGETS.tenMbOpenMs && m.rssMb <= TARGETS.tenMbRssMb) : '',
    });
  }
  printTable(`3. Open time (spawn → title on screen, median) and peak RSS (VmHWM, max)`, ['article', 'open', 'peak RSS', 'runs'], rows, write);
}

async function jumps(path: string, runs: number): Promise<void> {
  const rows: Row[] = (await measureJumps(path, runs)).map((r) => {
    const m = jumpMedians(r);
    const samples = r.quoted[0];
    if (r.error) return { cells: [r.name, `failed: ${r.error}`, '', '', ''], target: `≤ ${TARGETS.jumpMs} ms`, verdict: judge(false) };
    const spread = `${ms(Math.min(...samples))}–${ms(Math.max(...samples))}`;
    return {
      cells: [r.name, ms(m.quoted[0]), spread, `${r.estimated[0]}/${samples.length}`, m.less === null ? '—' : ms(m.less)],
      target: `≤ ${TARGETS.jumpMs} ms`,
      verdict: judge(m.quoted[0] <= TARGETS.jumpMs),
    };
  });
  printTable(
    `3b. Jumps right after the first frame of the 10 MB article (key → landing on screen, median of ${runs} fresh runs; ~: still estimating the line count)`,
    ['key', 'quoted', 'spread', '~', 'less'],
    rows,
    write,
  );
}

function throughput(path: string, runs: number): void {
  const t = measureThroughputApart(path, runs);
  const rows: Row[] = [
    { cells: ['parse (text → article)', ms(t.parseMs), `${t.parseMBs.toFixed(1)} MB/s`] },
    {
      cells: [`quote extraction (${t.quotes} quotes, ${t.people} people)`, ms(t.extractMs), `${t.extractMBs.toFixed(1)} MB/s`],
      target: `≥ ${TARGETS.extractionMBs} MB/s`,
      verdict: judge(t.extractMBs >= TARGETS.extractionMBs),
    },
    { cells: ['quote extraction, first run (cold JIT)', ms(t.extractColdMs), `${(t.bytes / MB / (t.extractColdMs / 1000)).toFixed(1)} MB/s`] },
    { cells: [`layout (wrap all to ${t.layoutWidth} columns)`, ms(t.layoutMs), `${t.layoutMBs.toFixed(1)} MB/s`] },
  ];
  printTable(
    `4. Throughput on the ${(t.bytes / MB).toFixed(1)} MiB article, in a fresh process, median of ${runs} runs`,
    ['stage', 'time', 'rate'],
    rows,
    write,
  );
}

async function indexScale(count: number): Promise<void> {
  let r;
  try {
    r = await measureIndexScale(count);
  } catch (err) {
    printTable(
      `5. People index of ${count} articles`,
      ['figure', 'value'],
      [{ cells: [`failed: ${err instanceof Error ? err.message : String(err)}`, ''], target: '', verdict: judge(false) }],
      write,
    );
    return;
  }
  // Each round: the pool, then one worker, then the control, so that each speed-up compares runs of one moment.
  const each = (f: (round: ColdRound) => string) => r.rounds.map(f).join(', ');
  const run = (c: { ms: number; cpuMs: number }) => `${ms(c.ms)} (CPU ${ms(c.cpuMs)})`;
  const speedups = r.rounds.map((c) => c.one.ms / c.pool.ms);
  const rows: Row[] = [
    {
      cells: ['cold build, the pool (quoted --people DIR)', each((c) => run(c.pool))],
      target: `≤ ${TARGETS.indexColdMs / 1000} s`,
      verdict: judge(r.rounds.every((c) => c.pool.ms <= TARGETS.indexColdMs)),
    },
    { cells: ['cold build, one worker (QUOTED_INDEX_WORKERS=1)', each((c) => run(c.one))] },
    {
      cells: ['speed-up of the pool over one worker', speedups.map((x) => `${x.toFixed(2)}×`).join(', ')],
      target: `≥ ${TARGETS.indexSpeedup}×`,
      verdict: judge(speedups.every((x) => x >= TARGETS.indexSpeedup)),
    },
    { cells: ['control: two warm workers over one, same round', each((c) => `${c.control.speedup.toFixed(2)}×`)] },
    {
      cells: ['warm reopen (all cached, process start included)', ms(r.warmMs)],
      target: `≤ ${TARGETS.indexWarmMs / 1000} s`,
      verdict: judge(r.warmMs <= TARGETS.indexWarmMs),
    },
    {
      cells: ['people index: P → first frame (warm, in a terminal)', ms(r.firstFrameMs)],
      target: `≤ ${TARGETS.peopleFirstFrameMs} ms`,
      verdict: judge(r.firstFrameMs <= TARGETS.peopleFirstFrameMs),
    },
    { cells: ['people index: P → the full list', ms(r.fullListMs)] },
    {
      cells: ['peak RSS (VmHWM) of the builds', `${r.peakRssMb.toFixed(0)} MB`],
      target: `≤ ${TARGETS.indexRssMb} MB`,
      verdict: judge(r.peakRssMb <= TARGETS.indexRssMb),
    },
  ];
  printTable(`5. People index of ${r.articles} articles (the bundled ones repeated, each made unique)`, ['figure', 'value'], rows, write);
}

const kb = (bytes: number) => (!Number.isFinite(bytes) ? '—' : bytes >= 1024 ? `${(bytes / 1024).toFixed(2)} KB` : `${Math.round(bytes)} B`);

async function bytesPerKey(samples: number): Promise<void> {
  const rows: Row[] = [];
  for (const [cols, height] of [
    [DEFAULT_COLS, DEFAULT_ROWS],
    [80, 24],
  ]) {
    for (const program of programs()) {
      const r = await measureBytes(program, cols, height, samples);
      const shipped = program.name === 'quoted';
      rows.push({
        cells: [`${program.name}, ${cols}x${height}`, ...STEP_NAMES.map((step) => (r.error ? `failed: ${r.error}` : kb(r.medians[step])))],
        target: shipped ? `j ≤ ${kb(TARGETS.bytesPerJ)}` : undefined,
        verdict: shipped ? judge(!r.error && r.medians.j <= TARGETS.bytesPerJ) : '',
      });
    }
  }
  printTable(
    `6. Bytes written per key, seed article (median; j ${samples * 2} times down from the top, the others ${samples} times from the top; filter: &${FILTER_WORD} Enter)`,
    ['program', ...STEP_NAMES],
    rows,
    write,
  );
}

async function main(): Promise<void> {
  printMachine();
  const inputs = makeInputs();
  try {
    await firstFrame(quick ? 5 : 15);
    const floor = await measureFloor(quick ? 10 : 30);
    // The 5 MB article starts with the seed: if anyone is quoted in one, so in the other.
    const hasPeople = buildModel(readFileSync(SEED, 'utf8')).people.length > 0;
    keystrokeTable(await measureKeystrokes(`seed article (${(statSync(SEED).size / 1024).toFixed(1)} KiB)`, SEED, hasPeople), floor);
    keystrokeTable(await measureKeystrokes('5 MB article', inputs.article(5), hasPeople), floor);
    await bytesPerKey(quick ? 3 : 10);
    await openSizes(inputs, quick ? 1 : 3);
    await jumps(inputs.article(10), quick ? 2 : 5);
    // Last, so that its garbage does not disturb the timings above.
    throughput(inputs.article(5), quick ? 1 : 3);
    await indexScale(quick ? 200 : 1000);
  } finally {
    inputs.remove();
  }
  const failed = verdicts.filter((v) => v === 'FAIL').length;
  write(`\n${verdicts.length - failed} of ${verdicts.length} targets met. At the end: ${loadLine()}.\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
