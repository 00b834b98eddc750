// Which entries of a list are on screen: shared by the panes that draw lists
// and by the library's reducer, which numbers the rows shown (keys 1–9).

/** First entry shown so that entry `index` of `count` sits in a window of `height` rows. */
export function windowStart(count: number, height: number, index: number): number {
  if (count <= height) return 0;
  return Math.max(0, Math.min(count - height, index - Math.floor(height / 2)));
}
