// Text from an article must never reach the terminal as a control sequence.
// Escape sequences are removed whole (so no parameter bytes leak as text), and
// every other control character except newline and tab is dropped.

// ESC-introduced sequences: CSI (ESC [ … final), OSC (ESC ] … BEL or ST),
// DCS/SOS/PM/APC (ESC P|X|^|_ … ST), and nF/Fp/Fe escapes (ESC, intermediates,
// final). A string sequence left open (no terminator before the line end or the
// next introducer) loses only its introducer: the words after it are the article's.
const ESCAPE_SEQUENCE =
  /\u001b(?:\[[0-?]*[ -/]*[@-~]?|\](?:[^\u0007\u001b\u0090\u0098\u009b-\u009f\n]*(?:\u0007|\u001b\\|\u009c))?|[PX^_](?:[^\u001b\u0090\u0098\u009b-\u009f\n]*(?:\u001b\\|\u009c))?|[ -/]*[0-~]?)/g;

// C1 equivalents of CSI, OSC, DCS, SOS, PM and APC (single code points
// U+009B, U+009D, U+0090, U+0098, U+009E, U+009F), ended like their ESC forms.
const C1_SEQUENCE = /\u009b[0-?]*[ -/]*[@-~]?|[\u009d\u0090\u0098\u009e\u009f](?:[^\u0007\u001b\u0090\u0098\u009b-\u009f\n]*(?:\u0007|\u009c|\u001b\\))?/g;

// Remaining C0 controls (but \t and \n), DEL and C1 controls; \r is handled by
// the line normaliser before this runs, a stray one is dropped here.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

// Bidi overrides and isolates can reorder what the terminal shows; the
// implicit marks (LRM, RLM, ALM) are harmless and kept.
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/g;

/** Remove every terminal control sequence and control character from `text`. */
export function stripControls(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(C1_SEQUENCE, '').replace(CONTROL, '').replace(BIDI_CONTROL, '');
}

// Every code point `stripControls` would touch, newline and tab included: a
// name shown in a message must stay on one line.
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** True when `text` holds something `stripControls` would remove. */
export function hasControls(text: string): boolean {
  return /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(text);
}

/**
 * `text` with each control character written as a visible escape (\x1b,
 * \u202e): for a path or URL that a message names, so that the user can still
 * tell which file is meant while the terminal sees no control at all.
 */
export function escapeControls(text: string): string {
  if (!ANY_CONTROL.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (!ANY_CONTROL.test(ch)) out += ch;
    else if (code <= 0xff) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += `\\u${code.toString(16).padStart(4, '0')}`;
  }
  return out;
}
