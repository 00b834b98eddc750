// One article of the index, in two steps. Looking it up reads the source and
// its model's key, and the model if the cache has it. Building it runs the one
// pipeline (buildModel on the text loadInput read) and keeps the model. A pool
// worker given a file does both; given a feed item's text, already fetched,
// it builds. With few to build, both are done in the calling thread.
import type { ArticleModel } from '../core/model.js';
import { loadInput } from '../input/load.js';
import { buildModel } from '../pipeline.js';
import { toJsonLine } from '../core/model-json.js';
import { loadFeedItem } from '../feeds/load-item.js';
import { cacheKey, readModel, writeModel, type ModelCache } from './model-cache.js';
import { indexedArticle, type IndexReply } from './indexed-article.js';
import type { IndexSource, SourceText } from './index-source.js';

export interface IndexSettings {
  /** Null: analyse everything, keep nothing. */
  cache: ModelCache | null;
  maxBytes: number;
  /** Also answer each model as one line of JSON (for --json DIR). */
  json: boolean;
}

/** An article read and keyed, whose model the cache does not have. */
export interface BuildTask {
  index: number;
  file: string;
  read: SourceText;
  key: string;
}

/** A file for a pool worker to look up itself, and to build when the cache has not got it. */
export interface FileTask {
  index: number;
  file: string;
  source: Extract<IndexSource, { kind: 'file' }>;
}

export type PoolTask = BuildTask | FileTask;

const NO_DEFAULTS = { title: null, date: null, source: null };

async function readSource(source: IndexSource, maxBytes: number): Promise<SourceText> {
  if (source.kind === 'feed-item') return loadFeedItem(source.item, { maxBytes, allowPrivate: source.allowPrivate });
  const input = await loadInput(source.path, { maxBytes });
  return { text: input.text, format: input.format, defaults: NO_DEFAULTS, note: null };
}

/** The one line an error is: a source that cannot be read never stops the index. */
function errorReply(index: number, file: string, err: unknown): IndexReply {
  const message = err instanceof Error ? err.message : String(err);
  return { index, file, error: message.split('\n')[0] };
}

export function replyOf(
  task: Omit<BuildTask, 'read'> & { note: string | null },
  model: ArticleModel,
  cached: boolean,
  settings: IndexSettings,
  warning: string | null = null,
): IndexReply {
  return {
    index: task.index,
    article: indexedArticle(model, { index: task.index, file: task.file, key: task.key, cached, note: task.note }),
    ...(settings.json ? { json: toJsonLine(model, task.file) } : {}),
    ...(warning ? { warning } : {}),
  };
}

/** The source read and keyed, with its model when the cache has it; an error reply when it cannot be read. */
export async function lookUp(
  source: IndexSource,
  index: number,
  settings: IndexSettings,
  engine: string,
): Promise<{ task: BuildTask; model: ArticleModel | null } | { error: IndexReply }> {
  try {
    const read = await readSource(source, settings.maxBytes);
    const { title, date, source: outlet } = read.defaults;
    // Every input to the model is in the key: the format, the defaults, the text.
    const key = cacheKey(`${read.format}\0${title ?? ''}\0${date ?? ''}\0${outlet ?? ''}\0${read.text}`, engine);
    return { task: { index, file: source.file, read, key }, model: settings.cache ? readModel(settings.cache, key) : null };
  } catch (err) {
    return { error: errorReply(index, source.file, err) };
  }
}

/** A look-up's answer when it is an error or in the cache; else the task to build. */
export function lookedUp(found: Awaited<ReturnType<typeof lookUp>>, settings: IndexSettings): { reply: IndexReply } | { task: BuildTask } {
  if ('error' in found) return { reply: found.error };
  if (found.model) return { reply: replyOf({ ...found.task, note: found.task.read.note }, found.model, true, settings) };
  return { task: found.task };
}

/** A pool task answered as the index does: a file looked up first, then built unless the cache has it. */
export async function answer(task: PoolTask, settings: IndexSettings, engine: string): Promise<IndexReply> {
  if ('read' in task) return buildReply(task, settings);
  const found = lookedUp(await lookUp(task.source, task.index, settings, engine), settings);
  return 'reply' in found ? found.reply : buildReply(found.task, settings);
}

/** The model of a looked-up article, built now and kept; the cache's complaint, if any. */
function buildOne(task: BuildTask, settings: IndexSettings): { model: ArticleModel; warning: string | null } {
  const { defaults } = task.read;
  const built = buildModel(task.read.text, task.read.format);
  const model = { ...built, title: built.title ?? defaults.title, date: built.date ?? defaults.date, source: built.source ?? defaults.source };
  return { model, warning: settings.cache ? writeModel(settings.cache, task.key, model) : null };
}

/** Build one article and answer as the index does. */
export function buildReply(task: BuildTask, settings: IndexSettings): IndexReply {
  try {
    const { model, warning } = buildOne(task, settings);
    return replyOf({ ...task, note: task.read.note }, model, false, settings, warning);
  } catch (err) {
    return errorReply(task.index, task.file, err);
  }
}

/** The model of `source`, from the cache or built now (for opening one article). */
export async function modelOf(source: IndexSource, settings: IndexSettings, engine: string): Promise<{ model: ArticleModel; note: string | null }> {
  const found = await lookUp(source, 0, settings, engine);
  if ('error' in found) throw new Error('error' in found.error ? found.error.error : 'cannot read');
  return { model: found.model ?? buildOne(found.task, settings).model, note: found.task.read.note };
}
