// --people: who is quoted, as an aligned table: name, type, quotes (direct and
// partial), reported statements, role. The role comes last so that a long one
// never pushes the counts out of line.
import type { ArticleModel } from '../core/model.js';
import type { Style } from './color.js';
import { safe } from './labels.js';
import { displayWidth, padEnd, padStart } from '../layout/width.js';

const HEADER = { name: 'NAME', type: 'TYPE', quotes: 'QUOTES', reported: 'REPORTED', role: 'ROLE' };
// The widest type, "organisation".
const TYPE_WIDTH = 12;
const GAP = '  ';

export function renderPeople(model: ArticleModel, style: Style): string {
  if (model.people.length === 0) return '';
  const rows = model.people.map((p) => ({
    name: safe(p.name),
    type: p.type,
    quotes: String(p.quotes),
    reported: String(p.reported),
    role: p.role === null ? '' : safe(p.role),
  }));
  // A loop, not Math.max(...): a spread of a very long list overflows the stack.
  let nameWidth = displayWidth(HEADER.name);
  for (const r of rows) nameWidth = Math.max(nameWidth, displayWidth(r.name));
  const line = (r: typeof HEADER, styleName: (s: string) => string) =>
    [
      styleName(padEnd(r.name, nameWidth)),
      padEnd(r.type, TYPE_WIDTH),
      padStart(r.quotes, HEADER.quotes.length),
      padStart(r.reported, HEADER.reported.length),
      r.role,
    ]
      .join(GAP)
      .trimEnd() + '\n';
  return style.dim(line(HEADER, (s) => s).trimEnd()) + '\n' + rows.map((r) => line(r, style.name)).join('');
}
