// The index row of issue 13: a folder of 1,000 articles (the bundled ones,
// repeated with varied names, dates and a line of their own, so that no two
// share a cache entry), indexed cold by `quoted --people DIR` with the pool
// and with one worker, in turn, each run with its wall and CPU time, and the
// control of the same moment (two warm workers against one); then reopened
// warm; and in a terminal, the people index's first frame after P.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnTerminal } from '../test/e2e/harness.js';
import { CLI } from './inputs.js';
import { parallelControl, type Control } from './parallel-control.js';
import { cpuMs, peakRssMb } from './session.js';

const ARTICLES = join(CLI, '..', '..', 'articles');

/** One run of `quoted --people DIR`. */
export interface CliRun {
  ms: number;
  /** User and system CPU time of the process, all threads, as last seen while it ran. */
  cpuMs: number;
  rssMb: number;
}

/** A round: the pool, then one worker, each cold, then the control. */
export interface ColdRound {
  pool: CliRun;
  one: CliRun;
  control: Control;
}

export interface IndexScale {
  articles: number;
  rounds: ColdRound[];
  warmMs: number;
  /** P pressed → the people index's first frame; and → its full list. */
  firstFrameMs: number;
  fullListMs: number;
  peakRssMb: number;
}

/** `count` articles in a new folder: each bundled one again and again, a year and a line changed. */
export function makeFolder(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'quoted-bench-index-'));
  const bundled = readdirSync(ARTICLES).filter((f) => f.endsWith('.txt'));
  for (let i = 0; i < count; i++) {
    const name = bundled[i % bundled.length];
    const text = readFileSync(join(ARTICLES, name), 'utf8');
    // The first year near the top is the article's date: spread over 2000–2024.
    const dated = text.replace(/\b(19|20)\d{2}\b/, String(2000 + (i % 25)));
    writeFileSync(join(dir, `${String(i).padStart(4, '0')}-${name}`), `${dated}\n\nFiled as copy ${i} of the bench.\n`);
  }
  return dir;
}

/** `quoted --people DIR`: its wall time, and its CPU time and peak RSS (VmHWM), read while it runs. */
function timeCli(dir: string, env: NodeJS.ProcessEnv): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [CLI, '--people', dir], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let rssMb = 0;
    let cpu = 0;
    const poll = setInterval(() => {
      try {
        cpu = Math.max(cpu, cpuMs(child.pid!));
        const now = peakRssMb(child.pid!);
        // A process that has just exited has no VmHWM line any more.
        if (Number.isFinite(now)) rssMb = Math.max(rssMb, now);
      } catch {
        // Gone already.
      }
    }, 20);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => {
      clearInterval(poll);
      if (code === 0) resolve({ ms: performance.now() - start, cpuMs: cpu, rssMb });
      else reject(new Error(`quoted --people exited ${code}: ${stderr.split('\n')[0]}`));
    });
  });
}

async function firstFrame(dir: string, cache: string): Promise<{ firstFrameMs: number; fullListMs: number }> {
  const session = spawnTerminal({ args: [CLI, dir], env: { XDG_CACHE_HOME: cache } });
  try {
    await session.waitFor('articles in', 30_000);
    // Once the library is indexed (all read back from the cache), P.
    await session.waitFor((s) => s.includes('P people') && !s.includes('indexing'), 30_000);
    const pressed = performance.now();
    session.write('P');
    await session.waitFor('People in', 10_000);
    const firstFrameMs = performance.now() - pressed;
    await session.waitFor(/speakers · by quotes/, 10_000);
    return { firstFrameMs, fullListMs: performance.now() - pressed };
  } finally {
    session.write('\u0003');
    session.dispose();
  }
}

/** `rounds` cold builds with the pool and with one worker in turn (the machine is shared: its load changes), then the warm figures. */
export async function measureIndexScale(count = 1000, rounds = 2): Promise<IndexScale> {
  const dir = makeFolder(count);
  const caches: string[] = [];
  const freshCache = () => {
    const c = mkdtempSync(join(tmpdir(), 'quoted-bench-cache-'));
    caches.push(c);
    return c;
  };
  try {
    const cache = freshCache();
    const cold: ColdRound[] = [];
    for (let r = 0; r < rounds; r++) {
      const pool = await timeCli(dir, { XDG_CACHE_HOME: r === 0 ? cache : freshCache() });
      const one = await timeCli(dir, { XDG_CACHE_HOME: freshCache(), QUOTED_INDEX_WORKERS: '1' });
      const [control] = await parallelControl(dir);
      cold.push({ pool, one, control });
    }
    const warm = await timeCli(dir, { XDG_CACHE_HOME: cache });
    const frame = await firstFrame(dir, cache);
    const rss = Math.max(warm.rssMb, ...cold.map((c) => c.pool.rssMb));
    return { articles: count, rounds: cold, warmMs: warm.ms, peakRssMb: rss, ...frame };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    for (const c of caches) rmSync(c, { recursive: true, force: true });
  }
}
