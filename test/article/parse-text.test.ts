// One case per parser rule, on small articles written for the purpose.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.js';

const BODY = [
  'The city council voted on Tuesday to close the old bridge to cars after engineers found cracks in two of its supports.',
  '"We could not wait for the next inspection," the mayor said at a news conference.',
  'Work on a replacement is expected to begin next spring and to last about eighteen months.',
].join('\n\n');

const paragraphs = (text: string) => parseText(text).sections.flatMap((s) => s.paragraphs);

describe('title, byline and date', () => {
  it('reads byline and date from one line', () => {
    const a = parseText(`Council Shuts Old Bridge\n\nBy Jane Roe February 04, 2022\n\n${BODY}`);
    expect(a).toMatchObject({ title: 'Council Shuts Old Bridge', byline: 'Jane Roe', date: '2022-02-04' });
    expect(paragraphs(`Council Shuts Old Bridge\n\nBy Jane Roe February 04, 2022\n\n${BODY}`)).toHaveLength(3);
  });

  it('reads byline and date from separate lines', () => {
    const a = parseText(`Council Shuts Old Bridge\n\nBy Jane Roe and Li Wei\nJuly 15, 2018\n\n${BODY}`);
    expect(a).toMatchObject({ byline: 'Jane Roe and Li Wei', date: '2018-07-15' });
  });

  it.each([
    ['Feb. 4, 2022', '2022-02-04'],
    ['2022-02-04', '2022-02-04'],
    ['4 February 2022', '2022-02-04'],
    ['Friday, February 4, 2022', '2022-02-04'],
    ['Sept. 30, 2019', '2019-09-30'],
    ['Updated: March 1, 2018 10:32 AM', '2018-03-01'],
    ['15.10.2024 – 14:32', '2024-10-15'],
    ['Posted Thu 21 Nov 2024 at 5:02am', '2024-11-21'],
    ['Last Updated : 14 August 2023, 17:35 IST', '2023-08-14'],
    ['08/14/2024', '2024-08-14'],
    ['14/08/2024', '2024-08-14'],
    ['Published April 17, 2024 Updated April 18, 2024, 8:03 a.m. ET', '2024-04-17'],
    ['Posted: Feb 20, 2024 4:00 AM AST | Last Updated: February 20', '2024-02-20'],
  ])('reads the date form %s', (line, iso) => {
    expect(parseText(`Council Shuts Old Bridge\n\n${line}\n\n${BODY}`).date).toBe(iso);
  });

  it('rejects impossible dates', () => {
    expect(parseText(`Council Shuts Old Bridge\n\nFebruary 30, 2022\n\n${BODY}`).date).toBeNull();
  });

  it('takes the outlet after a bar in the byline as the source', () => {
    const a = parseText(`Council Shuts Old Bridge\n\nBy Jane Roe | City Wire News\n\n${BODY}`);
    expect(a).toMatchObject({ byline: 'Jane Roe', source: 'City Wire News' });
  });

  it('keeps a role or place after the names out of the byline', () => {
    expect(parseText(`Council Shuts Old Bridge\n\nBy Jane Roe, Transport correspondent\n\n${BODY}`)).toMatchObject({
      byline: 'Jane Roe',
      bylineNote: 'Transport correspondent',
    });
    expect(parseText(`Council Shuts Old Bridge\n\nBy Jane Roe, Innsbruck\n\n${BODY}`)).toMatchObject({ byline: 'Jane Roe', bylineNote: 'Innsbruck' });
    expect(parseText(`Council Shuts Old Bridge\n\nBy Jane Roe, Li Wei and Ana de la Cruz\n\n${BODY}`)).toMatchObject({
      byline: 'Jane Roe, Li Wei and Ana de la Cruz',
      bylineNote: null,
    });
  });

  it('reads a byline printed without "By" above the date line', () => {
    expect(parseText(`Council Shuts Old Bridge\n\nJane Roe\n08/14/2024\n\n${BODY}`)).toMatchObject({
      title: 'Council Shuts Old Bridge',
      byline: 'Jane Roe',
      date: '2024-08-14',
    });
    expect(parseText(`Council Shuts Old Bridge\n\nJane Roe · City Wire\nPosted: Feb 20, 2024\n\n${BODY}`)).toMatchObject({
      byline: 'Jane Roe',
      source: 'City Wire',
      date: '2024-02-20',
    });
    expect(parseText(`Council Shuts Old Bridge\n\nJane Roe / CW / Updated: Jan 23, 2024, 08:14 IST\n\n${BODY}`)).toMatchObject({
      byline: 'Jane Roe',
      source: 'CW',
      date: '2024-01-23',
    });
  });

  it('reads "Name, Desk Title" over a date as the byline under a standfirst, and keeps the standfirst as body', () => {
    const text = `Local\n\nCouncil Shuts Old Bridge\n\nThe mayor says the crossing could not wait for another inspection.\n\nJane Roe, Transport Reporter\n\n5:48 pm on 5 March 2026\n\n${BODY}`;
    expect(parseText(text)).toMatchObject({ title: 'Council Shuts Old Bridge', byline: 'Jane Roe', date: '2026-03-05' });
    expect(paragraphs(text)[0]).toBe('The mayor says the crossing could not wait for another inspection.');
  });

  it('reads an "Author:" label with the outlet in brackets', () => {
    const a = parseText(`Council Shuts Old Bridge\n\nAuthor: Jane Roe (KXYZ)\nPublished: 6:14 PM CDT May 7, 2024\n\n${BODY}`);
    expect(a).toMatchObject({ byline: 'Jane Roe', source: 'KXYZ', date: '2024-05-07' });
  });

  it('reads "Name in Place" over a date line as a byline and its place', () => {
    const a = parseText(`Council Shuts Old Bridge\n\nJane Roe in Oslo\nPublished October 16 2024\n\n${BODY}`);
    expect(a).toMatchObject({ title: 'Council Shuts Old Bridge', byline: 'Jane Roe', bylineNote: 'Oslo', date: '2024-10-16' });
  });

  it('reads a date line whose time names its place', () => {
    const a = parseText(`Council Shuts Old Bridge\n\nBy Jane Roe\nPublished on November 5, 2024, at 5:40 pm (Paris)\n\n${BODY}`);
    expect(a).toMatchObject({ date: '2024-11-05', dateText: 'Published on November 5, 2024, at 5:40 pm (Paris)' });
    expect(a.sections[0].title).toBeNull();
  });

  it('keeps the first of two date lines and reports the "Updated" line as boilerplate', () => {
    const a = parseText(`Council Shuts Old Bridge\n\nBy Jane Roe\nPublished: 6:14 PM May 7, 2024\nUpdated: 10:32 PM May 8, 2024\n\n${BODY}`);
    expect(a).toMatchObject({ date: '2024-05-07', dateText: 'Published: 6:14 PM May 7, 2024' });
    expect(a.boilerplate).toEqual(['Updated: 10:32 PM May 8, 2024']);
    expect(a.sections.flatMap((s) => s.paragraphs)).toHaveLength(3);
  });

  it('keeps a desk title after the names out of the byline', () => {
    const a = parseText(`Council Shuts Old Bridge\n\nBy Jane Roe, Court Reporter\n10:42, 11 Mar 2025\n\n${BODY}`);
    expect(a).toMatchObject({ byline: 'Jane Roe', bylineNote: 'Court Reporter', date: '2025-03-11' });
  });

  it('reads "By:" with a job and a handle, over an outlet and date credit line', () => {
    const text = `Council Shuts Old Bridge\n\nBy: Ma. Jane Roe - Correspondent / @JaneRoeNews\nCity Daily Times / 05:12 AM January 27, 2025\n\n${BODY}`;
    const a = parseText(text);
    expect(a).toMatchObject({
      title: 'Council Shuts Old Bridge',
      byline: 'Ma. Jane Roe',
      bylineNote: 'Correspondent, @JaneRoeNews',
      source: 'City Daily Times',
      date: '2025-01-27',
    });
    expect(paragraphs(text)).toHaveLength(3);
  });

  it('reads an "Issued on:" date line', () => {
    expect(parseText(`Council Shuts Old Bridge\n\nIssued on: 26/02/2025 - 14:05\n\n${BODY}`)).toMatchObject({
      title: 'Council Shuts Old Bridge',
      date: '2025-02-26',
    });
  });

  it('reads a bare byline over a reading time and a date, and reports the reading time', () => {
    const a = parseText(`Council Shuts Old Bridge\n\nJane Roe\n3 min read\nMarch 8, 2025 - 5:00AM\n\n${BODY}`);
    expect(a).toMatchObject({ title: 'Council Shuts Old Bridge', byline: 'Jane Roe', date: '2025-03-08' });
    expect(a.boilerplate).toEqual(['3 min read']);
  });

  it('does not take a menu of names for a byline', () => {
    const a = parseText(`Radio One\nCity Wire / Metro Wire\nShare on Facebook\n\nCouncil Shuts Old Bridge\n\nBy Jane Roe\n\n${BODY}`);
    expect(a).toMatchObject({ title: 'Council Shuts Old Bridge', byline: 'Jane Roe', source: null });
  });

  it('splits a long byline line from the date line under it', () => {
    const text = `Council Shuts Old Bridge\n\nBy Jane Roe-Whitfield, Senior transport correspondent\nTue 12 Mar 2024 17.42 GMT\n\n${BODY}`;
    expect(parseText(text)).toMatchObject({ byline: 'Jane Roe-Whitfield', date: '2024-03-12', source: null });
  });

  it('reads a standalone dateline and keeps it out of the paragraphs', () => {
    const a = parseText(`Council Shuts Old Bridge\n\nBy Jane Roe\n\nSPRINGFIELD —\n\n${BODY}`);
    expect(a.dateline).toBe('SPRINGFIELD');
    expect(paragraphs(`Council Shuts Old Bridge\n\nBy Jane Roe\n\nSPRINGFIELD —\n\n${BODY}`)).toHaveLength(3);
  });

  it('reads a dateline that opens the first paragraph, and leaves the paragraph whole', () => {
    const a = parseText(`Council Shuts Old Bridge\n\nWASHINGTON (City Wire) — ${BODY}`);
    expect(a).toMatchObject({ dateline: 'WASHINGTON', source: 'City Wire' });
    expect(a.sections[0].paragraphs[0]).toMatch(/^WASHINGTON \(City Wire\) — The city council/);
  });

  it('handles an article with no byline', () => {
    const a = parseText(`Council Shuts Old Bridge\n\n${BODY}`);
    expect(a).toMatchObject({ title: 'Council Shuts Old Bridge', byline: null, date: null });
    expect(a.sections[0].paragraphs).toHaveLength(3);
  });

  it('handles an article with no title', () => {
    const a = parseText(BODY);
    expect(a.title).toBeNull();
    expect(a.sections[0].paragraphs).toHaveLength(3);
  });
});

