// Ink's text measurement for layout (ink/build/measure-text.js in Ink 6.8),
// put in its place in the bundle by build/ink-patches/plugins.mjs. The same answers;
// Ink's keeps every text it ever measured, so a reader that redraws its
// pane on each key would hold every screen it has shown. This one keeps the
// recent ones only.
import widestLine from 'widest-line';
import { RecentCache } from './recent-cache.js';

interface Dimensions {
  width: number;
  height: number;
}

const cache = new RecentCache<string, Dimensions>(500);

export default function measureText(text: string): Dimensions {
  if (text.length === 0) return { width: 0, height: 0 };
  let dimensions = cache.get(text);
  if (!dimensions) {
    dimensions = { width: widestLine(text), height: text.split('\n').length };
    cache.set(text, dimensions);
  }
  return dimensions;
}
