// Plain text for pipes: checked on every real article and on hostile text.
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/pipeline.js';
import { renderPlain } from '../../src/output/plain.js';
import { styleFor } from '../../src/output/color.js';
import { displayWidth } from '../../src/layout/width.js';
import { listArticles } from '../helpers/articles.js';
import { handBuiltModel } from './hand-built.js';

const PLAIN = styleFor(false);
const COLOUR = styleFor(true);
const SGR = /\u001b\[(?:1|2|22|33|36|39)m/g;

const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe.each(listArticles())('plain output of $slug', ({ text }) => {
  const model = buildModel(text);
  const out = renderPlain(model, { width: 72, style: PLAIN });
  const lines = out.split('\n');

  it('starts with the title, then the byline and date', () => {
    if (model.title) expect(lines[0]).toBe(model.title.length <= 72 ? model.title : lines[0]);
    if (model.title && model.title.length <= 72) expect(lines[1]).toBe('='.repeat(displayWidth(model.title)));
    if (model.byline) expect(out).toContain(`By ${model.byline}\n`);
    if (model.date) expect(out).toContain(model.date);
  });

  it('underlines every section heading', () => {
    for (const section of model.sections) {
      if (section.title === null || section.title.length > 72) continue;
      expect(out).toContain(`\n${section.title}\n${'-'.repeat(displayWidth(section.title))}\n`);
    }
  });

  it('keeps every word of every paragraph, in order', () => {
    const expected = model.sections.flatMap((s) => [...(s.title ? words(s.title) : []), ...s.paragraphs.flatMap(words)]);
    const body = words(
      out
        .split('\n')
        .filter((l) => !/^[-=]+$/.test(l))
        .join('\n'),
    );
    let at = 0;
    for (const word of expected) {
      at = body.indexOf(word, at);
      expect(at, `"${word}" missing`).toBeGreaterThanOrEqual(0);
      at++;
    }
  });

  it('never runs a line past the width, unless it is one long word', () => {
    for (const line of lines) if (displayWidth(line) > 72) expect(words(line)).toHaveLength(1);
  });

  it('carries no escape byte without colour', () => {
    expect(out).not.toContain('\u001b');
  });
});

describe('plain output formatting', () => {
  const model = handBuiltModel();

  it('lays out the header, headings and paragraphs', () => {
    const out = renderPlain(model, { width: 40, style: PLAIN });
    expect(out).toBe(
      [
        'Talks Stall Over Budget\n=======================\n',
        'By Kim Reyes\nLISBON · 2024-05-06 · Example Wire\n',
        'The minister spoke on Monday. "We will\nnot back down," said Ana Lima, the\nminister.\n',
        'The opposition\n--------------\n',
        'Critics disagreed. "This plan is\nreckless," said Jens Berg, who leads the\nopposition.\n',
        'Lima said later that talks would resume,\nand Berg called it "a small step".\n',
      ].join('\n'),
    );
  });

  it('marks quoted words, not reported ones, when colour is on', () => {
    const out = renderPlain(model, { width: 200, style: COLOUR });
    expect(out).toContain('"\u001b[36mWe will not back down,\u001b[39m"');
    expect(out).toContain('"\u001b[36ma small step\u001b[39m"');
    expect(out).toContain('that talks would resume, and');
    expect(out.replace(SGR, '')).toBe(renderPlain(model, { width: 200, style: PLAIN }));
  });

  it('keeps colour codes intact across wrapped lines', () => {
    const out = renderPlain(model, { width: 24, style: COLOUR });
    for (const line of out.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(24);
    expect(out.replace(SGR, '')).toBe(renderPlain(model, { width: 24, style: PLAIN }));
  });

  it('strips control sequences that reach the model', () => {
    const hostile = handBuiltModel();
    hostile.title = 'Evil\u001b]0;pwned\u0007 title\u001b[2J';
    hostile.byline = 'A\u001b[31mB';
    hostile.sections[1].title = 'Sub\u009b31mhead';
    hostile.sections[1].paragraphs[0] = 'Click \u001b]8;;http://x\u001b\\here\u001b]8;;\u001b\\ now\u0007.';
    for (const style of [PLAIN, COLOUR]) {
      const out = renderPlain(hostile, { width: 80, style }).replace(SGR, '');
      expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      expect(out).toContain('Evil title');
      expect(out).toContain('Click here now.');
    }
  });

  it('prints an article with no title, byline or date from its first paragraph', () => {
    const bare = { ...handBuiltModel(), title: null, byline: null, date: null, source: null, dateline: null };
    expect(renderPlain(bare, { width: 80, style: PLAIN }).startsWith('The minister spoke')).toBe(true);
  });
});
