// npm run fuzz [-- --inputs N --timeout MS --seed S --workers W]: the whole
// pipeline (test/fuzz/pipeline.ts) on N generated inputs (default 100,000), each
// in a child process watched by a timer, so that a hang is seen, counted and
// killed rather than stopping the run. Prints inputs, refusals, crashes, hangs
// and invariant violations; failing inputs go to fuzz-findings.jsonl.
import { fork, type ChildProcess } from 'node:child_process';
import { appendFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { runPipeline, type Outcome } from '../test/fuzz/pipeline.js';
import { fuzzInput } from '../test/fuzz/speech.js';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

if (process.argv.includes('--child')) {
  process.on('message', (text: string) => process.send!(runPipeline(text)));
} else {
  await main();
}

async function main(): Promise<void> {
  const total = arg('inputs', 100_000);
  const timeoutMs = arg('timeout', 10_000);
  const seed = arg('seed', Date.now() % 2 ** 31);
  const workers = arg('workers', Math.max(1, Math.min(2, cpus().length)));
  const findings = 'fuzz-findings.jsonl';
  writeFileSync(findings, '');
  const counts = { ok: 0, refused: 0, crash: 0, hang: 0, violation: 0 };
  const started = performance.now();
  // Inputs in batches: one stream, reproducible from the seed.
  const batch = 2000;
  let queue: string[] = [];
  let made = 0;
  const next = (): string | null => {
    if (queue.length === 0 && made < total) {
      queue = fc.sample(fuzzInput, { numRuns: Math.min(batch, total - made), seed: seed + made });
      made += queue.length;
    }
    return queue.shift() ?? null;
  };
  const record = (kind: keyof typeof counts, text: string, message = '') => {
    counts[kind]++;
    if (kind !== 'ok' && kind !== 'refused') appendFileSync(findings, `${JSON.stringify({ kind, message: message.slice(0, 2000), input: text })}\n`);
    const done = Object.values(counts).reduce((a, b) => a + b, 0);
    if (done % 10_000 === 0) console.error(`  ${done} inputs, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  };

  const run = (): Promise<void> =>
    new Promise((resolve) => {
      let child: ChildProcess;
      let current: string | null = null;
      let timer: NodeJS.Timeout | undefined;
      const spawnChild = () => {
        child = fork(fileURLToPath(import.meta.url), ['--child'], { execArgv: process.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
        child.on('message', (outcome: Outcome) => {
          clearTimeout(timer);
          record(outcome.kind, current!, 'message' in outcome ? outcome.message : '');
          feed();
        });
        child.on('exit', (code, signal) => {
          // A child that dies on an input (out of memory, a native abort) is a crash.
          if (current !== null && !child.killed) {
            clearTimeout(timer);
            record('crash', current, `child exited (${code ?? signal})`);
            spawnChild();
            feed();
          }
        });
      };
      const feed = () => {
        current = next();
        if (current === null) {
          child.kill();
          return resolve();
        }
        timer = setTimeout(() => {
          const hung = current!;
          current = null;
          child.kill('SIGKILL');
          record('hang', hung, `no answer in ${timeoutMs} ms`);
          spawnChild();
          feed();
        }, timeoutMs);
        child.send(current);
      };
      spawnChild();
      feed();
    });

  await Promise.all(Array.from({ length: workers }, run));
  const seconds = (performance.now() - started) / 1000;
  const inputs = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(`fuzz: ${inputs} inputs in ${seconds.toFixed(0)} s (seed ${seed}, ${workers} workers, ${timeoutMs} ms per input)`);
  console.log(`  ok ${counts.ok}, refused with a message ${counts.refused}`);
  console.log(`  crashes ${counts.crash}, hangs ${counts.hang}, invariant violations ${counts.violation}`);
  if (counts.crash + counts.hang + counts.violation > 0) {
    console.log(`  failing inputs: ${findings}`);
    process.exitCode = 1;
  }
}
