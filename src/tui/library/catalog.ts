// The library: the articles in a folder, each summarised by title, outlet,
// date and number of people quoted. Summaries are built one at a time (in the
// catalog worker when there is one), so the list is drawn before any article
// has been read.
import type { ArticleModel } from '../../core/model.js';
import { loadInput } from '../../input/load.js';
import { DEFAULT_MAX_BYTES } from '../../input/read-file.js';
import { buildModel } from '../../pipeline.js';
import { articleFiles } from '../../index/folder-sources.js';

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

/** The article files in `dir`, by name, none read yet; a missing or unreadable folder is an error. */
export function listCatalog(dir: string): CatalogEntry[] {
  return articleFiles(dir).map((f) => ({ ...f, model: null, summary: null, error: null }));
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
function peopleCount(model: ArticleModel): number {
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
