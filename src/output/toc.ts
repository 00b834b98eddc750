// --toc: the numbered list of sections, one per line.
import type { ArticleModel } from '../core/model.js';
import { numberedLabel } from './labels.js';

export function renderToc(model: ArticleModel): string {
  const count = model.sections.length;
  return model.sections.map((section, i) => `${numberedLabel(section, i, count)}\n`).join('');
}