describe('boilerplate', () => {
  it('drops site lines above the title and calls to action below the body', () => {
    const text = `Breaking News Network\n\nShare on Facebook\n\nCouncil Shuts Old Bridge\n\nBy Jane Roe\n\n${BODY}\n\nSubscribe to our newsletter for daily updates!\n\nFollow us on Twitter`;
    const a = parseText(text);
    expect(a.title).toBe('Council Shuts Old Bridge');
    expect(a.boilerplate).toEqual(['Breaking News Network', 'Share on Facebook', 'Subscribe to our newsletter for daily updates!', 'Follow us on Twitter']);
    expect(paragraphs(text)).toHaveLength(3);
  });

  it('keeps a closing credit line as the last paragraph', () => {
    const text = `${BODY}\n\nSome information for this report came from wire services.`;
    expect(paragraphs(text).at(-1)).toBe('Some information for this report came from wire services.');
  });

  it('drops an "About …" blurb at the end but keeps a paragraph that starts with "About"', () => {
    const text = `${BODY}\n\nAbout 100 residents attended the meeting, which ran past midnight.\n\nAbout Us\nCity Wire has covered local government since 1990 and publishes in four languages every day of the week.`;
    const a = parseText(text);
    expect(paragraphs(text).at(-1)).toBe('About 100 residents attended the meeting, which ran past midnight.');
    expect(a.boilerplate).toEqual(['About Us', 'City Wire has covered local government since 1990 and publishes in four languages every day of the week.']);
  });

  it('drops topic tags under a site line at the end, and pointers to other stories', () => {
    const text = `${BODY}\n\nAlso Read: Rail strike called off after late talks\n\nExplore more on these topics\nBridges\nLocal government\nShare`;
    const a = parseText(text);
    expect(a.boilerplate).toEqual([
      'Also Read: Rail strike called off after late talks',
      'Explore more on these topics',
      'Bridges',
      'Local government',
      'Share',
    ]);
    expect(a.sections).toHaveLength(1);
  });

  it('drops bar menus, print notices, address lines, credit labels and keyword lists at the end', () => {
    const text = [
      BODY,
      'A version of this article appears in print on April 18, 2024, Section A, Page 20 of the City edition with the headline: Bridge Closed.',
      'Corrections and clarifications | Submit a news tip | Report error',
      'jroe@citywire.example.com',
      'Source: City Wire',
      'KEYWORDS',
      'bridges, council, transport',
    ].join('\n\n');
    expect(parseText(text).boilerplate).toHaveLength(6);
    expect(paragraphs(text)).toHaveLength(3);
  });

  it('drops a "Related News" heading and the headline under it at the end', () => {
    const text = [BODY, 'Related News', 'Harbour bridge: council to add a lane to the old crossing'].join('\n\n');
    expect(parseText(text).boilerplate).toEqual(['Related News', 'Harbour bridge: council to add a lane to the old crossing']);
    expect(paragraphs(text)).toHaveLength(3);
  });

  it("drops the site's pitch for itself", () => {
    const text = `${BODY}\n\nIn uncertain times, quality journalism matters more than ever.\n\nBy subscribing, you can help us keep reporting.\n\nSUBSCRIBE NOW`;
    expect(parseText(text).boilerplate).toHaveLength(3);
  });

  it('keeps short lines at the end when no site line stands above them', () => {
    const text = `Council Shuts Old Bridge\n\n${BODY}\n\nThe bridge in numbers\n\n${BODY}\n\nOpened in 1921\n\nClosed in 2024`;
    expect(parseText(text).boilerplate).toEqual([]);
  });

  it('drops rules and ornaments', () => {
    const a = parseText(`${BODY}\n\n* * *\n\n###`);
    expect(a.boilerplate).toEqual(['* * *', '###']);
  });
});

