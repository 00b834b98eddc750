// The article model: what every stage after parsing reads. Field names are a
// public contract (they are the `--json` schema), so rename nothing here.

export interface Section {
  /** The subheading, or null for the untitled first section. */
  title: string | null;
  paragraphs: string[];
}

/** A link of an HTML or Markdown article: its words in a paragraph, and where it points. */
export interface Link {
  /** The link's words as the paragraph has them. */
  text: string;
  /** Its target as the document gives it (relative or absolute). */
  href: string;
  section: number;
  paragraph: number;
  /** `text === sections[section].paragraphs[paragraph].slice(start, end)` */
  start: number;
  end: number;
}

export interface Article {
  title: string | null;
  /** Author names as printed, without "By". */
  byline: string | null;
  /** What the byline adds after the names: the writer's role or place ("Transport correspondent"). */
  bylineNote: string | null;
  /** ISO yyyy-mm-dd. */
  date: string | null;
  /** The date line as the article prints it ("Published April 17, 2024 Updated April 18, 2024, 8:03 a.m. ET"). */
  dateText: string | null;
  /** The outlet or site, when the text names it ("VOA News", "Reuters"). */
  source: string | null;
  /** A place dateline standing before the body ("Nairobi", "WASHINGTON"). */
  dateline: string | null;
  /** Site lines that were left out of the body, in input order. */
  boilerplate: string[];
  sections: Section[];
  /** The links of the body's paragraphs, in reading order (none for plain text). */
  links: Link[];
}

/**
 * direct: a quoted sentence or more; partial: quoted words inside the writer's
 * sentence; indirect: reported speech without quote marks; mention: quoted
 * words that are nobody's speech (a title, a nickname, a scare quote, a word
 * talked about), kept so that the reader can show them.
 */
export type QuoteKind = 'direct' | 'partial' | 'indirect' | 'mention';

export interface Quote {
  /** The quoted words without their quote marks (for `indirect`, the reported content). */
  text: string;
  /** The canonical name of the speaker (a `Person.name`), or null when nobody speaks it (always null for a mention). */
  speaker: string | null;
  /** Everyone who says it, in the text's order: two or more for a joint statement, `[speaker]` otherwise, `[]` with no speaker. */
  speakers: string[];
  kind: QuoteKind;
  /** A partial quote inside a reported statement by the same speaker: the index of that statement in `quotes`; else null. */
  statement: number | null;
  section: number;
  paragraph: number;
  /** `text === sections[section].paragraphs[paragraph].slice(start, end)` */
  start: number;
  end: number;
}

/** What kind of speaker a person entry is. */
export type PersonType = 'person' | 'organisation' | 'document' | 'place' | 'group';

export interface Person {
  name: string;
  role: string | null;
  type: PersonType;
  /** Direct and partial quotes, a partial quote inside one of their reported statements not counted again. */
  quotes: number;
  /** Indirect (reported) statements. */
  reported: number;
}

export interface QuoteAnalysis {
  people: Person[];
  quotes: Quote[];
}

/** The whole model, as `--json` prints it. */
export interface ArticleModel extends Article, QuoteAnalysis {}
