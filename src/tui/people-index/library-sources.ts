// A library of index sources that are not files of a folder (a feed's
// items): one row each, named by its link, filled in by the index.
import type { IndexSource } from '../../index/index-source.js';
import type { CatalogEntry } from '../library/catalog.js';
import type { LibraryIndex } from './use-index.js';

export function libraryOfSources(sources: IndexSource[], script: URL | null): { entries: CatalogEntry[]; index: LibraryIndex } {
  const entries = sources.map((s) => ({ path: s.kind === 'file' ? s.path : (s.item.link ?? ''), file: s.file, model: null, summary: null, error: null }));
  return { entries, index: { sources, script } };
}
