// A folder's article files, by name: the index's sources, and the library's
// list (which shows them before any is read).
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { stripControls } from '../core/controls.js';
import type { IndexSource } from './index-source.js';

const ARTICLE_FILE = /\.(txt|text|md|markdown|html?)$/i;
// A folder's own notes are not articles.
const FOLDER_NOTE = /^(readme|sources|license|licence|changelog|notes|index)\b/i;

/** An article file: where it is, and its name safe to print. */
export interface ArticleFile {
  path: string;
  file: string;
}

/** The article files in `dir`, by name; a missing or unreadable folder is an error. */
export function articleFiles(dir: string): ArticleFile[] {
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true })
      .filter((d) => (d.isFile() || d.isSymbolicLink()) && ARTICLE_FILE.test(d.name) && !FOLDER_NOTE.test(d.name))
      .map((d) => d.name);
  } catch (err) {
    throw new Error(`cannot open the library at ${stripControls(dir)} (${(err as NodeJS.ErrnoException).code ?? err})`);
  }
  return names.sort().map((name) => ({ path: join(dir, name), file: stripControls(basename(name)) }));
}

export function folderSources(dir: string): IndexSource[] {
  return articleFiles(dir).map((f) => ({ kind: 'file', ...f }));
}
