// The header of a plain-text article in house styles the first rules did not
// know: one case per rule, in invented words.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.js';
import { dateLine } from '../../src/article/dates.js';

const BODY = [
  'The parish board voted on Tuesday to shut the old ferry slip after divers found two of its piles had rotted through.',
  '"We could not wait for another winter," the board chair said after the meeting.',
  'A floating pontoon will take its place next spring, at a cost the board put at about half a million.',
].join('\n\n');

const parse = (head: string) => parseText(`${head}\n\n${BODY}`);
const paragraphs = (head: string) => parse(head).sections.flatMap((s) => s.paragraphs);

describe('date lines', () => {
  it.each([
    ['17-Aug-2025', '2025-08-17'],
    ['13-03-2026 17:42', '2026-03-13'],
    ['Published on 15/06/2026 - 18:12 GMT+2', '2026-06-15'],
    ['May 6, 2025 5 AM Central', '2025-05-06'],
    ['Last update on: Tue Apr 14, 2026 02:18 AM', '2026-04-14'],
    ['March 5, 2026 4:18 PM GMT Updated 3 hours ago', '2026-03-05'],
    ['Published Feb 17, 2026 - 4:12 pm GMT+3 | Last Update Feb 17, 2026 - 7:38 pm GMT+3', '2026-02-17'],
    ['Published 10:24 AM EDT, Thu March 19, 2026', '2026-03-19'],
  ])('reads %s', (line, iso) => {
    expect(dateLine(line)).toBe(iso);
    expect(parse(`Ferry Slip Shut\n\n${line}`).date).toBe(iso);
  });

  it('reads a date line with a place or desk set off by a separator, and no more than two', () => {
    expect(dateLine('Porthkell / Vennick - Nov 19, 2025 - 06:40 CET')).toBe('2025-11-19');
    expect(dateLine('Published - March 20, 2025 09:48 pm IST - VENNICK')).toBe('2025-03-20');
    expect(dateLine('Tuesday 12 May 2026 16:42, UK')).toBe('2026-05-12');
    expect(dateLine('Apr 2, 2026 - Business')).toBe('2026-04-02');
    expect(dateLine('Porthkell / Vennick / Tregarth - Nov 19, 2025')).toBeNull();
    expect(dateLine('The board met on Nov 19, 2025 to vote')).toBeNull();
  });

  it('reads a two-digit year in a byline, and keeps the time with the date', () => {
    expect(parse('Ferry Slip Shut\n\nby Wenna Tregothnan - 06/10/26 5:42 PM ET')).toMatchObject({
      byline: 'Wenna Tregothnan',
      date: '2026-06-10',
      dateText: '06/10/26 5:42 PM ET',
    });
  });

  it('reads an ambiguous numeric date the way the weekday of the lede allows: that day or the day after', () => {
    // 9 February 2025 was a Sunday, 2 September 2025 a Tuesday.
    const text = 'Ferry Slip Shut\n\n09/02/2025\n\nThe bishop blessed the new slip on Sunday morning before a crowd of several hundred people.';
    expect(parseText(text).date).toBe('2025-02-09');
    expect(parseText(text.replace('Sunday', 'Tuesday')).date).toBe('2025-09-02');
    expect(parseText(text.replace('Sunday', 'Monday')).date).toBe('2025-09-02');
    // Both readings a Wednesday (1 July and 7 January 2026): month first.
    expect(parseText(text.replace('09/02/2025', '07/01/2026').replace('Sunday', 'Wednesday')).date).toBe('2026-07-01');
  });
});

