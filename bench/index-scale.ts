// The index row of issue 13: a folder of 1,000 articles (the bundled ones,
// repeated with varied names, dates and a line of their own, so that no two
// share a cache entry), indexed cold by `quoted --people DIR` with the pool
// and with one worker, then reopened warm; and in a terminal, the people
// index's first frame after P on the warm folder.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnTerminal } from '../test/e2e/harness.js';
import { CLI } from './inputs.js';
import { peakRssMb } from './session.js';

const ARTICLES = join(CLI, '..', '..', 'articles');

export interface IndexScale {
  articles: number;
  coldMs: number;
  oneWorkerMs: number;
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

/** `quoted --people DIR`: its wall time and its peak RSS (VmHWM, read while it runs). */
function timeCli(dir: string, env: NodeJS.ProcessEnv): Promise<{ ms: number; rssMb: number }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [CLI, '--people', dir], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let rssMb = 0;
    const poll = setInterval(() => {
      try {
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
      if (code === 0) resolve({ ms: performance.now() - start, rssMb });
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

export async function measureIndexScale(count = 1000): Promise<IndexScale> {
  const dir = makeFolder(count);
  const caches: string[] = [];
  const freshCache = () => {
    const c = mkdtempSync(join(tmpdir(), 'quoted-bench-cache-'));
    caches.push(c);
    return c;
  };
  try {
    const cache = freshCache();
    const cold = await timeCli(dir, { XDG_CACHE_HOME: cache });
    const warm = await timeCli(dir, { XDG_CACHE_HOME: cache });
    const one = await timeCli(dir, { XDG_CACHE_HOME: freshCache(), QUOTED_INDEX_WORKERS: '1' });
    const frame = await firstFrame(dir, cache);
    return { articles: count, coldMs: cold.ms, oneWorkerMs: one.ms, warmMs: warm.ms, peakRssMb: Math.max(cold.rssMb, warm.rssMb), ...frame };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    for (const c of caches) rmSync(c, { recursive: true, force: true });
  }
}
