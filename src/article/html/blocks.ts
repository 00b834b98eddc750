// The blocks of an article's DOM: headings and paragraphs in reading order.
// List items keep a bullet or number, and paragraphs inside a <blockquote>
// get quote marks so that the quotation still reads as one in plain text.
// A link's words are marked in a paragraph's text and its target kept beside.
import { asQuotation, type Block } from '../blocks.js';
import { LINK_CLOSE, LINK_OPEN, withoutMarks } from '../link-marks.js';

const ELEMENT = 1;
const TEXT = 3;

// Never read: media, scripts, controls, and photo captions (which the plain
// text articles leave out too).
const NEVER_READ = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'IMG',
  'PICTURE',
  'SOURCE',
  'SVG',
  'MATH',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'OPTION',
  'FIGCAPTION',
  'DIALOG',
]);

// Elements whose start and end break the text into separate blocks.
const BLOCK_LEVEL = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGURE',
  'FOOTER',
  'FORM',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BODY',
  'HTML',
]);

const HEADING = /^H[1-6]$/;

interface ListFrame {
  ordered: boolean;
  next: number;
}

/** Reads one element tree into blocks; `skip` names elements to leave out besides NEVER_READ. */
class BlockReader {
  readonly blocks: Block[] = [];
  private text = '';
  private headingDepth = 0;
  private quoteDepth = 0;
  private attributionDepth = 0;
  private readonly lists: ListFrame[] = [];
  /** The bullet or number waiting for the first text of a list item. */
  private marker: string | null = null;
  /** For each <a> open, whether it is a link; the targets of the links in `text`. */
  private readonly anchors: boolean[] = [];
  private hrefs: string[] = [];
  /** The target of the link open now, if one is. */
  private openHref: string | null = null;

  constructor(private readonly skip: ReadonlySet<string>) {}

  private flush(): void {
    // A link that goes on past the block's end goes on in the next block.
    if (this.openHref !== null) this.text += LINK_CLOSE;
    const text = this.text.replace(/\s+/g, ' ').trim();
    const hrefs = this.hrefs;
    this.text = this.openHref !== null ? LINK_OPEN : '';
    this.hrefs = this.openHref !== null ? [this.openHref] : [];
    if (!/[\p{L}\p{N}\p{S}\p{P}]/u.test(text)) return;
    if (this.headingDepth > 0) {
      this.blocks.push({ kind: 'heading', text: withoutMarks(text) });
      return;
    }
    let out = text;
    if (this.quoteDepth > 0 && this.attributionDepth === 0) out = asQuotation(out);
    if (this.marker !== null) {
      out = `${this.marker} ${out}`;
      this.marker = null;
    }
    this.blocks.push(hrefs.length > 0 ? { kind: 'paragraph', text: out, hrefs } : { kind: 'paragraph', text: out });
  }

  /** An <a>: a link when it has a target and no link is open around it. */
  private enterAnchor(el: Element): void {
    const href = withoutMarks(el.getAttribute('href') ?? '').trim();
    const link = href !== '' && this.openHref === null;
    this.anchors.push(link);
    if (!link) return;
    this.openHref = href;
    this.hrefs.push(href);
    this.text += LINK_OPEN;
  }

  private leaveAnchor(): void {
    if (!this.anchors.pop()) return;
    this.openHref = null;
    this.text += LINK_CLOSE;
  }

  private enter(el: Element): void {
    const tag = el.tagName.toUpperCase();
    if (BLOCK_LEVEL.has(tag)) this.flush();
    if (HEADING.test(tag)) this.headingDepth++;
    else if (tag === 'BLOCKQUOTE') this.quoteDepth++;
    else if ((tag === 'FOOTER' || tag === 'CITE') && this.quoteDepth > 0) this.attributionDepth++;
    else if (tag === 'UL' || tag === 'OL') {
      const start = Number(el.getAttribute('start'));
      this.lists.push({ ordered: tag === 'OL', next: Number.isInteger(start) && start > 0 ? start : 1 });
    } else if (tag === 'LI') {
      const list = this.lists[this.lists.length - 1];
      this.marker = list?.ordered ? `${list.next++}.` : '•';
    } else if (tag === 'BR') this.text += ' ';
    else if (tag === 'TD' || tag === 'TH') this.text += ' ';
    else if (tag === 'A') this.enterAnchor(el);
  }

  private leave(el: Element): void {
    const tag = el.tagName.toUpperCase();
    if (BLOCK_LEVEL.has(tag)) this.flush();
    if (HEADING.test(tag)) this.headingDepth--;
    else if (tag === 'BLOCKQUOTE') this.quoteDepth--;
    else if ((tag === 'FOOTER' || tag === 'CITE') && this.attributionDepth > 0) this.attributionDepth--;
    else if (tag === 'UL' || tag === 'OL') this.lists.pop();
    else if (tag === 'LI') this.marker = null;
    else if (tag === 'A') this.leaveAnchor();
  }

  /** Walk the tree without recursion: hostile pages nest elements thousands deep. */
  read(root: Element): Block[] {
    const stack: { node: Node; leaving: boolean }[] = [{ node: root, leaving: false }];
    while (stack.length > 0) {
      const { node, leaving } = stack.pop()!;
      if (node.nodeType === TEXT) {
        this.text += withoutMarks((node as Text).data);
        continue;
      }
      if (node.nodeType !== ELEMENT) continue;
      const el = node as Element;
      if (leaving) {
        this.leave(el);
        continue;
      }
      const tag = el.tagName.toUpperCase();
      if (NEVER_READ.has(tag) || this.skip.has(tag) || el.getAttribute('hidden') !== null) continue;
      this.enter(el);
      stack.push({ node: el, leaving: true });
      const children = el.childNodes;
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], leaving: false });
    }
    this.flush();
    return this.blocks;
  }
}

/** The headings and paragraphs under `root`, leaving out elements named in `skip`. */
export function readBlocks(root: Element, skip: ReadonlySet<string> = new Set()): Block[] {
  return new BlockReader(skip).read(root);
}
