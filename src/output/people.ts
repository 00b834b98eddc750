// --people: who is quoted, as an aligned table. The role comes last so that a
// long one never pushes the counts out of line.
import type { ArticleModel } from '../article/model.js';
import type { Style } from './color.js';
import { safe } from './labels.js';
import { displayWidth, padEnd, padStart } from './width.js';

const HEADER = { name: 'NAME', quotes: 'QUOTES', reported: 'REPORTED', role: 'ROLE' };
const GAP = '  ';

export function renderPeople(model: ArticleModel, style: Style): string {
  if (model.people.length === 0) return '';
  const rows = model.people.map((p) => ({
    name: safe(p.name),
    quotes: String(p.quotes),
    reported: String(p.reported),
    role: p.role === null ? '' : safe(p.role),
  }));
  const nameWidth = Math.max(displayWidth(HEADER.name), ...rows.map((r) => displayWidth(r.name)));
  const line = (r: typeof HEADER, styleName: (s: string) => string) =>
    [
      styleName(padEnd(r.name, nameWidth)),
      padStart(r.quotes, HEADER.quotes.length),
      padStart(r.reported, HEADER.reported.length),
      r.role,
    ]
      .join(GAP)
      .trimEnd() + '\n';
  return style.dim(line(HEADER, (s) => s).trimEnd()) + '\n' + rows.map((r) => line(r, style.name)).join('');
}
