// Split normalised text into units: a paragraph (a hard-wrapped block joined
// into one line) or a single short line (a title, byline, subhead, nav item).
import { tidy } from './normalize.js';

export interface Unit {
  text: string;
  /** The input lines this unit came from, as printed (for boilerplate reports). */
  lines: string[];
}

// A block whose lines are all this short is a list of lines, never one paragraph.
const SHORT_LINE = 45;

/**
 * In a hard-wrapped paragraph only the last line is short. A line much shorter
 * than the widest of its block ends a unit (a subhead over its paragraph, a
 * "By …" line over a date); a block of only short lines is a list.
 */
export function splitUnits(text: string): Unit[] {
  const units: Unit[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    const lines = block.split('\n').map(tidy).filter((l) => l.length > 0);
    if (lines.length === 0) continue;
    const widest = Math.max(...lines.map((l) => l.length));
    let current: string[] = [];
    const flush = () => {
      if (current.length) units.push({ text: current.join(' '), lines: current });
      current = [];
    };
    for (let i = 0; i < lines.length; i++) {
      current.push(lines[i]);
      const short = widest <= SHORT_LINE || lines[i].length < Math.min(SHORT_LINE, widest * 0.6);
      if (short) flush();
    }
    flush();
  }
  return units;
}
