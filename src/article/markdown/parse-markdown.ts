// The Markdown parser: "#" is the title, "##" and deeper start sections,
// inline syntax becomes plain text, and front matter gives the title, author,
// date and outlet when the body does not.
import type { Article } from '../../core/model.js';
import { asQuotation, assembleArticle, joinNames, type Block } from '../blocks.js';
import { withoutMarks } from '../link-marks.js';
import { normalizeText } from '../normalize.js';
import { readMarkdownBlocks } from './blocks.js';
import { field, fieldList, readFrontMatter } from './front-matter.js';

export function parseMarkdown(markdown: string): Article {
  const fm = readFrontMatter(normalizeText(markdown));
  const blocks = readMarkdownBlocks(fm.body);

  // A level-1 heading before any paragraph is the title.
  let title: string | null = null;
  const first = blocks[0];
  if (first && first.kind === 'heading' && first.level === 1) {
    title = first.text;
    blocks.shift();
  }

  const converted: Block[] = [];
  for (const b of blocks) {
    let text = b.text.trim();
    if (withoutMarks(text).trim() === '') continue; // an image, a bare tag
    if (b.quoted && b.kind === 'paragraph') text = asQuotation(text);
    if (b.marker !== null) text = `${b.marker} ${text}`;
    converted.push(b.hrefs.length > 0 ? { kind: b.kind, text, hrefs: b.hrefs } : { kind: b.kind, text });
  }

  return assembleArticle(converted, {
    title: title || field(fm, ['title', 'headline']),
    byline: joinNames(fieldList(fm, ['author', 'authors', 'byline', 'by', 'creator'])),
    date: field(fm, ['date', 'published', 'publishdate', 'publish_date', 'published_at', 'pubdate', 'created']),
    source: field(fm, ['source', 'publisher', 'publication', 'outlet', 'site', 'site_name']),
  });
}
