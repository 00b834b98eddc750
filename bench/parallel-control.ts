// The control for the pool's speed-up: how much faster two index workers
// build the same articles than one, once both are warm, on this machine as
// it is at the time. It leaves out what the pool cannot share (each worker's
// start and JIT warm-up, reading and writing files), so it is the most two
// workers can give: on a machine shared by other sessions, Linux gives each
// session its share of the cores, and two threads may get no more than one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BuildTask, IndexSettings } from '../src/index/index-one.js';
import type { IndexReply } from '../src/index/indexed-article.js';
import { indexWorkerData } from '../src/index/index-worker.js';
import { CLI } from './inputs.js';

const SETTINGS: IndexSettings = { cache: null, maxBytes: 64 * 1024 * 1024, json: false };

export interface Control {
  oneMs: number;
  twoMs: number;
  /** One worker's time ÷ two workers'. */
  speedup: number;
}

function tasksOf(dir: string, count: number): BuildTask[] {
  return readdirSync(dir)
    .sort()
    .slice(0, count)
    .map((file, index) => ({
      index,
      file,
      key: String(index),
      read: { text: readFileSync(join(dir, file), 'utf8'), format: 'text', defaults: { title: null, date: null, source: null }, note: null },
    }));
}

/** Each worker builds its share of `tasks`, two in flight; resolves when all are answered. */
function build(workers: Worker[], tasks: readonly BuildTask[]): Promise<void> {
  const queue = [...tasks].reverse();
  return Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((resolve, reject) => {
          let inFlight = 0;
          const feed = () => {
            while (inFlight < 2 && queue.length > 0) {
              inFlight++;
              w.postMessage(queue.pop());
            }
            if (inFlight === 0) {
              w.off('message', answered);
              resolve();
            }
          };
          const answered = (r: IndexReply) => {
            if ('error' in r) reject(new Error(r.error));
            inFlight--;
            feed();
          };
          w.on('message', answered);
          feed();
        }),
    ),
  ).then(() => undefined);
}

/** `rounds` times, interleaved: two warm workers then one build the first `count` articles of `dir` twice over. */
export async function parallelControl(dir: string, count = 150, rounds = 1): Promise<Control[]> {
  const tasks = tasksOf(dir, count);
  const start = () => new Worker(pathToFileURL(CLI), { workerData: indexWorkerData(SETTINGS, 'control') });
  const two = [start(), start()];
  const one = [start()];
  try {
    // Warm: each worker builds the articles twice before it is timed.
    await Promise.all([...two, ...one].map((w) => build([w], [...tasks, ...tasks])));
    const work = [...tasks, ...tasks];
    const controls: Control[] = [];
    for (let r = 0; r < rounds; r++) {
      let t = performance.now();
      await build(two, work);
      const twoMs = performance.now() - t;
      t = performance.now();
      await build(one, work);
      const oneMs = performance.now() - t;
      controls.push({ oneMs, twoMs, speedup: oneMs / twoMs });
    }
    return controls;
  } finally {
    await Promise.all([...two, ...one].map((w) => w.terminate()));
  }
}
