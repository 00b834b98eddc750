// Split normalised text into units: a paragraph (a hard-wrapped block joined
// into one line) or a single short line (a title, byline, subhead, nav item).
import { tidy } from './normalize.js';
import { dateLine } from './dates.js';
import { parseOutletDate } from './byline.js';

/**
 * The units of a text. Kept as a flat list of strings because a 50 MB file of
 * short lines has millions of units, and an object and an array per unit
 * would not fit in memory.
 */
export interface Units {
  /** Each unit's text: a paragraph joined into one line, or a single line. */
  texts: string[];
  /** The input lines of the units made of more than one line, by unit index. */
  multiline: Map<number, string[]>;
}

/** The input lines unit `i` came from, as printed (for boilerplate reports). */
export function unitLines(units: Units, i: number): string[] {
  return units.multiline.get(i) ?? [units.texts[i]];
}

// A block whose lines are all this short is a list of lines, never one paragraph.
const SHORT_LINE = 45;

function widestLine(lines: string[]): number {
  // A loop, not Math.max(...lines): a block may have millions of lines.
  let widest = 0;
  for (const line of lines) if (line.length > widest) widest = line.length;
  return widest;
}

// A byline or date line is a unit of its own even when it is long enough to
// pass for the first line of a wrapped paragraph.
const HEADER_LINE_MAX = 90;

function isHeaderLine(line: string | undefined): boolean {
  if (line === undefined || line.length > HEADER_LINE_MAX) return false;
  if (/^(?:by:?|(?:authors?|writers?|reporters?)\s*:)\s+\p{Lu}/iu.test(line)) return true;
  return /\d/.test(line) && (dateLine(line) !== null || parseOutletDate(line) !== null);
}

/** Cut one block's lines into units, adding them to `units`. */
function splitBlock(lines: string[], units: Units): void {
  const widest = widestLine(lines);
  let first = 0;
  for (let i = 0; i < lines.length; i++) {
    const short = widest <= SHORT_LINE || lines[i].length < Math.min(SHORT_LINE, widest * 0.6);
    // Header lines are only looked for in the first lines of a block.
    const header = i < 3 && (isHeaderLine(lines[i]) || isHeaderLine(lines[i + 1]));
    if (short || header || i === lines.length - 1) {
      if (i > first) {
        const group = lines.slice(first, i + 1);
        units.multiline.set(units.texts.length, group);
        units.texts.push(group.join(' '));
      } else {
        units.texts.push(lines[i]);
      }
      first = i + 1;
    }
  }
}

/**
 * In a hard-wrapped paragraph only the last line is short. A line much shorter
 * than the widest of its block ends a unit (a subhead over its paragraph, a
 * "By …" line over a date); a block of only short lines is a list. Blocks are
 * separated by blank lines.
 */
export function splitUnits(text: string): Units {
  const units: Units = { texts: [], multiline: new Map() };
  let block: string[] = [];
  // Walk the lines without splitting the whole text into one huge array.
  for (let at = 0; at <= text.length;) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = tidy(text.slice(at, end));
    if (line.length > 0) block.push(line);
    else if (block.length > 0) {
      splitBlock(block, units);
      block = [];
    }
    at = end + 1;
  }
  if (block.length > 0) splitBlock(block, units);
  return units;
}
