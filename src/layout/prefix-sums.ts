// Running sums over a fixed number of slots, each added to now and then and
// summed over a prefix at any time, both in O(log n) (a Fenwick tree): how
// the view counts the lines, characters and gaps of the chunks laid out
// before a place, wherever the jumps have laid them out.

export class PrefixSums {
  private readonly tree: Float64Array;

  constructor(size: number) {
    this.tree = new Float64Array(size + 1);
  }

  /** Add `value` to slot `i`. */
  add(i: number, value: number): void {
    for (let at = i + 1; at < this.tree.length; at += at & -at) this.tree[at] += value;
  }

  /** The sum of slots [0, end). */
  before(end: number): number {
    let sum = 0;
    for (let at = Math.min(end, this.tree.length - 1); at > 0; at -= at & -at) sum += this.tree[at];
    return sum;
  }
}
