// The library: the articles in a folder, each summarised by title, outlet,
// date and number of people quoted. Summaries are built one at a time (in the
// catalog worker when there is one), so the list is drawn before any article
// has been read.
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ArticleModel } from '../../core/model.js';
import { stripControls } from '../../core/controls.js';
import { loadInput } from '../../input/load.js';
import { DEFAULT_MAX_BYTES } from '../../input/read-file.js';
import { buildModel } from '../../pipeline.js';

/** What the list shows of an article. */
export interface Summary {
  title: string | null;
  date: string | null;
  source: string | null;
  people: number;
}

export interface CatalogEntry {
  path: string;
  /** The file name, safe to print. */
  file: string;
  model: ArticleModel | null;
  /** The list's line, known before the model (from the catalog worker) or from it. */
  summary: Summary | null;
  /** Why the article could not be read, once it was tried. */
  error: string | null;
}

const ARTICLE_FILE = /\.(txt|text|md|markdown|html?)$/i;
// A folder's own notes are not articles.
const FOLDER_NOTE = /^(readme|sources|license|licence|changelog|notes|index)\b/i;

/** The article files in `dir`, by name; a missing or unreadable folder is an error. */
export function listCatalog(dir: string): CatalogEntry[] {
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true })
      .filter((d) => (d.isFile() || d.isSymbolicLink()) && ARTICLE_FILE.test(d.name) && !FOLDER_NOTE.test(d.name))
      .map((d) => d.name);
  } catch (err) {
    throw new Error(`cannot open the library at ${stripControls(dir)} (${(err as NodeJS.ErrnoException).code ?? err})`);
  }
  return names.sort().map((name) => ({ path: join(dir, name), file: stripControls(basename(name)), model: null, summary: null, error: null }));
}

/** Read and analyse one article of the catalogue. */
export async function loadEntry(entry: CatalogEntry): Promise<CatalogEntry> {
  try {
    const input = await loadInput(entry.path, { maxBytes: DEFAULT_MAX_BYTES });
    const model = buildModel(input.text, input.format);
    return { ...entry, model, summary: summarize(model), error: null };
  } catch (err) {
    return { ...entry, error: err instanceof Error ? err.message : String(err) };
  }
}

export function summarize(model: ArticleModel): Summary {
  return { title: model.title, date: model.date, source: model.source, people: peopleCount(model) };
}

/** How many people an article quotes. */
export function peopleCount(model: ArticleModel): number {
  return model.people.length;
}

/** The library as plain lines, for when standard output is not a terminal. */
export function formatCatalog(entries: CatalogEntry[]): string {
  return entries
    .map((e) => {
      if (!e.model) return `${e.file}\t-\t-\t(cannot read: ${e.error ?? 'unknown'})\n`;
      const title = e.model.title ?? e.file;
      return `${e.file}\t${e.model.date ?? '-'}\t${peopleCount(e.model)}\t${title}\n`;
    })
    .join('');
}
