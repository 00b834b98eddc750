// The bundle draws frames with build/ink-patches/ in place of Ink's own frame
// buffer and text measurement: they must give exactly what Ink's give, on
// any frame, and keep giving it as their caches fill across frames.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import InkOutput from '../../node_modules/ink/build/output.js';
import inkMeasureText from '../../node_modules/ink/build/measure-text.js';
import measureText from '../../build/ink-patches/measure-text.js';
import Output from '../../build/ink-patches/output.js';
import { ArticleLayouts } from '../../src/layout/cache.js';
import { buildModel } from '../../src/pipeline.js';
import { paintLine } from '../../src/tui/paint.js';
import { createTheme } from '../../src/tui/theme.js';
import { SEED_ARTICLE } from '../helpers/articles.js';

const SGR = [
  ...['0', '', '1', '2', '22', '3', '23', '4', '24', '5', '7', '27', '9', '29', '31', '33', '36', '39', '90', '49', '53', '55'],
  ...['30;43', '1;36', '0;1', '1;;2', '38;5;196', '48;5;22', '38;2;10;20;30', '38;5', '2;1;22', '7;27;7', '99'],
];
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('word', 'The', ' ', 'a b', '.', '—', '“quoted”', '’s', 'Zoë', 'Ελλάδα', '│', '─', '╭', '▸', '…') },
  { weight: 2, arbitrary: fc.constantFrom(...SGR).map((code) => `\u001b[${code}m`) },
  { weight: 1, arbitrary: fc.constantFrom('中文', '😀', '👍🏽', 'e\u0301', '\u001b]8;;https://example.com\u0007link\u001b]8;;\u0007') },
);
const line = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));
const text = fc.array(line, { minLength: 1, maxLength: 5 }).map((lines) => lines.join('\n'));
const upper = (l: string) => l.toUpperCase();
const framed = (l: string, i: number) => `\u001b[36m${i}${l}\u001b[39m`;

type Op =
  | { kind: 'write'; x: number; y: number; text: string; transform: 0 | 1 | 2 }
  | { kind: 'clip'; x1?: number; x2?: number; y1?: number; y2?: number }
  | { kind: 'unclip' };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('write' as const),
      x: fc.integer({ min: -3, max: 24 }),
      y: fc.integer({ min: -2, max: 8 }),
      text,
      transform: fc.constantFrom(0 as const, 1 as const, 2 as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        kind: fc.constant('clip' as const),
        x1: fc.integer({ min: -1, max: 12 }),
        x2: fc.integer({ min: 0, max: 24 }),
        y1: fc.integer({ min: -1, max: 4 }),
        y2: fc.integer({ min: 0, max: 8 }),
      },
      { requiredKeys: ['kind'] },
    ),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'unclip' as const }) },
);

function frame(make: (options: { width: number; height: number }) => InkOutput | Output, ops: Op[], width: number, height: number) {
  const output = make({ width, height });
  for (const o of ops) {
    if (o.kind === 'write') output.write(o.x, o.y, o.text, { transformers: [[], [upper], [framed, upper]][o.transform] });
    else if (o.kind === 'clip') output.clip({ x1: o.x1, x2: o.x2, y1: o.y1, y2: o.y2 });
    else output.unclip();
  }
  return output.get();
}

describe("the frame buffer that replaces Ink's", () => {
  test('gives the same frame as Ink for any writes and clips', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), fc.integer({ min: 1, max: 22 }), fc.integer({ min: 1, max: 7 }), (ops, width, height) => {
        expect(frame((o) => new Output(o), ops, width, height)).toEqual(frame((o) => new InkOutput(o), ops, width, height));
      }),
      { numRuns: 400 },
    );
  });

  test('gives the same frames as Ink for the reader scrolling through the seed article in colour', () => {
    const layouts = new ArticleLayouts(buildModel(readFileSync(SEED_ARTICLE, 'utf8'), 'text'));
    const view = layouts.view(70, null);
    const theme = createTheme(true);
    const none = { quotes: null, matches: null, current: null };
    const border = (s: string) => `\u001b[90m${s}\u001b[39m`;
    // The same rows again and again, as scrolling shows them: the caches fill and are reused.
    for (let top = 0; top + 20 <= view.lineCount; top += 3) {
      const rows = Array.from({ length: 20 }, (_, i) => paintLine(layouts.article, view, top + i, none, theme)).join('\n');
      const ops: Op[] = [{ kind: 'write', x: 1, y: 1, text: rows, transform: 0 }];
      for (let y = 0; y < 22; y++)
        ops.push({ kind: 'write', x: 0, y, text: border('│'), transform: 0 }, { kind: 'write', x: 73, y, text: border('│'), transform: 0 });
      expect(frame((o) => new Output(o), ops, 74, 22)).toEqual(frame((o) => new InkOutput(o), ops, 74, 22));
    }
  });
});

describe("the text measurement that replaces Ink's", () => {
  test('measures as Ink does, also once its cache has turned over', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 40 }), (texts) => {
        for (const t of [...texts, '', ...texts]) expect(measureText(t)).toEqual(inkMeasureText(t));
      }),
      { numRuns: 40 },
    );
  });
});
