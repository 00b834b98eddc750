// HTML character references as they appear in Markdown: one reference read
// at a place in the text, by the `entities` package (the HTML standard's whole
// table, as browsers and linkedom read it).
import { decodeHTMLStrict } from 'entities';

const REFERENCE = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;

/** The character a reference at `at` in `text` stands for, and its length; null when there is none. */
export function readEntity(text: string, at: number): { char: string; length: number } | null {
  REFERENCE.lastIndex = at;
  const found = REFERENCE.exec(text);
  if (!found) return null;
  const char = decodeHTMLStrict(found[0]);
  // An unknown name decodes to itself.
  return char === found[0] ? null : { char, length: found[0].length };
}
