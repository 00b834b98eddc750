// Whether an HTML page has any text to read at all, decided before it is
// parsed, so that an empty page gets a clear message instead of an empty reader.
import { hasVisibleText } from './read-file.js';

const HIDDEN_ELEMENTS = new Set(['script', 'style', 'template', 'noscript', 'title']);

/**
 * Whether an HTML page shows any text outside its tags, comments, scripts and
 * styles. One forward scan that stops at the first visible character, so a
 * huge or broken page costs no more than a read through it.
 */
export function pageHasText(html: string): boolean {
  let at = 0;
  let plain = '';
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    plain = html.slice(at, lt < 0 ? html.length : lt).replace(/&(?:nbsp|#160|#xa0|#8203|#x200b);/gi, ' ');
    if (hasVisibleText(plain)) return true;
    if (lt < 0) return false;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      if (end < 0) return false;
      at = end + 3;
      continue;
    }
    const close = html.indexOf('>', lt);
    if (close < 0) return false;
    const name = html
      .slice(lt + 1, close)
      .match(/^([a-z]+)/i)?.[1]
      .toLowerCase();
    at = close + 1;
    if (name && HIDDEN_ELEMENTS.has(name)) {
      const closing = new RegExp(`</${name}`, 'gi');
      closing.lastIndex = at;
      if (!closing.exec(html)) return false;
      const end = html.indexOf('>', closing.lastIndex);
      if (end < 0) return false;
      at = end + 1;
    }
  }
  return false;
}
