// The Markdown parser: markdown-it with the GFM it has (tables,
// strikethrough) and footnotes, raw HTML on (its tags are dropped from the
// text later), no link detection in bare text and no typographic changes.
// markdown-it rather than micromark: micromark takes quadratic time on
// nested brackets (5 s for 24,000 characters of "[("), markdown-it reads
// the 1.2 MB hostile paragraph of the tests in about 2 s. Made on first use,
// so that the bundle loads it only for a Markdown article.
import MarkdownIt, { type MarkdownIt as Parser } from 'markdown-it';
import footnotes from 'markdown-it-footnote';

let parser: Parser | null = null;

export function markdownParser(): Parser {
  parser ??= new MarkdownIt({ html: true, linkify: false, typographer: false }).use(footnotes);
  return parser;
}