describe('sections', () => {
  it('starts a section at a short line with no sentence punctuation', () => {
    const text = `Council Shuts Old Bridge\n\n${BODY}\n\nWhat comes next\n\n${BODY}\n\n‘A long winter’\n\n${BODY}`;
    const a = parseText(text);
    expect(a.sections.map((s) => s.title)).toEqual([null, 'What comes next', '‘A long winter’']);
    expect(a.sections.map((s) => s.paragraphs.length)).toEqual([3, 3, 3]);
  });

  it('does not take a short sentence for a subheading', () => {
    const text = `${BODY}\n\nNobody was hurt.\n\n${BODY}`;
    expect(parseText(text).sections).toHaveLength(1);
  });

  it('keeps speaker labels over statements as paragraphs', () => {
    const statement = '"This is good news for the river and for everyone who lives along it."';
    const labels = ['Jane Roe, Director, River Trust', 'Li Wei, Mayor of Springfield', 'Sam Poe (D-OR)'];
    const text = `Leaders Welcome Bridge Plan\n\n${BODY}\n\nElected Officials\n\n${labels.map((l) => `${l}\n\n${statement}`).join('\n\n')}`;
    const a = parseText(text);
    expect(a.sections.map((s) => s.title)).toEqual([null, 'Elected Officials']);
    expect(a.sections[1].paragraphs).toHaveLength(6);
  });
});

