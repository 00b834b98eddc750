// HTML character references as they appear in Markdown, and in HTML that
// is read without a DOM: the named ones that news text uses, and every numeric one.

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '',
  mdash: '—', ndash: '–', hellip: '…', bull: '•', middot: '·', deg: '°',
  lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', laquo: '«', raquo: '»',
  lsaquo: '‹', rsaquo: '›', prime: '′', Prime: '″', copy: '©', reg: '®', trade: '™', sect: '§', para: '¶',
  euro: '€', pound: '£', yen: '¥', cent: '¢', times: '×', divide: '÷', minus: '−', plusmn: '±',
  frac12: '½', frac14: '¼', frac34: '¾', eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', aacute: 'á',
  agrave: 'à', acirc: 'â', auml: 'ä', atilde: 'ã', aring: 'å', iacute: 'í', iuml: 'ï', oacute: 'ó',
  ocirc: 'ô', ouml: 'ö', otilde: 'õ', oslash: 'ø', uacute: 'ú', ugrave: 'ù', uuml: 'ü', ntilde: 'ñ',
  ccedil: 'ç', szlig: 'ß', Eacute: 'É', Aacute: 'Á', Oacute: 'Ó', Uacute: 'Ú', Ntilde: 'Ñ', Ouml: 'Ö',
  Uuml: 'Ü', Auml: 'Ä', Ccedil: 'Ç', zwj: '\u200d', zwnj: '\u200c', lrm: '\u200e', rlm: '\u200f',
};

/** The character a reference at the start of `text` stands for, and its length; null when none. */
export function readEntity(text: string, at: number): { char: string; length: number } | null {
  const m = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/y;
  m.lastIndex = at;
  const found = m.exec(text);
  if (!found) return null;
  if (found[3] !== undefined) {
    const char = NAMED[found[3]];
    return char === undefined ? null : { char, length: found[0].length };
  }
  const code = found[1] !== undefined ? Number(found[1]) : parseInt(found[2], 16);
  // NUL, surrogates and values past Unicode read as the replacement character.
  const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
  return { char: valid ? String.fromCodePoint(code) : '\ufffd', length: found[0].length };
}
