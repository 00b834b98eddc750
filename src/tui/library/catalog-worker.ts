// The library's summaries (title, outlet, date, people quoted) read in a
// worker thread: a folder of hundreds of articles fills in while the list
// answers every key at once, since reading and analysing an article never
// runs on the thread that draws. The worker runs the CLI's own bundle, which
// starts serveCatalog when it finds itself in one.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { loadEntry, type CatalogEntry, type Summary } from './catalog.js';

const ROLE = 'quoted:catalog';

export type CatalogReply = { index: number; summary: Summary } | { index: number; error: string };

export function isCatalogWorker(): boolean {
  return !isMainThread && (workerData as { role?: string } | null)?.role === ROLE;
}

/** Read each path the library sends, in order, and answer one summary at a time. */
export function serveCatalog(): void {
  parentPort?.once('message', async (paths: string[]) => {
    for (const [index, path] of paths.entries()) {
      const entry = await loadEntry({ path, file: path, model: null, summary: null, error: null });
      const reply: CatalogReply = entry.summary ? { index, summary: entry.summary } : { index, error: entry.error ?? 'cannot read' };
      parentPort?.postMessage(reply);
    }
    parentPort?.close();
  });
}

/** Summaries of `entries` from a worker running `script`; stop() ends it. Null when no worker can start. */
export function summariesInWorker(entries: CatalogEntry[], script: URL, onReply: (reply: CatalogReply) => void): { stop(): void } | null {
  let worker: Worker;
  try {
    worker = new Worker(script, { workerData: { role: ROLE }, stdout: true, stderr: true });
  } catch {
    return null;
  }
  worker.unref();
  worker.on('message', onReply);
  worker.on('error', () => {});
  worker.postMessage(entries.map((e) => e.path));
  return { stop: () => void worker.terminate() };
}
