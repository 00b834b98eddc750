// The distinct word forms of the text being read, each sliced and lower-cased
// once: a long article repeats the same few thousand words, so a token takes
// its strings from here instead of allocating them again.

const BITS = 16;
const SIZE = 1 << BITS;
const MASK = SIZE - 1;
// Past this share of slots in use the table starts afresh.
const MAX_USED = SIZE * 0.6;
// Longer forms are rare and not worth a slot.
const MAX_LENGTH = 32;

// Filled arrays (not `new Array(SIZE)`, which V8 keeps as a slow dictionary); '' is a free slot.
const texts: string[] = Array.from({ length: SIZE }, () => '');
const lowers: string[] = Array.from({ length: SIZE }, () => '');
let used = 0;

/** Lower case of a form; ASCII text with no capital is its own lower case. */
export function lowerOf(text: string): string {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c > 127 || (c >= 65 && c <= 90)) return text.toLowerCase();
  }
  return text;
}

function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return (h ^ (h >>> BITS)) & MASK;
}

/** The slot of text[start, end), filled on first sight. */
function slotOf(text: string, start: number, end: number): number {
  const length = end - start;
  let slot = hashOf(text, start, end);
  for (;;) {
    const form = texts[slot];
    if (form === '') break;
    if (form.length === length && text.startsWith(form, start)) return slot;
    slot = (slot + 1) & MASK;
  }
  if (used >= MAX_USED) {
    texts.fill('');
    used = 0;
    return slotOf(text, start, end);
  }
  const form = text.slice(start, end);
  texts[slot] = form;
  lowers[slot] = lowerOf(form);
  used++;
  return slot;
}

/** The slot of text[start, end), shared with every earlier token of that form; -1 for a long form. */
export function formSlot(text: string, start: number, end: number): number {
  return end - start > MAX_LENGTH ? -1 : slotOf(text, start, end);
}

export function slotText(slot: number): string {
  return texts[slot];
}

export function slotLower(slot: number): string {
  return lowers[slot];
}
