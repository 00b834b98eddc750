// Where parsing and quote extraction spend their time on a large article:
// each stage runs in this process under the V8 profiler (node:inspector),
// and the heaviest functions are printed with their source file.
// Usage: npx tsx bench/profile-stages.ts [--mb N] [--top N]
import { Session } from 'node:inspector/promises';
import { readFileSync } from 'node:fs';
import { findQuotes, readArticle } from '../src/pipeline.js';
import { makeInputs, ROOT } from './inputs.js';
import { printTable } from './table.js';
import { selfTimes, topRows, type CpuProfile } from './cpu-profile.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

async function profiled<T>(session: Session, fn: () => T): Promise<{ value: T; ms: number; profile: CpuProfile }> {
  await session.post('Profiler.start');
  const start = performance.now();
  const value = fn();
  const ms = performance.now() - start;
  const { profile } = await session.post('Profiler.stop');
  return { value, ms, profile: profile as unknown as CpuProfile };
}

function heaviest(profile: CpuProfile, top: number): { cells: string[] }[] {
  const self = selfTimes(profile);
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (ms === 0) continue;
    // Lines are left out: under tsx they are those of the transformed code.
    const { functionName, url } = node.callFrame;
    const file = url
      .replace(/^file:\/\//, '')
      .replace(ROOT, '')
      .replace(/^.*node_modules\//, '');
    const key = `${functionName || '(anonymous)'}  ${file || '(native)'}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  }
  return topRows(byFunction, top);
}

async function main(): Promise<void> {
  const mb = arg('--mb', 5);
  const top = arg('--top', 15);
  const inputs = makeInputs();
  const session = new Session();
  session.connect();
  try {
    const text = readFileSync(inputs.article(mb), 'utf8');
    await session.post('Profiler.enable');
    // Warm up on a slice, so that the profile shows steady-state code.
    findQuotes(readArticle(text.slice(0, 200_000)));
    const parse = await profiled(session, () => readArticle(text));
    const extract = await profiled(session, () => findQuotes(parse.value));
    const write = (s: string) => process.stdout.write(s);
    printTable(`parseArticle on ${mb} MB: ${parse.ms.toFixed(0)} ms`, ['function  file', 'self'], heaviest(parse.profile, top), write);
    printTable(`findQuotes on ${mb} MB: ${extract.ms.toFixed(0)} ms`, ['function  file', 'self'], heaviest(extract.profile, top), write);
  } finally {
    session.disconnect();
    inputs.remove();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`profile-stages: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
