// The running sums the view counts estimated line numbers with: any prefix,
// after adds in any order, is the plain sum.
import { expect, test } from 'vitest';
import { PrefixSums } from '../../src/layout/prefix-sums.js';

test('a prefix sums what was added to the slots before it, whatever the order of the adds', () => {
  const size = 37;
  const sums = new PrefixSums(size);
  const plain = new Array<number>(size).fill(0);
  let seed = 7;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  for (let n = 0; n < 200; n++) {
    const slot = Math.floor(random() * size);
    const value = Math.round(random() * 100) / 4;
    sums.add(slot, value);
    plain[slot] += value;
    const end = Math.floor(random() * (size + 3));
    expect(sums.before(end)).toBeCloseTo(
      plain.slice(0, end).reduce((a, b) => a + b, 0),
      9,
    );
  }
  expect(sums.before(0)).toBe(0);
});
