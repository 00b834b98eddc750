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
  /^(?:[\p{L}\p{N}]+\s*[-–—:|]\s*)?(?:join|subscribe|sign (?:up|in)|log ?in|register|follow|share|donate|make a (?:\w+ )?(?:donation|gift)|support us|click|tap|download|get (?:the|our)|read (?:more|the full|next|also)|also read|see (?:more|also|all)|reuse|republish|reprint|watch|listen|like us|contact us|write to us|email us|send us|tell us|leave a comment|comment|print|save|bookmark|comments|skip to|back to top|advertisement|sponsored|become a (?:member|subscriber)|report an? (?:error|editorial error|technical issue|typo|correction))\b/iu;

// Patterns without \p{…} go without the u flag: it makes \b with i several times slower.

// Pointers to other pages of the site: enough on their own on a short line.
const NAVIGATION =
  /^(?:explore (?:more|our)|more (?:on|from|in|about|by) (?:this|these|our|the)\b|related (?:stories|articles|topics|content|coverage|links|news)|recommended (?:stories|for you|reading)|most (?:read|popular|viewed)|trending|topics|tags)\b/i;

// Words that name the site's own machinery.
const SITE_MACHINERY =
  /\b(?:mailing list|newsletter|subscrib\w*|comments? section|facebook|twitter|instagram|youtube|linkedin|whatsapp|telegram|rss|podcast|app store|google play|cookies?|privacy policy|terms of (?:use|service)|all rights reserved|copyright|app|social media|inbox|google news|apple news|javascript|browser|video player|code of conduct|reprints?|today[’']s paper|e-?paper|donation|donate|hear from you|sign up|log in|standards|principles|corrections policy|editorial policy|ethics policy)\b|©/i;

// A domain name such as example.org or VOANews.com.
const DOMAIN = /\b[\p{L}\p{N}-]+\.(?:com|org|net|gov|edu|info|io|co|news|tv|us|uk|de|fr|eu)\b/iu;
// Its ending alone, tried first: the whole pattern is slow on every line.
const DOMAIN_ENDING = /\.(?:com|org|net|gov|edu|info|io|co|news|tv|us|uk|de|fr|eu)\b/i;

// "This story was originally published October 7, 2025 at 5:31 AM.": the site's note, with or without a domain.
const ORIGINALLY = /^this (?:story|article|report) (?:was )?(?:originally|first) (?:published|appeared)\b/i;
const REPUBLISHED = /\b(?:originally (?:appeared|published|ran)|first (?:appeared|published)|republished (?:from|with)|reprinted (?:from|with))\b/i;

// A note on the translation: "Translated from the original French article; …".
const TRANSLATION_NOTE = /^(?:this (?:article|story|report) (?:was|has been|is) )?(?:translated|(?:a )?translation) (?:from|by|of)\b/i;

// A notice of the print edition: a site line with or without a domain.
const PRINT_EDITION = /\b(?:appears|appeared) in print\b|\bprint edition\b/i;

// The site's pitch for itself.
const PITCH =
  /\b(?:quality|independent|trusted|trustworthy) journalism\b|\bsupport (?:our|us)\b|\bwhy you can trust\b|\bthank you for reading\b|\breader-(?:funded|supported)\b|\b(?:earn|receive) an? (?:commission|portion of sales)\b|\baffiliate links?\b/i;

// A line that is only an e-mail address or a web address.
const ADDRESS_ONLY = /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/|www\.)\S+)$/i;

// The site's copyright notice: "©2024 X", "Copyright X. All rights reserved.",
// "Copyright X Limited 2024". A body sentence about copyright has no year or © there.
const COPYRIGHT_NOTICE = /^(?:©|\(c\)\s*\d)|^copyright\b.*(?:©|\ball rights reserved\b|\b(?:19|20)\d\d\b[.\s]*$)|^copyright\s+(?:©\s*)?(?:19|20)\d\d\b/i;
// The same notice after a sentence about the publisher ("X is a publication of Y. Copyright © 2025 Y.").
const COPYRIGHT_ANYWHERE = /\ball rights reserved\b|\bcopyright\s*©|©\s*(?:19|20)\d\d\b/i;

// "Categories: Politics, Brazil.", "Tags: …", "Filed under: …": the site's labels for the story.
const LABELLED_TAGS = /^(?:categories|category|tags|tagged|topics?|keywords|filed under|in this (?:article|story))\s*:\s*\S/i;

// "3 min read", "Read Time: 4 min", "Estimated 6 minutes", "Listen to this article | 5 mins":
// the site's estimate of reading or listening time.
const READING_TIME =
  /^(?:(?:read|reading|time|to|estimated|est\.?|listen|this|article|story|audio)\s*[:|]?\s*){0,5}\d+\s*(?:-\s*\d+\s*)?(?:min(?:ute)?s?|m)\.?(?:\s+(?:read|listen))?$/i;

/** "3 min read", "5 minute read", "Read Time: 4 min". */
export function isReadingTime(text: string): boolean {
  return READING_TIME.test(text);
}

// "Source: Agency", "Sources: A, B": the site's credit label at the end.
const SOURCE_LABEL = /^sources?\s*:\s*\S/i;