describe('bylines', () => {
  it('keeps a desk title printed after the names without a comma out of the byline', () => {
    expect(parse('Ferry Slip Shut\n\nBy Wenna Tregothnan Harbours Reporter\nMar 11, 2026')).toMatchObject({
      byline: 'Wenna Tregothnan',
      bylineNote: 'Harbours Reporter',
    });
    expect(parse('Ferry Slip Shut\n\nBy Wenna Tregothnan Senior Political Correspondent')).toMatchObject({
      byline: 'Wenna Tregothnan',
      bylineNote: 'Senior Political Correspondent',
    });
  });

  it('takes the date, its label and its time out of a run-together byline', () => {
    const a = parse('Ferry Slip Shut\n\nBy Wenna Tregothnan Gazette Staff,Updated March 5, 2026, 6:14 p.m.');
    expect(a).toMatchObject({ byline: 'Wenna Tregothnan', bylineNote: 'Gazette Staff', date: '2026-03-05', dateText: 'Updated March 5, 2026, 6:14 p.m.' });
  });

  it('reads the part after a comma as a place unless the names end in "and"', () => {
    expect(parse('Ferry Slip Shut\n\nBy Wenna Tregothnan, Port Ellis\nApr 22, 2026')).toMatchObject({ byline: 'Wenna Tregothnan', bylineNote: 'Port Ellis' });
    expect(parse('Ferry Slip Shut\n\nBy Wenna Tregothnan, Jory Pascoe and Tamsin Hocking')).toMatchObject({
      byline: 'Wenna Tregothnan, Jory Pascoe and Tamsin Hocking',
      bylineNote: null,
    });
  });

  it('reads "Name at Place" and a "WRITER:" label', () => {
    expect(parse('Ferry Slip Shut\n\nWenna Tregothnan at Port Ellis\nFri 17 Jul 2026 20.14 BST')).toMatchObject({
      byline: 'Wenna Tregothnan',
      bylineNote: 'Port Ellis',
    });
    expect(parse('Ferry Slip Shut\n\nPUBLISHED : 22 Jan 2026 at 18:05\nPAPER SECTION: Coast\nWRITER: Wenna Tregothnan')).toMatchObject({
      byline: 'Wenna Tregothnan',
      date: '2026-01-22',
    });
  });

  it('does not take a date label for a name', () => {
    const a = parse('Ferry Slip Shut\n\nPublished Thu, Apr 30 2026 8:05 AM EDT\nUpdated Thu, Apr 30 2026 11:41 AM EDT\nWenna Tregothnan\nShare');
    expect(a).toMatchObject({ byline: 'Wenna Tregothnan', date: '2026-04-30' });
    expect(a.boilerplate).toEqual(['Updated Thu, Apr 30 2026 11:41 AM EDT', 'Share']);
  });

  it('reads a name over its outlet, desk or place line over the date, and reports that line', () => {
    for (const [line, field] of [
      ['CORNISH COAST TODAY', 'source'],
      ['Harbours Correspondent', 'bylineNote'],
      ['VENNICK', 'dateline'],
    ]) {
      const a = parse(`HARBOURS\n\nFerry Slip Shut as Divers Find Rotten Piles\n\nWenna Tregothnan\n${line}\nPublished 6:02 a.m. ET May 20, 2026`);
      expect(a).toMatchObject({ title: 'Ferry Slip Shut as Divers Find Rotten Piles', byline: 'Wenna Tregothnan', date: '2026-05-20', [field]: line });
      expect(a.boilerplate).toEqual(['HARBOURS', line]);
    }
    const a = parse('Ferry Slip Shut\n\nBy Wenna Tregothnan\nStaff Writer\nMarch 19, 2026 5 AM PT');
    expect(a).toMatchObject({ byline: 'Wenna Tregothnan', bylineNote: 'Staff Writer', date: '2026-03-19' });
  });

  it('reads a name under the date and the share buttons, with the outlet line under it', () => {
    const a = parse('Ferry Slip Shut\n\n14 January 2026\nShare\nSave\nWenna Tregothnan\nGazette News, Port Ellis');
    expect(a).toMatchObject({ byline: 'Wenna Tregothnan', source: 'Gazette News, Port Ellis', date: '2026-01-14' });
    expect(paragraphs('Ferry Slip Shut\n\n14 January 2026\nShare\nSave\nWenna Tregothnan\nGazette News, Port Ellis')).toHaveLength(3);
    expect(parse('Ferry Slip Shut\n\nPublished: February 10, 2026\nWenna Tregothnan, Harbour College of the Isles').byline).toBe('Wenna Tregothnan');
  });

  it('does not take the first clause of the lede under the date for a name', () => {
    const a = parseText(`Ferry Slip Shut\n\nSaturday, March 14, 2026\n\nOn Wednesday, the parish board voted to shut the old ferry slip.\n\n${BODY}`);
    expect(a.byline).toBeNull();
    expect(a.sections[0].paragraphs[0]).toBe('On Wednesday, the parish board voted to shut the old ferry slip.');
  });

  it('reads a company under "News provided by" as the source, not a byline', () => {
    const a = parse('Ferry Slip Shut\n\nNews provided by\nTrevanion Marine, Inc.\nFeb 10, 2026, 08:30 ET');
    expect(a).toMatchObject({ title: 'Ferry Slip Shut', byline: null, source: 'Trevanion Marine, Inc.', date: '2026-02-10' });
    expect(a.boilerplate).toEqual(['News provided by', 'Trevanion Marine, Inc.']);
  });

  it('reads initials in a bare name, and a credit line with two dates', () => {
    expect(parse('Ferry Slip Shut\n\nW. Jory Tregothnan\nPublished - March 20, 2025 09:48 pm IST - VENNICK').byline).toBe('W. Jory Tregothnan');
    expect(parse('Ferry Slip Shut\n\nWenna Tregothnan · Coast News · Posted: Nov 18, 2025 4:00 AM EST | Last Updated: November 18, 2025')).toMatchObject({
      byline: 'Wenna Tregothnan',
      source: 'Coast News',
      date: '2025-11-18',
    });
  });

  it('takes the names of a "(By …)" credit line at the foot, and keeps the line as a paragraph', () => {
    const a = parseText(`Ferry Slip Shut\n\n${BODY}\n\n(By Wenna Tregothnan and Jory Pascoe)`);
    expect(a.byline).toBe('Wenna Tregothnan and Jory Pascoe');
    expect(a.sections[0].paragraphs.at(-1)).toBe('(By Wenna Tregothnan and Jory Pascoe)');
  });
});

