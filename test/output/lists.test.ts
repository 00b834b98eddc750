// --toc and --people.
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/pipeline.js';
import { renderToc } from '../../src/output/toc.js';
import { renderPeople } from '../../src/output/people.js';
import { styleFor } from '../../src/output/color.js';
import { displayWidth } from '../../src/layout/width.js';
import { listGoldArticles } from '../helpers/articles.js';
import { handBuiltModel } from './hand-built.js';

// The parser drops zero-width characters, which some gold titles keep.
const visible = (text: string) => text.replace(/[\u200b-\u200d\u2060\ufeff]/g, '');

describe.each(listGoldArticles())('--toc of $slug', ({ text, gold }) => {
  it('lists the gold sections, numbered from 1', () => {
    const lines = renderToc(buildModel(text)).trimEnd().split('\n');
    const width = String(gold.sections.length).length;
    expect(lines).toEqual(
      gold.sections.map((title, i) => `${String(i + 1).padStart(width)}. ${title !== null ? visible(title) : i === 0 ? 'Introduction' : `Section ${i + 1}`}`),
    );
  });
});

describe('--toc', () => {
  it('right-aligns numbers past 9', () => {
    const model = handBuiltModel();
    model.sections = Array.from({ length: 12 }, (_, i) => ({ title: `Part ${i + 1}`, paragraphs: ['x'] }));
    const lines = renderToc(model).split('\n');
    expect(lines[0]).toBe(' 1. Part 1');
    expect(lines[11]).toBe('12. Part 12');
  });
});

describe('--people', () => {
  it('prints an aligned table with roles and counts', () => {
    expect(renderPeople(handBuiltModel(), styleFor(false))).toBe(
      [
        'NAME       TYPE          QUOTES  REPORTED  ROLE',
        'Ana Lima   person             1         1  finance minister',
        'Jens Berg  person             2         0',
        'Jen Park   person             0         0  analyst',
        '',
      ].join('\n'),
    );
  });

  it('aligns wide names by display width', () => {
    const model = handBuiltModel();
    model.people[0].name = '习近平';
    const lines = renderPeople(model, styleFor(false)).split('\n');
    const quotesEnd = (line: string) => displayWidth(line.slice(0, line.indexOf('QUOTES') + 6));
    expect(displayWidth(lines[1].slice(0, lines[1].indexOf('1') + 1))).toBe(quotesEnd(lines[0]));
  });

  it('prints nothing when nobody is quoted', () => {
    expect(renderPeople({ ...handBuiltModel(), people: [] }, styleFor(false))).toBe('');
  });

  it('never lets a control sequence through a name or role', () => {
    const model = handBuiltModel();
    model.people[0].name = 'Ana\u001b[2J Lima';
    model.people[0].role = 'min\u001b]52;c;ZXZpbA==\u0007ister';
    const out = renderPeople(model, styleFor(false));
    expect(out).not.toContain('\u001b');
    expect(out).toContain('Ana Lima');
    expect(out).toContain('minister');
  });
});
