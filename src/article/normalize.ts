// Bring any plain text to one shape before parsing: LF line ends, no BOM, no
// control characters, spaces for tabs and no-break spaces, no zero-width marks.
import { stripControls } from '../core/controls.js';

// Zero-width space, joiner-less marks and the BOM used as ZWNBSP; ZWJ (U+200D)
// is kept because emoji sequences need it.
const ZERO_WIDTH = /[\u200b\u200c\u2060\ufeff]/g;
// No-break and other fixed-width spaces read as ordinary spaces.
const ODD_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// Half a surrogate pair is no character (JSON-LD and character references can
// make one): it becomes the replacement character, as broken UTF-8 does.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function normalizeText(text: string): string {
  return replaceLoneSurrogates(
    stripControls(
      text
        .replace(/^\ufeff/, '')
        .replace(/\r\n?/g, '\n')
        .replace(/[\u2028\u2029\u0085]/g, '\n')
        .replace(/\f|\v/g, '\n'),
    )
      .replace(ZERO_WIDTH, '')
      .replace(/\t/g, ' ')
      .replace(ODD_SPACE, ' '),
  );
}

// One pass over the code units: the look-around pattern is slow on long text,
// and most text has no lone half at all.
function replaceLoneSurrogates(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      i++;
      continue;
    }
    return text.replace(LONE_SURROGATE, '\ufffd');
  }
  return text;
}

/** Collapse runs of spaces and trim: the form every paragraph and line is kept in. */
export function tidy(line: string): string {
  return line.replace(/ {2,}/g, ' ').trim();
}