/** A menu or tag list at the end of a page: short parts between bars, dots or slashes ("Corrections | Submit a tip", "Energy · Grid · Texas"). */
export function isBarMenu(text: string): boolean {
  const words = wordCount(text, 16);
  const parts = text.split(/\s*\|\s*|\s+[·•/]\s+/);
  return parts.length >= 2 && words <= 15 && parts.every((p) => p.length > 0 && !/[.!?;,]$/.test(p) && wordCount(p, 7) <= 6);
}

// "1h ago", "Article was updated 4 hrs ago", "Updated at 18.52 GMT": when the page last changed.
const RELATIVE_TIME =
  /^(?:(?:the )?(?:article|story|page) (?:was )?)?(?:(?:last )?(?:updated|posted|published|edited) (?:at )?)?\d+\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)\s+ago$/i;
const TIME_ONLY = /^(?:last )?(?:updated|posted|published) (?:at )?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?$/i;

// The page's buttons and ad slots: "Share via", "Copy link", "Link Copied!", "Show Caption", "Advertisement".
const PAGE_CONTROL =
  /^(?:share(?: (?:via|this|on \w+|article|story))*|social sharing|copy (?:link|url)(?: url)?|link copied|copied|close extra sharing options|save|bookmark|print|(?:show|hide|read|view) (?:comments|caption)|comments|ad feedback|advertisement|sponsored(?: content)?|story continues (?:below|after) (?:this )?(?:ad|advertisement)|(?:article|story) continues below|show key events only|key events|download pdf|enditem(?:\/\w+)?)!?$/i;

// Features of the site named on a short line with no sentence: "Free weekly newsletter", "Member comments", "Reprints".
const SITE_FEATURE = /\b(?:newsletters?|subscri\w+|reprints?|permissions|(?:member|reader)s?[’']? comments|sign up|log in|e-?paper|podcasts?)\b/i;

// A label and a web address: "AP NBA: https://…".
const LABELLED_ADDRESS = /^[^.]{0,40}:\s*https?:\/\/\S+$/i;

// An e-mail address with a request to write to it: "Get in touch with us at news@…", "Submit a letter … at mail@…".
const WRITE_TO_US = /\b(?:get in touch|contact|write to|send|submit|e-?mail|reach|reached)\b/i;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

// "Tags Jane Roe City Council": a tag list under its label, with no colon.
const TAG_LABEL = /^(?:[Tt]ags|[Tt]opics|[Rr]elated topics|[Kk]eywords|TAGS|TOPICS)\s+\p{Lu}[^.!?:]*$/u;

// A call to action in a sentence after the first: "Want more? Sign up for our newsletter".
const LATER_CALL = /[.?!]\s+(?:sign up|subscribe|join|follow|download|register)\b/i;

/** A button, ad slot or time stamp of the page: a line of its own that no story is told in. */
export function isPageControl(text: string): boolean {
  return PAGE_CONTROL.test(text) || RELATIVE_TIME.test(text) || TIME_ONLY.test(text);
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
  if (/^(?:also read|read also|read more|read|related|see also|more|recommended|watch|listen|go deeper)\s*:/i.test(text)) return true;
  if (machinery && (domain() || /\b(?:us|our)\b/i.test(text)) && words <= 20) return true;
  if (REPUBLISHED.test(text) && domain()) return true;
  if (TRANSLATION_NOTE.test(text)) return true;
  if (PITCH.test(text) || ADDRESS_ONLY.test(text)) return true;
  if (SOURCE_LABEL.test(text) && words <= 6) return true;
  if (COPYRIGHT_NOTICE.test(text) || COPYRIGHT_ANYWHERE.test(text)) return true;
  if (LABELLED_TAGS.test(text) && words <= 20) return true;
  if (isReadingTime(text) || isPageControl(text)) return true;
  if (words <= 5 && SITE_FEATURE.test(text) && !/[.;]$/.test(text)) return true;
  if (machinery && (/^please\b/i.test(text) || LATER_CALL.test(text)) && words <= 25) return true;
  if (ORIGINALLY.test(text) || LABELLED_ADDRESS.test(text) || /^SOURCE\s+\p{Lu}/u.test(text)) return true;
  if (/^(?:click|tap)\b/i.test(text) && words <= 15) return true;
  if (/^disclosures?\s*:/i.test(text) || (TAG_LABEL.test(text) && words <= 20)) return true;
  // "Get our free … email": a short call with "our" and no sentence.
  if (cta && /\bour\b/i.test(text) && words <= 8 && !/[.]$/.test(text)) return true;
  if (text.includes('@') && EMAIL.test(text) && WRITE_TO_US.test(text)) return true;
  return false;
}

/** A topic tag or menu entry: a few words, no punctuation, not a quote. */
export function isTagLine(text: string): boolean {
  return wordCount(text, 5) <= 4 && !/[.!?,;:"“”‘’']/.test(text);
}

/** "About us", "About the project": the start of a site's closing blurb. */
export function isTrailerHeading(text: string): boolean {
  return (
    /^(?:about\b|keywords?$|tags?$|topics?$|related(?: topics| stories| articles| coverage| news)?$|more on this story$|disclosure statement$|partners$)/i.test(
      text,
    ) &&
    wordCount(text, 6) <= 5 &&
    !/[.!?,;]$/.test(text)
  );
}
