// Site lines that are not the article: navigation, share buttons, calls to
// action, sign-up pitches, rules. Decided by the shape of a line, never by
// the literal text of any one site.

// Chinese and Japanese put no spaces between words: each character of those
// scripts counts as a word, so that their sentences weigh like others.
const IDEOGRAPH = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const NONE = 0;
const LETTER = 1;
const CHARACTER_WORD = 2;

/** What the code point at `i` is to word counting; ASCII without a regex, since it is most of any article. */
function charKind(text: string, i: number, code: number): number {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? LETTER : NONE;
  const ch = String.fromCodePoint(text.codePointAt(i)!);
  if (IDEOGRAPH.test(ch)) return CHARACTER_WORD;
  return LETTER_OR_DIGIT.test(ch) ? LETTER : NONE;
}

/**
 * Words in `text`, counted up to `atMost`: callers only compare with small
 * limits, and stopping early keeps a 10 MB paragraph from costing a scan.
 * A word is a run of letters and digits, or one Han or kana character.
 */
export function wordCount(text: string, atMost = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length && n < atMost; i++) {
    const code = text.charCodeAt(i);
    const kind = charKind(text, i, code);
    if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++; // read with its pair
    if (kind === CHARACTER_WORD) {
      n++;
      inWord = false;
    } else if (kind === LETTER) {
      if (!inWord) n++;
      inWord = true;
    } else inWord = false;
  }
  return n;
}

// An imperative that asks the reader to do something on or for the site.
const CALL_TO_ACTION =
  /^(?:[\p{L}\p{N}]+\s*[-–—:|]\s*)?(?:join|subscribe|sign (?:up|in)|log ?in|register|follow|share|donate|make a (?:\w+ )?(?:donation|gift)|support us|click|tap|download|get (?:the|our)|read (?:more|the full|next|also)|also read|see (?:more|also|all)|reuse|republish|reprint|watch|listen|like us|contact us|write to us|email us|send us|tell us|leave a comment|comment|print|save|bookmark|comments|skip to|back to top|advertisement|sponsored)\b/iu;

// Patterns without \p{…} go without the u flag: it makes \b with i several times slower.

// Pointers to other pages of the site: enough on their own on a short line.
const NAVIGATION =
  /^(?:explore (?:more|our)|more (?:on|from|in|about|by) (?:this|these|our|the)\b|related (?:stories|articles|topics|content|coverage|links|news)|recommended (?:stories|for you|reading)|most (?:read|popular|viewed)|trending|topics|tags)\b/i;

// Words that name the site's own machinery.
const SITE_MACHINERY =
  /\b(?:mailing list|newsletter|subscrib\w*|comments? section|facebook|twitter|instagram|youtube|linkedin|whatsapp|telegram|rss|podcast|app store|google play|cookies?|privacy policy|terms of (?:use|service)|all rights reserved|copyright|app|social media|reprints?|today[’']s paper|e-?paper|donation|donate|hear from you|sign up|log in|standards|principles|corrections policy|editorial policy|ethics policy)\b|©/i;

// A domain name such as example.org or VOANews.com.
const DOMAIN = /\b[\p{L}\p{N}-]+\.(?:com|org|net|gov|edu|info|io|co|news|tv|us|uk|de|fr|eu)\b/iu;
// Its ending alone, tried first: the whole pattern is slow on every line.
const DOMAIN_ENDING = /\.(?:com|org|net|gov|edu|info|io|co|news|tv|us|uk|de|fr|eu)\b/i;

const REPUBLISHED = /\b(?:originally (?:appeared|published|ran)|first (?:appeared|published)|republished (?:from|with)|reprinted (?:from|with))\b/i;

// A note on the translation: "Translated from the original French article; …".
const TRANSLATION_NOTE = /^(?:this (?:article|story|report) (?:was|has been|is) )?(?:translated|a translation) (?:from|by|of)\b/i;

// A notice of the print edition: a site line with or without a domain.
const PRINT_EDITION = /\b(?:appears|appeared) in print\b|\bprint edition\b/i;

// The site's pitch for itself.
const PITCH = /\b(?:quality|independent|trusted|trustworthy) journalism\b|\bsupport (?:our|us)\b|\bwhy you can trust\b/i;

// A line that is only an e-mail address or a web address.
const ADDRESS_ONLY = /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/|www\.)\S+)$/i;

