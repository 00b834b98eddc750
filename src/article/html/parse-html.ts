// The HTML parser: the main article of a web page, found by Readability
// (running on linkedom), with its title, byline, date and source from the
// page's metadata. h2–h6 headings start sections.
import { Readability } from '@mozilla/readability';
import type { Article } from '../../core/model.js';
import { assembleArticle, type Block, type DocumentMeta } from '../blocks.js';
import { parseText } from '../parse-text.js';
import { readBlocks } from './blocks.js';
import { parseDocument } from './document.js';
import { pageMetadata } from './metadata.js';
import { nestingDepth, tagSoupText } from './tag-soup.js';

// Real pages nest a few dozen elements deep; past this the page is read as tag soup.
const TREE_MAX_DEPTH = 2000;

// Readability's cost grows with the depth of the tree and the number of
// elements; real pages stay far below these, hostile ones get the plain walk.
const READABILITY_MAX_DEPTH = 100;
const READABILITY_MAX_ELEMENTS = 30_000;

// Site furniture left out when Readability cannot be used.
const FURNITURE = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'HEADER']);

function treeSize(root: Element): { depth: number; elements: number } {
  let depth = 0;
  let elements = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [el, d] = stack.pop()!;
    elements++;
    if (d > depth) depth = d;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push([child, d + 1]);
  }
  return { depth, elements };
}

interface Extracted {
  blocks: Block[];
  meta: Partial<DocumentMeta>;
}

function withReadability(doc: Document): Extracted | null {
  try {
    const result = new Readability<Element>(doc, { serializer: (node) => node as Element }).parse();
    if (!result?.content) return null;
    const blocks = readBlocks(result.content);
    if (blocks.length === 0) return null;
    return {
      blocks,
      meta: { title: result.title ?? null, pageByline: result.byline ?? null, date: result.publishedTime ?? null, source: result.siteName ?? null },
    };
  } catch {
    return null; // Readability gave up on this page; the plain walk still reads it
  }
}

/** The article element if the page marks one, else the whole body, without site furniture. */
function withoutReadability(doc: Document): Extracted {
  const root = doc.querySelector('[itemprop="articleBody"]') ?? doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  return { blocks: root ? readBlocks(root, FURNITURE) : [], meta: { title: doc.title || null } };
}

export function parseHtml(html: string): Article {
  // Building the tree costs time that grows with the square of its depth.
  if (nestingDepth(html) > TREE_MAX_DEPTH) return parseText(tagSoupText(html));
  let doc: Document;
  try {
    doc = parseDocument(html);
  } catch {
    return parseText(tagSoupText(html)); // markup linkedom cannot build a tree from
  }
  const meta = pageMetadata(doc);
  const size = doc.body ? treeSize(doc.body) : { depth: 0, elements: 0 };
  const readable = size.depth <= READABILITY_MAX_DEPTH && size.elements <= READABILITY_MAX_ELEMENTS;
  // The plain walk goes first when Readability is not used: Readability changes the tree.
  const extracted = (readable ? withReadability(doc) : null) ?? withoutReadability(readable ? parseDocument(html) : doc);
  return assembleArticle(extracted.blocks, {
    title: meta.title ?? extracted.meta.title ?? null,
    byline: meta.byline,
    date: meta.date ?? extracted.meta.date ?? null,
    source: meta.source ?? extracted.meta.source ?? null,
    pageByline: extracted.meta.pageByline,
  });
}
