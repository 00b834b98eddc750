// The log of who was heard where in a paragraph, read by the quotes that have
// no cue of their own: the speakers of the sentences around them, and the
// token where such a quote starts.
import type { Entity } from '../entities/index.js';
import type { Token } from '../scan/index.js';

export interface Event {
  pos: number;
  sentence: number;
  entity: Entity;
}

// How many sentences back a quote with no cue may look for the last speaker in its paragraph.
const NEAR_SENTENCES = 12;

/** The index of the first token that starts at or after `offset`, found by halving. */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, Math.max(0, tokens.length - 1));
}

/** Events (in reading order) of the sentences around `sentence`, found by halving. */
export function eventsAround(events: Event[], sentence: number): Event[] {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (events[mid].sentence < sentence - NEAR_SENTENCES) lo = mid + 1;
    else hi = mid;
  }
  const out: Event[] = [];
  for (let k = lo; k < events.length && events[k].sentence <= sentence + 1; k++) out.push(events[k]);
  return out;
}

/** The entity of the latest event in `list`. */
export function latestEvent(list: Event[]): Entity | null {
  let best: Event | null = null;
  for (const ev of list) if (!best || ev.pos > best.pos) best = ev;
  return best ? best.entity : null;
}
