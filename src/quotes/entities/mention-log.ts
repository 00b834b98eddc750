// The mentions recorded so far, in reading order, and the last few paragraphs
// of them read back: what the pronoun, epithet and spokesperson rules look at.
import type { MentionRecord, Where } from './entity.js';

// The most mentions any look-back reads.
const MAX_LOOKBACK = 400;

/**
 * Records (oldest first) ordered by position, the newer first where two share
 * one. Records are nearly in order already (the speaker of a floating quote is
 * recorded after its paragraph, a cue's speaker after the names of its
 * sentence), so an insertion sort does little work.
 */
function byPosition(list: MentionRecord[]): MentionRecord[] {
  for (let k = 1; k < list.length; k++) {
    const x = list[k];
    let j = k - 1;
    while (j >= 0 && list[j].pos >= x.pos) {
      list[j + 1] = list[j];
      j--;
    }
    list[j + 1] = x;
  }
  return list;
}

export class MentionLog {
  private records: MentionRecord[] = [];

  add(record: MentionRecord): void {
    this.records.push(record);
  }

  /** Records of the last few paragraphs before `at`, most recent last. */
  recent(at: Where, window: number): MentionRecord[] {
    // Bounded: a paragraph may be a whole book on one line.
    let from = this.records.length;
    for (let seen = 0; from > 0 && seen < MAX_LOOKBACK; seen++) {
      if (this.records[from - 1].paragraph < at.paragraph - window) break;
      from--;
    }
    const out: MentionRecord[] = [];
    for (let i = from; i < this.records.length; i++) if (this.records[i].pos < at.pos) out.push(this.records[i]);
    return byPosition(out);
  }
}
