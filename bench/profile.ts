// Where the time to first frame goes: runs quoted on an article in a real
// terminal under the V8 CPU profiler until the first frame is up, then
// prints the self time of the heaviest functions and of the bundle's source
// modules. With --keys N it then presses j N times (one at a time, each
// drawn before the next), so the profile shows where a keystroke's time goes.
// Usage: npx tsx bench/profile.ts [ARTICLE | --mb N] [--keys N] [--top N]
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, makeInputs, PROGRAM, SEED } from './inputs.js';
import { SEED_TITLE } from './first-frame.js';
import { quit, startAndWait } from './session.js';
import { printTable } from './table.js';
import { selfTimes, topRows, type CpuProfile } from './cpu-profile.js';

/** The source module a bundled line came from, from esbuild's `// src/…` markers. */
function moduleIndex(bundle: string): (line: number) => string {
  const marks: { line: number; module: string }[] = [];
  bundle.split('\n').forEach((text, line) => {
    const m = text.match(/^\/\/ (\S+\.(?:[cm]?js|tsx?|json))$/);
    if (m) marks.push({ line, module: m[1].replace(/^.*node_modules\/((?:@[^/]+\/)?[^/]+).*/, '$1') });
  });
  return (line) => {
    let found = 'bundle prelude';
    for (const mark of marks) {
      if (mark.line > line) break;
      found = mark.module;
    }
    return found;
  };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const top = Number(arg('--top') ?? 15);
  const mb = arg('--mb');
  const inputs = makeInputs();
  const dir = mkdtempSync(join(tmpdir(), 'quoted-prof-'));
  try {
    const positional = process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
    const article = mb ? inputs.article(Number(mb)) : (positional ?? SEED);
    const { session, elapsed } = await startAndWait({ args: ['--cpu-prof', `--cpu-prof-dir=${dir}`, CLI, article] }, SEED_TITLE, 300_000);
    const keys = Number(arg('--keys') ?? 0);
    for (let i = 0; i < keys; i++) await session.press('j', { quietMs: 30 });
    await quit(session);
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) throw new Error('no profile was written');
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    const times = selfTimes(profile);
    const moduleOf = moduleIndex(readFileSync(PROGRAM, 'latin1'));
    const byFunction = new Map<string, number>();
    const byModule = new Map<string, number>();
    for (const node of profile.nodes) {
      const ms = times.get(node.id) ?? 0;
      if (ms === 0) continue;
      const { functionName, url, lineNumber } = node.callFrame;
      const where = url.endsWith('/dist/program.js') ? moduleOf(lineNumber) : url ? url.replace(/^.*\/node_modules\//, '') : '(native)';
      const fn = `${functionName || '(anonymous)'} — ${where}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
      byModule.set(where, (byModule.get(where) ?? 0) + ms);
    }
    const write = (s: string) => process.stdout.write(s);
    const span = ((profile.endTime - profile.startTime) / 1000).toFixed(0);
    write(`${article}: first frame after ${elapsed.toFixed(0)} ms (under the profiler)${keys ? `, then ${keys} × j` : ''}; profile covers ${span} ms\n`);
    printTable('Self time by source module', ['module', 'self'], topRows(byModule, top), write);
    printTable('Self time by function', ['function — module', 'self'], topRows(byFunction, top), write);
  } finally {
    inputs.remove();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`profile: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
