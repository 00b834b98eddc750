// The index's pool: up to one worker thread per core, each kept two articles ahead
// so that none waits on a message. A worker that cannot start hands its
// articles back; with no worker left they are answered in this thread, one per
// turn of the event loop, so that keys are still answered between them.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { answer, type IndexSettings, type PoolTask } from './index-one.js';
import type { IndexReply } from './indexed-article.js';
import { indexWorkerData } from './index-worker.js';

export interface PoolOptions {
  /** The script workers run (the CLI's bundle); null: this thread only. */
  script: URL | null;
  /** Workers to start (default: one per core). */
  size?: number;
  settings: IndexSettings;
  /** The engine's version, as the models are keyed. */
  engine: string;
  onReply(reply: IndexReply): void;
}

export interface PoolRun {
  done: Promise<void>;
  stop(): void;
  /** How many workers answered at least once: 0 when everything ran in this thread. */
  readonly workers: number;
}

const AHEAD = 2;

export function runPool(tasks: readonly PoolTask[], options: PoolOptions): PoolRun {
  const queue: PoolTask[] = [...tasks].reverse();
  let remaining = tasks.length;
  let stopped = false;
  let answered = 0;
  // Each live worker, and how to send it more work.
  const live = new Map<Worker, () => void>();
  let finish: () => void = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));

  const reply = (r: IndexReply) => {
    if (stopped) return;
    options.onReply(r);
    if (--remaining === 0) stop();
  };
  const stop = () => {
    if (stopped) return;
    stopped = true;
    for (const w of live.keys()) void w.terminate();
    live.clear();
    finish();
  };

  const inThread = async () => {
    while (!stopped && queue.length > 0) {
      await new Promise((resolve) => setImmediate(resolve));
      const task = queue.pop();
      if (task && !stopped) reply(await answer(task, options.settings, options.engine));
    }
  };

  const start = (): boolean => {
    let worker: Worker;
    try {
      worker = new Worker(options.script!, { workerData: indexWorkerData(options.settings, options.engine), stdout: true, stderr: true });
    } catch {
      return false;
    }
    worker.unref();
    const inFlight = new Map<number, PoolTask>();
    let replied = false;
    const feed = () => {
      while (!stopped && inFlight.size < AHEAD && queue.length > 0) {
        const task = queue.pop()!;
        inFlight.set(task.index, task);
        worker.postMessage(task);
      }
    };
    worker.on('message', (r: IndexReply) => {
      if (!replied) answered++;
      replied = true;
      inFlight.delete(r.index);
      reply(r);
      feed();
    });
    const lost = (why: string) => {
      if (!live.delete(worker) || stopped) return;
      // A worker that never answered could not start: its sources go back. One that
      // answered before died on one of these (out of memory, say): they are its errors.
      for (const task of inFlight.values()) {
        if (replied) reply({ index: task.index, file: task.file, error: `the index worker ended while reading it (${why})` });
        else queue.push(task);
      }
      inFlight.clear();
      if (stopped) return;
      for (const more of live.values()) more();
      if (live.size === 0 && queue.length > 0 && !(replied && start())) void inThread();
    };
    worker.on('error', (err) => lost(err.message));
    worker.on('exit', (code) => lost(`exit ${code}`));
    live.set(worker, feed);
    feed();
    return true;
  };

  if (remaining === 0) finish();
  else {
    const size = Math.max(1, Math.min(options.size ?? availableParallelism(), tasks.length));
    let started = 0;
    if (options.script) for (let i = 0; i < size; i++) if (start()) started++;
    if (started === 0) void inThread();
  }
  return {
    done,
    stop,
    get workers() {
      return answered;
    },
  };
}
