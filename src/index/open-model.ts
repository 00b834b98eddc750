// The whole model of an indexed article, for the reader: read back from the
// cache by its key when the index has it, else built now by the same pipeline.
import type { ArticleModel } from '../core/model.js';
import { modelOf, type IndexSettings } from './index-one.js';
import type { IndexedArticle } from './indexed-article.js';
import type { IndexSource } from './index-source.js';
import { readModel } from './model-cache.js';

export async function openModel(
  source: IndexSource,
  known: IndexedArticle | null,
  settings: IndexSettings,
  engine: string,
): Promise<{ model: ArticleModel; note: string | null }> {
  const kept = known && settings.cache ? readModel(settings.cache, known.key) : null;
  if (kept) return { model: kept, note: known!.note };
  const built = await modelOf(source, settings, engine);
  return { model: built.model, note: built.note };
}
