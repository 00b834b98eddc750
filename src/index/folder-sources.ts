// A folder's article files as the index's sources, in the library's order.
import { listCatalog } from '../tui/library/catalog.js';
import type { IndexSource } from './index-source.js';

export function folderSources(dir: string): IndexSource[] {
  return listCatalog(dir).map((e) => ({ kind: 'file', path: e.path, file: e.file }));
}
