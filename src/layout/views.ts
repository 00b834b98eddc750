// Which units a view shows, in order, with blank lines between them: the
// whole article, or only the paragraphs that hold one speaker's words.
import type { ArticleUnits } from './units.js';
import { GAP } from './view.js';

/** A list item as the readers write it: a bullet or a number first. */
const LIST_ITEM = /^(?:•|\d{1,3}\.) /;

/** Whether `unit` follows `previous` with no blank line: the items of one list sit together. */
function joined(article: ArticleUnits, previous: number, unit: number): boolean {
  const a = article.units[previous];
  const b = article.units[unit];
  return a.kind === 'paragraph' && b.kind === 'paragraph' && LIST_ITEM.test(a.text) && LIST_ITEM.test(b.text);
}

function withGaps(article: ArticleUnits, blocks: number[][]): number[] {
  const items: number[] = [];
  for (const block of blocks) {
    if (block.length === 0) continue;
    const last = items[items.length - 1];
    if (items.length > 0 && !(last !== GAP && joined(article, last, block[0]))) items.push(GAP);
    items.push(...block);
  }
  return items;
}

function sectionBlocks(article: ArticleUnits, section: number, paragraphs: readonly number[]): number[][] {
  const heading = article.headingUnit[section];
  const blocks = paragraphs.map((p) => [article.paragraphUnit[section][p]]);
  return heading === -1 ? blocks : [[heading], ...blocks];
}

/** The whole article: header, then every section with its heading. (One pass: a long article has tens of thousands of paragraphs.) */
export function fullItems(article: ArticleUnits): number[] {
  const items: number[] = [...article.header];
  const block = (unit: number) => {
    if (items.length > 0 && !joined(article, items[items.length - 1], unit)) items.push(GAP);
    items.push(unit);
  };
  article.paragraphUnit.forEach((units, s) => {
    if (article.headingUnit[s] !== -1) block(article.headingUnit[s]);
    for (const unit of units) block(unit);
  });
  return items;
}

/** The title, then each paragraph in `units` under its section heading. */
export function filteredItems(article: ArticleUnits, units: Iterable<number>): number[] {
  const wanted = new Set(units);
  const title = article.header.filter((u) => article.units[u].kind === 'title');
  const blocks: number[][] = [title];
  article.paragraphUnit.forEach((paragraphUnits, s) => {
    const kept = paragraphUnits.flatMap((unit, p) => (wanted.has(unit) ? [p] : []));
    // A loop, not push(...): a section may have more paragraphs than the stack has room for arguments.
    if (kept.length > 0) for (const block of sectionBlocks(article, s, kept)) blocks.push(block);
  });
  return withGaps(article, blocks);
}
