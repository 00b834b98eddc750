// A worker of the index's pool. It runs the CLI's own bundle, which starts
// serveIndex when it finds itself in one (as the quote and catalog workers do),
// and answers each task it is sent: a file it reads, keys and builds itself,
// or a feed item's text to build.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { answer, type IndexSettings, type PoolTask } from './index-one.js';

const ROLE = 'quoted:index';

export interface IndexWorkerData {
  role: typeof ROLE;
  settings: IndexSettings;
  /** The engine's version as the main thread keys models (run from source, a worker running the bundle would key them otherwise). */
  engine: string;
}

export function indexWorkerData(settings: IndexSettings, engine: string): IndexWorkerData {
  return { role: ROLE, settings, engine };
}

export function isIndexWorker(): boolean {
  return !isMainThread && (workerData as { role?: string } | null)?.role === ROLE;
}

export function serveIndex(): void {
  const { settings, engine } = workerData as IndexWorkerData;
  parentPort?.on('message', (task: PoolTask) => void answer(task, settings, engine).then((reply) => parentPort?.postMessage(reply)));
}
