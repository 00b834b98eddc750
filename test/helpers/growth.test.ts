// The growth helper itself: it must tell a linear pass from a quadratic one,
// or every growth test built on it could never fail.
import { expect, it } from 'vitest';
import { growthExponent, LINEAR_BOUND } from './growth.js';

const linear = (s: string) => {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return h;
};
const quadratic = (s: string) => {
  let h = 0;
  for (let i = 0; i < s.length; i++) for (let j = i; j < s.length; j++) h = (h + s.charCodeAt(j)) | 0;
  return h;
};

it('puts a linear pass under the bound and a quadratic one over it', () => {
  expect(growthExponent((n) => 'ab'.repeat(n), linear, 20_000)).toBeLessThan(LINEAR_BOUND);
  expect(growthExponent((n) => 'ab'.repeat(n), quadratic, 200, 16, 1)).toBeGreaterThan(LINEAR_BOUND);
});
