// A worker of the index's pool. It runs the CLI's own bundle, which starts
// serveIndex when it finds itself in one (as the quote and catalog workers do),
// and builds each article it is sent, in the order sent.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { buildReply, type IndexSettings, type BuildTask } from './index-one.js';

const ROLE = 'quoted:index';

export interface IndexWorkerData {
  role: typeof ROLE;
  settings: IndexSettings;
}

export function indexWorkerData(settings: IndexSettings): IndexWorkerData {
  return { role: ROLE, settings };
}

export function isIndexWorker(): boolean {
  return !isMainThread && (workerData as { role?: string } | null)?.role === ROLE;
}

export function serveIndex(): void {
  const { settings } = workerData as IndexWorkerData;
  parentPort?.on('message', (task: BuildTask) => parentPort?.postMessage(buildReply(task, settings)));
}
