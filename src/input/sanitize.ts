// Text from an article must never reach the terminal as a control sequence.
// Escape sequences are removed whole (so no parameter bytes leak as text), and
// every other control character except newline and tab is dropped.

// ESC-introduced sequences: CSI (ESC [ … final), OSC (ESC ] … BEL or ST),
// DCS/SOS/PM/APC (ESC P|X|^|_ … ST), and nF/Fp/Fe escapes (ESC, intermediates, final).
const ESCAPE_SEQUENCE =
  // eslint-disable-next-line no-control-regex
  /\u001b(?:\[[0-?]*[ -/]*[@-~]?|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[PX^_][^\u001b]*(?:\u001b\\)?|[ -/]*[0-~]?)/g;

// C1 equivalents of CSI and OSC (single-byte introducers U+009B, U+009D).
// eslint-disable-next-line no-control-regex
const C1_SEQUENCE = /\u009b[0-?]*[ -/]*[@-~]?|[\u009d\u0090\u0098\u009e\u009f][^\u0007\u009c]*(?:\u0007|\u009c)?/g;

// Remaining C0 controls (but \t and \n), DEL and C1 controls; \r is handled by
// the line normaliser before this runs, a stray one is dropped here.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

// Bidi overrides and isolates can reorder what the terminal shows; the
// implicit marks (LRM, RLM, ALM) are harmless and kept.
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/g;

/** Remove every terminal control sequence and control character from `text`. */
export function stripControls(text: string): string {
  return text
    .replace(ESCAPE_SEQUENCE, '')
    .replace(C1_SEQUENCE, '')
    .replace(CONTROL, '')
    .replace(BIDI_CONTROL, '');
}

/** True when `text` holds something `stripControls` would remove. */
export function hasControls(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(text);
}
