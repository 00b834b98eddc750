// A worker of the index's pool. It runs the CLI's own bundle, which starts
// serveIndex when it finds itself in one (as the quote and catalog workers do),
// and answers each source it is sent, in the order sent.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { indexOne, type IndexSettings } from './index-one.js';
import type { IndexSource } from './index-source.js';

const ROLE = 'quoted:index';

export interface IndexWorkerData {
  role: typeof ROLE;
  settings: IndexSettings;
  engine: string;
}

/** A source sent to a worker, with its place in the list. */
export interface IndexTask {
  index: number;
  source: IndexSource;
}

export function indexWorkerData(settings: IndexSettings, engine: string): IndexWorkerData {
  return { role: ROLE, settings, engine };
}

export function isIndexWorker(): boolean {
  return !isMainThread && (workerData as { role?: string } | null)?.role === ROLE;
}

export function serveIndex(): void {
  const { settings, engine } = workerData as IndexWorkerData;
  let queue = Promise.resolve();
  parentPort?.on('message', (task: IndexTask) => {
    queue = queue.then(async () => parentPort?.postMessage(await indexOne(task.source, task.index, settings, engine)));
  });
}
