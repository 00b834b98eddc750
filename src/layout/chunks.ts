// A view's items cut into chunks that wrap independently: a chunk is a run
// of whole units of one section (the header goes with the first section),
// at most about CHUNK_CHARS characters unless one unit is longer. A unit's
// lines depend only on its text and the width, so any chunk can be laid out
// without those before it: a jump wraps the chunk it lands in, not the
// article above it. Made in one pass over the items, without wrapping.
import type { ArticleUnits } from './units.js';

/** In a view's item list, a blank line. */
export const GAP = -1;

/** About 0.3 ms of wrapping: a jump's cost, and the idle layout's step. */
export const CHUNK_CHARS = 16 * 1024;

export interface Chunks {
  count: number;
  /** Chunk c holds items [itemStart[c], itemStart[c + 1]). */
  itemStart: Int32Array;
  /** The section every line of chunk c belongs to. */
  section: Int32Array;
  /** Characters of text in chunk c, and blank lines (gaps) it holds. */
  chars: Float64Array;
  gaps: Int32Array;
  /** Sums over the chunks before c: characters, gaps, and most lines they can have (one character a line). */
  charsBefore: Float64Array;
  gapsBefore: Float64Array;
  boundBefore: Float64Array;
  /** Per unit: its chunk, or -1 when the view leaves it out. */
  unitChunk: Int32Array;
  /** The sections shown, in order, and the first chunk of each (by section index; -1 when not shown). */
  sections: number[];
  firstChunk: Int32Array;
}

export function cutChunks(article: ArticleUnits, items: readonly number[]): Chunks {
  // At most a chunk an item: filled in place, cut to the count at the end (this runs before the first frame).
  const most = items.length;
  const itemStart = new Int32Array(most + 1);
  const sectionOf = new Int32Array(most);
  const chars = new Float64Array(most);
  const gaps = new Int32Array(most);
  const unitChunk = new Int32Array(article.units.length).fill(-1);
  const firstChunk = new Int32Array(article.paragraphUnit.length).fill(-1);
  const sections: number[] = [];
  const { units } = article;
  // The chunk being filled has no section yet while it holds only the header.
  let open = -1;
  let openSection = -1;
  for (let i = 0; i < most; i++) {
    const item = items[i];
    if (item === GAP) {
      if (open >= 0) gaps[open]++;
      continue;
    }
    const unit = units[item];
    const section = unit.section;
    const enters = section >= 0 && section !== openSection;
    if (open < 0 || (enters && openSection >= 0) || (section >= 0 && section === openSection && chars[open] >= CHUNK_CHARS)) {
      open++;
      itemStart[open] = i;
      sectionOf[open] = section >= 0 ? section : 0;
    }
    if (enters) {
      openSection = section;
      sectionOf[open] = section;
      firstChunk[section] = open;
      sections.push(section);
    }
    chars[open] += unit.text.length;
    unitChunk[item] = open;
  }
  const count = open + 1;
  itemStart[count] = most;
  const charsBefore = new Float64Array(count + 1);
  const gapsBefore = new Float64Array(count + 1);
  const boundBefore = new Float64Array(count + 1);
  for (let c = 0; c < count; c++) {
    charsBefore[c + 1] = charsBefore[c] + chars[c];
    gapsBefore[c + 1] = gapsBefore[c] + gaps[c];
    // Every line shows a character at least, or is a gap; one more for slack.
    boundBefore[c + 1] = boundBefore[c] + chars[c] + gaps[c] + 1;
  }
  return {
    count,
    itemStart: itemStart.slice(0, count + 1),
    section: sectionOf.slice(0, count),
    chars: chars.slice(0, count),
    gaps: gaps.slice(0, count),
    charsBefore,
    gapsBefore,
    boundBefore,
    unitChunk,
    sections,
    firstChunk,
  };
}
