// Front matter: the YAML (---) or TOML (+++) header of a Markdown file, read
// for the few fields an article needs. Only flat keys, quoted or bare
// scalars, lists ([a, b] or "- a" lines), block scalars and a nested name.

export interface FrontMatter {
  fields: Map<string, string[]>;
  /** The Markdown after the front matter. */
  body: string;
}

function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0]) {
    const inner = v.slice(1, -1);
    return v[0] === '"' ? inner.replace(/\\(["\\])/g, '$1').replace(/\\n/g, ' ') : inner.replace(/''/g, "'");
  }
  // A YAML comment after a bare value.
  return v.replace(/\s+#.*$/, '');
}

function inlineList(value: string): string[] | null {
  const m = value.trim().match(/^\[(.*)\]$/);
  if (!m) return null;
  return m[1].split(',').map(unquote).filter(Boolean);
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
  const separator = fence === '---' ? ':' : '=';
  let key: string | null = null;
  let block: 'list' | 'scalar' | null = null;
  for (const raw of lines.slice(0, end)) {
    const line = raw.replace(/\r$/, '');
    const top = line.match(new RegExp(`^([A-Za-z_][\\w.-]*)\\s*${separator}\\s*(.*)$`));
    if (top) {
      key = top[1].toLowerCase();
      const value = top[2];
      const list = inlineList(value);
      // A block scalar (> or |) or a list on the lines below, else one value.
      block = /^[>|][+-]?\s*$/.test(value) ? 'scalar' : value.trim() === '' ? 'list' : null;
      fields.set(key, list ?? (block ? [] : [unquote(value)]));
      if (list) block = null;
      continue;
    }
    if (key === null || !/^\s/.test(line) || line.trim() === '') continue;
    const values = fields.get(key)!;
    const item = line.match(/^\s+-\s+(.*)$/);
    const nested = line.match(/^\s+(?:-\s+)?name\s*:\s*(.+)$/);
    if (nested) values.push(unquote(nested[1])); // author:\n  name: Jane Doe
    else if (item && block === 'list') values.push(unquote(item[1]));
    else if (block === 'scalar') {
      if (values.length === 0) values.push(line.trim());
      else values[0] += ` ${line.trim()}`;
    }
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
