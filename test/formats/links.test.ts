// Issue 12, defect 10: the links of HTML and Markdown articles keep their
// words in the text and are listed in --json with their targets and where
// their words are: `text === sections[section].paragraphs[paragraph].slice(start, end)`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/model.js';
import { toJson } from '../../src/core/model-json.js';
import { parseArticle } from '../../src/article/parse.js';
import { buildModel } from '../../src/pipeline.js';
import { FIXTURES } from './fixtures.js';

const html = (body: string) => parseArticle(`<html><head><title>Council Shuts Old Bridge</title></head><body><article>${body}</article></body></html>`, 'html');
const md = (body: string) => parseArticle(`# Council Shuts Old Bridge\n\n${body}\n`, 'markdown');

/** Each link as [its words, its target, section, paragraph], after checking its offsets give its words. */
function linksOf(article: Article): [string, string, number, number][] {
  for (const l of article.links) expect(article.sections[l.section].paragraphs[l.paragraph].slice(l.start, l.end)).toBe(l.text);
  return article.links.map((l) => [l.text, l.href, l.section, l.paragraph]);
}

const fixture = (name: string) => parseArticle(readFileSync(join(FIXTURES, name), 'utf8'), name.endsWith('.md') ? 'markdown' : 'html');

describe('links of real pages', () => {
  it('lists the links of the article body of a news page, not its menus, share buttons or related stories', () => {
    expect(linksOf(fixture('html/voa-2022-02-04-white-house-putin-xi.html'))).toEqual([
      ['White House', '/topics/white-house', 0, 0],
      ['Diaoyutai State Guesthouse Friday', '/topics/diaoyutai-state-guesthouse-friday', 0, 3],
      ['Stacie Goddard', '/topics/stacie-goddard', 0, 6],
      ['Polish Foreign Minister Zbigniew', '/topics/polish-foreign-minister-zbigniew', 1, 3],
      ['Dmitry Peskov', '/topics/dmitry-peskov', 2, 4],
      ['Russian Defense Minister Sergei Shoigu', '/topics/russian-defense-minister-sergei-shoigu', 2, 10],
      ['Ukrainian President Volodymyr Zelenskiy', '/topics/ukrainian-president-volodymyr-zelenskiy', 3, 2],
      ['Agence France', '/topics/agence-france', 3, 5],
    ]);
  });

  it('lists inline and reference links of a Markdown post, and those in list items', () => {
    expect(linksOf(fixture('markdown/wikinews-2019-09-04-california-boat-fire.md'))).toEqual([
      ['Santa Cruz Island', 'https://en.wikipedia.org/wiki/Item_0', 0, 0],
      ['Conception', 'https://en.wikipedia.org/wiki/Item_1', 0, 1],
      ['Coast Guard', 'https://en.wikipedia.org/wiki/Item_2', 0, 2],
      ['Conception', 'https://en.wikipedia.org/wiki/Item_3', 0, 3],
      ['Conception', 'https://en.wikipedia.org/wiki/Item_7', 0, 7],
      ['"Dive boat fire off California kills dozens"', 'https://example.com/ap-boat-fire', 1, 0],
      ['"Coast Guard suspends search"', 'https://example.com/uscg', 1, 1],
    ]);
  });

  it('gives every link of every fixture offsets that hold', () => {
    for (const format of ['html', 'markdown']) {
      for (const name of readdirSync(join(FIXTURES, format))) linksOf(fixture(`${format}/${name}`));
    }
  });
});

describe('where a link stands', () => {
  it('counts the quote marks a block quotation gets and a list item’s bullet or number', () => {
    expect(linksOf(html('<blockquote><p><a href="/a">Nothing</a> is decided.</p></blockquote><ol><li>See <a href="/b">the plan</a>.</li></ol>'))).toEqual([
      ['Nothing', '/a', 0, 0],
      ['the plan', '/b', 0, 1],
    ]);
    const article = md('> [Nothing](/a) is decided.\n\n1. See [the plan](/b).');
    expect(article.sections[0].paragraphs).toEqual(['“Nothing is decided.”', '1. See the plan.']);
    expect(linksOf(article)).toEqual([
      ['Nothing', '/a', 0, 0],
      ['the plan', '/b', 0, 1],
    ]);
  });

  it('keeps the words of emphasis, spacing and escapes inside a link, and not the spaces around it', () => {
    const article = html('<p>The <a href="/m">  mayor, <b>Ann   Roe</b>,\n</a> said <a href="/x\u001b]0;t\u0007">yes\u001b[31m</a>.</p>');
    expect(article.sections[0].paragraphs[0]).toBe('The mayor, Ann Roe, said yes.');
    expect(linksOf(article)).toEqual([
      ['mayor, Ann Roe,', '/m', 0, 0],
      ['yes', '/x', 0, 0],
    ]);
    expect(linksOf(md('The [*mayor*, **Ann Roe**](/m) said [yes][ref] at <https://example.com/v>.\n\n[ref]: /x'))).toEqual([
      ['mayor, Ann Roe', '/m', 0, 0],
      ['yes', '/x', 0, 0],
      ['https://example.com/v', 'https://example.com/v', 0, 0],
    ]);
  });

  it('leaves out anchors without a target, links with no words, and links in headings', () => {
    expect(linksOf(html('<h2><a href="/h">Reaction</a></h2><p><a name="top">Top</a> and <a href="/e"><img src="x.png"></a>words.</p>'))).toEqual([]);
    expect(linksOf(md('## [Reaction](/h)\n\nA picture: [![chart](c.png)](/c) and words.'))).toEqual([]);
  });

  it('follows a link that runs over two paragraphs into both', () => {
    expect(linksOf(html('<a href="/r"><p>First part.</p><p>Second part.</p></a>'))).toEqual([
      ['First part.', '/r', 0, 0],
      ['Second part.', '/r', 0, 1],
    ]);
  });

  it('takes the marks quoted uses from a document’s own text, never for links', () => {
    const article = html('<p>Odd \ufdd0marks\ufdd1 here <a href="/a">and a link</a>.</p>');
    expect(article.sections[0].paragraphs[0]).toBe('Odd marks here and a link.');
    expect(linksOf(article)).toEqual([['and a link', '/a', 0, 0]]);
  });

  it('lists none for plain text, and prints them in --json', () => {
    expect(parseArticle('Council Shuts Old Bridge\n\nSee https://example.com for more.\n', 'text').links).toEqual([]);
    const json = JSON.parse(toJson(buildModel('# Bridge\n\nThe [council](/c) voted.\n', 'markdown')));
    expect(json.links).toEqual([{ text: 'council', href: '/c', section: 0, paragraph: 0, start: 4, end: 11 }]);
    expect(Object.keys(json).at(-1)).toBe('links');
  });
});