describe('title and standfirst', () => {
  it('takes the headline over a standfirst with no final stop, and keeps the standfirst as body', () => {
    const head =
      'Coast\n\nHarbours\n\nFerry slip shut after divers find rotten piles under the old quay\n\nBoard says a pontoon will replace it by spring, leaving islanders a winter of detours\n\nWenna Tregothnan\n\nPublished: 9:30pm, 15 Apr 2026';
    expect(parse(head)).toMatchObject({
      title: 'Ferry slip shut after divers find rotten piles under the old quay',
      byline: 'Wenna Tregothnan',
      date: '2026-04-15',
    });
    expect(paragraphs(head)[0]).toBe('Board says a pontoon will replace it by spring, leaving islanders a winter of detours');
    expect(parse(head).boilerplate).toEqual(['Coast', 'Harbours']);
  });

  it('takes a title-case headline under a title-case label', () => {
    const a = parse('Islands and Their Ferries (IF)\n\nBoard Shuts Old Ferry Slip After Dive Survey\n\nBy Wenna Tregothnan February 04, 2026');
    expect(a.title).toBe('Board Shuts Old Ferry Slip After Dive Survey');
    expect(a.boilerplate).toEqual(['Islands and Their Ferries (IF)']);
  });

  it('takes a headline of two sentences over a standfirst', () => {
    const a = parse(
      'Coast news\n\nIslanders say the ferry slip was failing. The board was told years ago.\n\nA review of board minutes found that the warnings about the piles went back to at least the spring of 2019.\n\nBy Wenna Tregothnan\n\nApril 8, 2026, 5:00 AM EDT',
    );
    expect(a.title).toBe('Islanders say the ferry slip was failing. The board was told years ago.');
  });

  it('reports a box label between the title and the byline, and keeps its bullet lines as body', () => {
    const head =
      'Ferry slip shut after divers find rotten piles\n\nWhat you need to know:\n\nBoard says the pontoon will be ready by spring.\n\nIslanders will use the harbour steps until then.\n\nBy Wenna Tregothnan\nCoast Media Group\nMarch 17, 2026';
    const a = parse(head);
    expect(a).toMatchObject({
      title: 'Ferry slip shut after divers find rotten piles',
      byline: 'Wenna Tregothnan',
      date: '2026-03-17',
      source: 'Coast Media Group',
    });
    expect(a.boilerplate).toEqual(['What you need to know:', 'Coast Media Group']);
    expect(paragraphs(head)).toHaveLength(5);
  });

  it('reads a date line printed among the labels above the headline', () => {
    const a = parse('NEWS\n\n04 June 2025\n\nFerry slip shut after divers find rotten piles\n\nBy Wenna Tregothnan');
    expect(a).toMatchObject({ title: 'Ferry slip shut after divers find rotten piles', byline: 'Wenna Tregothnan', date: '2025-06-04' });
    expect(a.boilerplate).toEqual(['NEWS']);
  });

  it('passes over "More by this Author" and a "Topic:" field between the byline and the date', () => {
    expect(parse('Ferry Slip Shut\n\nBy Wenna Tregothnan\nMore by this Author\nThursday, October 16, 2025').date).toBe('2025-10-16');
    expect(parse('Ferry Slip Shut\n\nBy Wenna Tregothnan\nTopic:Ferries\nMon 9 Mar 2026 at 4:52pm').date).toBe('2026-03-09');
  });
});
