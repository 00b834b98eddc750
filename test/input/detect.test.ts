// Which parser an input gets: the content decides, the extension or media
// type only helps.
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/input/detect.js';
import { listArticles } from '../helpers/articles.js';

const MARKDOWN =
  '# Council Shuts Old Bridge\n\n*By Jane Roe*\n\nThe [council](https://example.org) voted **on Tuesday**.\n\n## Next steps\n\nWork begins in spring.\n';
const FRONT_MATTER = '---\ntitle: Council Shuts Old Bridge\ndate: 2022-02-04\n---\n\nThe council voted on Tuesday.\n';
const PAGE = '<!DOCTYPE html>\n<html lang="en"><head><title>Council</title></head><body><p>The council voted.</p></body></html>';

describe('detectFormat', () => {
  it.each(listArticles().map((a) => [a.slug, a.text]))('reads the plain-text article %s as text, with or without its name', (slug, text) => {
    expect(detectFormat(text)).toBe('text');
    expect(detectFormat(text, { path: `${slug}.txt` })).toBe('text');
  });

  it('knows an HTML document by its start, whatever the name says', () => {
    expect(detectFormat(PAGE)).toBe('html');
    expect(detectFormat(PAGE, { path: 'saved.txt' })).toBe('html');
    expect(detectFormat(`\ufeff<?xml version="1.0"?>\n<!-- saved -->\n${PAGE.replace('<!DOCTYPE html>\n', '')}`)).toBe('html');
  });

  it('reads a fragment as HTML when the name or media type says so, or when it is full of tags', () => {
    const fragment = '<p>The council voted.</p>';
    expect(detectFormat(fragment, { path: 'story.html' })).toBe('html');
    expect(detectFormat(fragment, { mediaType: 'text/html' })).toBe('html');
    expect(detectFormat(fragment)).toBe('text');
    expect(detectFormat('<div><p>One.</p><p>Two.</p><p>Three <a href="/x">link</a>.</p></div>')).toBe('html');
  });

  it('reads a page that is text though it is called .html as text', () => {
    expect(detectFormat('The council voted on Tuesday.', { path: 'story.html' })).toBe('text');
  });

  it('knows Markdown by its extension, its media type, front matter or its syntax', () => {
    expect(detectFormat('The council voted.', { path: 'notes.md' })).toBe('markdown');
    expect(detectFormat('The council voted.', { mediaType: 'text/markdown' })).toBe('markdown');
    expect(detectFormat(FRONT_MATTER)).toBe('markdown');
    expect(detectFormat(MARKDOWN)).toBe('markdown');
    expect(detectFormat(MARKDOWN, { path: 'story.txt' })).toBe('markdown');
  });

  it('does not take a rule of underscores or one stray sign for Markdown', () => {
    expect(detectFormat('Title\n\n______________________\n\nThe council voted on Tuesday.')).toBe('text');
    expect(detectFormat('Title\n\nThe council voted 5 * 3 times on Tuesday.\n\n- one point\n')).toBe('text');
  });
});