describe('paragraphs and characters', () => {
  it('joins the lines of a hard-wrapped paragraph', () => {
    const wrapped =
      'The city council voted on Tuesday to close the old bridge to cars\nafter engineers found cracks in two of its supports, officials said on\nWednesday in a statement.';
    expect(paragraphs(wrapped)).toEqual([wrapped.replace(/\n/g, ' ')]);
  });

  it('handles CRLF, a BOM, tabs and no-break spaces', () => {
    const text = `\ufeffCouncil Shuts Old Bridge\r\n\r\nBy\u00a0Jane Roe\r\n\r\n${BODY.replace(/\n/g, '\r\n').replace('city council', 'city\tcouncil')}`;
    const a = parseText(text);
    expect(a).toMatchObject({ title: 'Council Shuts Old Bridge', byline: 'Jane Roe' });
    expect(a.sections[0].paragraphs[0]).toMatch(/^The city council voted/);
    expect(a.sections[0].paragraphs).toHaveLength(3);
  });

  it('strips escape sequences and control characters', () => {
    const a = parseText(`Council \u001b[31mShuts\u001b[0m Old Bridge\u0007\n\n${BODY}\u001b]0;pwned\u0007`);
    expect(a.title).toBe('Council Shuts Old Bridge');
    expect(JSON.stringify(a)).not.toMatch(/\\u00(?:1b|07)/);
  });
});
