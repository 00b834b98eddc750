// Whether a text is a feed, told by its root element alone: the CLI asks it
// of every article, and loads the XML parser (feed-items.ts) only for a feed.

// The root element after the prolog (declaration, comments, processing instructions, doctype).
const ROOT =
  /^\ufeff?\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:(?:<!--[\s\S]{0,4000}?-->|<\?[^>]{0,200}\?>|<!DOCTYPE[^>[]{0,500}(?:\[[^\]]{0,4000}\])?>)\s*){0,20}<(rss|feed)\b([^>]{0,2000})>/i;

/** Whether `text` is an RSS 2.0 or Atom feed, by its root element. */
export function feedKind(text: string): 'rss' | 'atom' | null {
  const m = ROOT.exec(text.slice(0, 16 * 1024));
  if (!m) return null;
  if (m[1].toLowerCase() === 'rss') return 'rss';
  return /xmlns\s*=\s*["']http:\/\/www\.w3\.org\/2005\/Atom["']/.test(m[2]) ? 'atom' : null;
}
