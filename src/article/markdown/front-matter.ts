// Front matter: the YAML (---) or TOML (+++) header of a Markdown file, read
// by `yaml` and `smol-toml` for the few fields an article needs. A header
// that does not parse gives no fields, and is still left out of the body.
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';

export interface FrontMatter {
  /** Each top-level key, lower-cased, with its values as text. */
  fields: Map<string, string[]>;
  /** The Markdown after the front matter. */
  body: string;
}

/** A value as the lines of text it gives: lists item by item, `{ name }` as the name (author:\n  name: Jane Doe). */
function texts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value instanceof Date) return [value.toISOString()];
  if (value !== null && typeof value === 'object') return 'name' in value ? texts(value.name) : [];
  if (typeof value === 'string') return [value.replace(/\s*\n\s*/g, ' ').trim()];
  return typeof value === 'number' || typeof value === 'boolean' ? [String(value)] : [];
}

function parseHeader(fence: string, source: string): unknown {
  try {
    return fence === '---' ? parseYaml(source) : parseToml(source);
  } catch {
    return null;
  }
}

/** Split `text` into its front matter fields and the body after them. */
export function readFrontMatter(text: string): FrontMatter {
  const fields = new Map<string, string[]>();
  const open = text.match(/^\ufeff?(---|\+\+\+)[ \t]*\r?\n/);
  if (!open) return { fields, body: text };
  const fence = open[1];
  const closing = fence === '---' ? /^(?:---|\.\.\.)[ \t]*$/ : /^\+\+\+[ \t]*$/;
  const lines = text.slice(open[0].length).split('\n');
  const end = lines.findIndex((l) => closing.test(l.replace(/\r$/, '')));
  if (end < 0) return { fields, body: text };
  const header = parseHeader(fence, lines.slice(0, end).join('\n'));
  if (header !== null && typeof header === 'object' && !Array.isArray(header)) {
    for (const [key, value] of Object.entries(header)) fields.set(key.toLowerCase(), texts(value));
  }
  return { fields, body: lines.slice(end + 1).join('\n') };
}

/** The first value of the first of `keys` that the front matter has. */
export function field(fm: FrontMatter, keys: string[]): string | null {
  for (const key of keys) {
    const values = fm.fields.get(key);
    if (values && values.length > 0 && values[0]) return values[0];
  }
  return null;
}

/** All values of the first of `keys` that the front matter has. */
export function fieldList(fm: FrontMatter, keys: string[]): string[] {
  for (const key of keys) {
    const values = fm.fields.get(key);
    if (values && values.length > 0) return values.filter(Boolean);
  }
  return [];
}