// The site's copyright notice: "©2024 X", "Copyright X. All rights reserved.",
// "Copyright X Limited 2024". A body sentence about copyright has no year or © there.
const COPYRIGHT_NOTICE = /^(?:©|\(c\)\s*\d)|^copyright\b.*(?:©|\ball rights reserved\b|\b(?:19|20)\d\d\b[.\s]*$)|^copyright\s+(?:©\s*)?(?:19|20)\d\d\b/i;
// The same notice after a sentence about the publisher ("X is a publication of Y. Copyright © 2025 Y.").
const COPYRIGHT_ANYWHERE = /\ball rights reserved\b|\bcopyright\s*©|©\s*(?:19|20)\d\d\b/i;

// "Categories: Politics, Brazil.", "Tags: …", "Filed under: …": the site's labels for the story.
const LABELLED_TAGS = /^(?:categories|category|tags|tagged|topics?|keywords|filed under)\s*:\s*\S/i;

// "3 min read": the site's estimate of reading time.
const READING_TIME = /^\d+\s*(?:-\s*\d+\s*)?(?:min(?:ute)?s?|m)\.?\s+read$/i;

/** "3 min read", "5 minute read". */
export function isReadingTime(text: string): boolean {
  return READING_TIME.test(text);
}

// "Source: Agency", "Sources: A, B": the site's credit label at the end.
const SOURCE_LABEL = /^sources?\s*:\s*\S/i;

/** A menu at the end of a page: several short parts between bars ("Corrections | Submit a tip | Report error"). */
export function isBarMenu(text: string): boolean {
  const words = wordCount(text, 16);
  const parts = text.split(/\s*\|\s*/);
  return parts.length >= 2 && words <= 15 && parts.every((p) => p.length > 0 && !/[.!?;,]$/.test(p) && wordCount(p, 7) <= 6);
}

/** A line that speaks to the reader about the site rather than telling the story. */
export function isSiteLine(text: string): boolean {
  const words = wordCount(text, 31);
  if (words === 0) return true; // an ornament
  // Most body paragraphs end here: the only site line this long is a print-edition notice.
  if (words > 30) return /print/i.test(text) && wordCount(text, 61) <= 60 && PRINT_EDITION.test(text);
  if (PRINT_EDITION.test(text)) return true;
  if (/^[“"‘']/.test(text)) return false;
  const cta = CALL_TO_ACTION.test(text);
  const machinery = SITE_MACHINERY.test(text);
  // Looked for only when a rule needs it: the pattern is the dearest here.
  let hasDomain: boolean | undefined;
  const domain = (): boolean => (hasDomain ??= DOMAIN_ENDING.test(text) && DOMAIN.test(text));
  if (cta && (machinery || domain() || /!$/.test(text) || words <= 4)) return true;
  if (NAVIGATION.test(text) && words <= 8) return true;
  // "Also read: …", "Related: …": a labelled pointer to another story.
  if (/^(?:also read|read also|read more|related|see also|more|recommended|watch|listen)\s*:/i.test(text)) return true;
  if (machinery && (domain() || /\b(?:us|our)\b/i.test(text)) && words <= 20) return true;
  if (REPUBLISHED.test(text) && domain()) return true;
  if (TRANSLATION_NOTE.test(text)) return true;
  if (PITCH.test(text) || ADDRESS_ONLY.test(text)) return true;
  if (SOURCE_LABEL.test(text) && words <= 6) return true;
  if (COPYRIGHT_NOTICE.test(text) || COPYRIGHT_ANYWHERE.test(text)) return true;
  if (LABELLED_TAGS.test(text) && words <= 20) return true;
  if (isReadingTime(text)) return true;
  return false;
}

/** A topic tag or menu entry: a few words, no punctuation, not a quote. */
export function isTagLine(text: string): boolean {
  return wordCount(text, 5) <= 4 && !/[.!?,;:"“”‘’']/.test(text);
}

/** "About us", "About the project": the start of a site's closing blurb. */
export function isTrailerHeading(text: string): boolean {
  return (
    /^(?:about\b|keywords?$|tags?$|topics?$|related(?: topics| stories| articles| coverage| news)?$|more on this story$)/i.test(text) &&
    wordCount(text, 6) <= 5 &&
    !/[.!?,;]$/.test(text)
  );
}
