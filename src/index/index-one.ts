// One article of the index: read, looked up in the cache, else parsed and
// analysed by the one pipeline (loadInput, then buildModel) and kept. Runs in
// a pool worker, or in the caller's thread when there is no worker.
import type { ArticleModel } from '../article/model.js';
import { loadInput } from '../input/load.js';
import { buildModel } from '../model.js';
import { toJsonLine } from '../output/json.js';
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

const NO_DEFAULTS = { title: null, date: null, source: null };

async function readSource(source: IndexSource, maxBytes: number): Promise<SourceText> {
  if (source.kind === 'feed-item') return loadFeedItem(source.item, { maxBytes, allowPrivate: source.allowPrivate });
  const input = await loadInput(source.path, { maxBytes });
  return { text: input.text, format: input.format, defaults: NO_DEFAULTS, note: null };
}

function withDefaults(model: ArticleModel, defaults: SourceText['defaults']): ArticleModel {
  return { ...model, title: model.title ?? defaults.title, date: model.date ?? defaults.date, source: model.source ?? defaults.source };
}

/** The model of `source` and how it was come by; an error message when it cannot be read. */
export async function modelOf(source: IndexSource, settings: IndexSettings, engine: string): Promise<{ model: ArticleModel; key: string; cached: boolean; note: string | null; warning: string | null }> {
  const read = await readSource(source, settings.maxBytes);
  const { title, date, source: outlet } = read.defaults;
  // Every input to the model is in the key: the format, the defaults, the text.
  const key = cacheKey(`${read.format}\0${title ?? ''}\0${date ?? ''}\0${outlet ?? ''}\0${read.text}`, engine);
  const kept = settings.cache ? readModel(settings.cache, key) : null;
  if (kept) return { model: kept, key, cached: true, note: read.note, warning: null };
  const model = withDefaults(buildModel(read.text, read.format), read.defaults);
  const warning = settings.cache ? writeModel(settings.cache, key, model) : null;
  return { model, key, cached: false, note: read.note, warning };
}

export async function indexOne(source: IndexSource, index: number, settings: IndexSettings, engine: string): Promise<IndexReply> {
  try {
    const { model, key, cached, note, warning } = await modelOf(source, settings, engine);
    const article = indexedArticle(model, { index, file: source.file, key, cached, note });
    return {
      index,
      article,
      ...(settings.json ? { json: toJsonLine(model, source.file) } : {}),
      ...(warning ? { warning } : {}),
    };
  } catch (err) {
    // One line, whatever went wrong: a file that cannot be read never stops the index.
    const message = err instanceof Error ? err.message : String(err);
    return { index, file: source.file, error: message.split('\n')[0] };
  }
}
