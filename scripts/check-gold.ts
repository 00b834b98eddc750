// npm run check-gold -- DIR…: checks hand-written gold files against their
// articles, without ever running the parser or the quote engine, so that a new
// set can be checked before anything has looked at it (see test/gold/FORMAT.md).
//   every JSON has the gold keys in order, and version 2 fields where used;
//   every quote text occurs verbatim, in reading order, between quote marks
//   (or runs to the end of a paragraph with no closing mark);
//   every speaker is in people and every person speaks; every alias occurs;
//   every reported opening is 5-8 words and starts exactly one paragraph;
//   sections, boilerplate and title are lines of the article;
//   the paragraph count agrees with the blocks left after the header lines;
//   every quoted span the gold leaves out is listed, so each omission is a decision.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

const KEYS = ['title', 'byline', 'date', 'sections', 'paragraphs', 'boilerplate', 'people', 'quotes', 'reported'];
const TYPES = new Set(['person', 'organisation', 'document', 'place', 'group']);
const KINDS = new Set(['direct', 'partial', 'mention']);
const OPENERS = '“"‘\'«„‹';
const CLOSERS = '”"’\'»“‛›';

interface Person {
  name: string;
  role: string | null;
  type?: string;
  aliases: string[];
}
interface GoldQuote {
  text: string;
  speaker: string | null;
  speakers?: string[];
  kind: string;
}
interface GoldReported {
  paragraph: string;
  speaker: string | null;
  speakers?: string[];
}

/** Blank-line separated blocks of the article, each with its lines and where it starts. */
function blocksOf(text: string): { lines: string[]; start: number }[] {
  const blocks: { lines: string[]; start: number }[] = [];
  let offset = 0;
  let current: { lines: string[]; start: number } | null = null;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') current = null;
    else {
      if (!current) blocks.push((current = { lines: [], start: offset }));
      current.lines.push(line.trim());
    }
    offset += raw.length + 1;
  }
  return blocks;
}

/** Quoted spans of one paragraph by its marks: curly and guillemet pairs, straight pairs, and ‘…’ that closes before a non-letter. */
function quotedSpans(paragraph: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const pairs: [RegExp][] = [
    [/“([^”]*)”/g],
    [/«([^»]*)»/g],
    [/„([^“”]*)[“”]/g],
    [/"([^"\n]*)"/g],
    [/(?<![\p{L}\p{N}])‘(.*?)’(?![\p{L}])/gu],
    [/(?<![\p{L}\p{N}])'([^'\n]*?)'(?![\p{L}])/gu],
  ];
  for (const [re] of pairs) {
    for (const m of paragraph.matchAll(re)) spans.push({ start: m.index! + 1, end: m.index! + m[0].length - 1 });
  }
  return spans;
}

function check(dir: string, file: string): string[] {
  const problems: string[] = [];
  const slug = file.replace(/\.gold\.json$/, '');
  const textPath = [join(dir, `${slug}.txt`), join(dir, '..', '..', 'articles', `${slug}.txt`)].find((p) => existsSync(p));
  if (!textPath) return [`no article ${slug}.txt beside the gold file or in articles/`];
  const text = readFileSync(textPath, 'utf8');
  let gold: Record<string, unknown>;
  try {
    gold = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  } catch (e) {
    return [`the JSON does not parse: ${(e as Error).message}`];
  }
  const keys = Object.keys(gold);
  if (keys.join() !== KEYS.join()) problems.push(`keys are ${keys.join(', ')}; expected ${KEYS.join(', ')} in that order`);
  const people = (gold.people ?? []) as Person[];
  const quotes = (gold.quotes ?? []) as GoldQuote[];
  const reported = (gold.reported ?? []) as GoldReported[];
  const v2 = people.some((p) => p.type !== undefined) || quotes.some((q) => q.kind === 'mention');
  const lines = new Set(text.split('\n').map((l) => l.trim()));
  const blocks = blocksOf(text);
  const paragraphsText = blocks.map((b) => b.lines.join(' '));

  // Header lines.
  if (typeof gold.title === 'string' && !lines.has(gold.title)) problems.push(`title is not a line of the article: ${JSON.stringify(gold.title)}`);
  for (const s of (gold.sections ?? []) as (string | null)[]) if (s !== null && !lines.has(s)) problems.push(`section is not a line: ${JSON.stringify(s)}`);
  for (const b of (gold.boilerplate ?? []) as string[]) if (!lines.has(b)) problems.push(`boilerplate is not a line: ${JSON.stringify(b)}`);
  if (typeof gold.byline === 'string' && !text.includes(gold.byline)) problems.push(`byline does not occur: ${JSON.stringify(gold.byline)}`);
  if (gold.date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(String(gold.date))) problems.push(`date is not yyyy-mm-dd: ${JSON.stringify(gold.date)}`);

  // People.
  const names = new Set<string>();
  for (const p of people) {
    if (names.has(p.name)) problems.push(`person listed twice: ${p.name}`);
    names.add(p.name);
    if (!Array.isArray(p.aliases)) problems.push(`person without aliases array: ${p.name}`);
    if (v2 && !TYPES.has(String(p.type))) problems.push(`person ${p.name}: type ${JSON.stringify(p.type)} is not one of ${[...TYPES].join(', ')}`);
    for (const a of p.aliases ?? [])
      if (!text.toLowerCase().includes(a.toLowerCase())) problems.push(`alias of ${p.name} does not occur: ${JSON.stringify(a)}`);
  }
  const speaking = new Set<string>();
  const checkSpeakers = (where: string, speaker: string | null, speakers: string[] | undefined, mention: boolean): void => {
    if (mention) {
      if (speaker !== null) problems.push(`${where}: a mention has speaker null`);
      return;
    }
    if (speaker === null || !names.has(speaker)) problems.push(`${where}: speaker ${JSON.stringify(speaker)} is not in people`);
    else speaking.add(speaker);
    if (speakers === undefined) return;
    if (!Array.isArray(speakers) || speakers.length < 2) problems.push(`${where}: speakers lists two or more`);
    else {
      if (speakers[0] !== speaker) problems.push(`${where}: speakers[0] must be the speaker`);
      for (const s of speakers)
        if (!names.has(s)) problems.push(`${where}: joint speaker ${JSON.stringify(s)} is not in people`);
        else speaking.add(s);
    }
  };

  // Quotes: verbatim, in reading order, between marks; the title line is not body.
  const titleAt = typeof gold.title === 'string' ? text.indexOf(gold.title) : -1;
  let cursor = titleAt >= 0 ? titleAt + (gold.title as string).length : 0;
  const listed: { start: number; end: number }[] = [];
  quotes.forEach((q, i) => {
    const where = `quote ${i + 1} ${JSON.stringify(q.text.slice(0, 40))}`;
    if (!KINDS.has(q.kind) || (q.kind === 'mention' && !v2)) problems.push(`${where}: kind ${JSON.stringify(q.kind)}`);
    checkSpeakers(where, q.speaker, q.speakers, q.kind === 'mention');
    let at = text.indexOf(q.text, cursor);
    if (at < 0) {
      at = text.indexOf(q.text);
      problems.push(at < 0 ? `${where}: text does not occur verbatim` : `${where}: out of reading order`);
      if (at < 0) return;
    }
    cursor = at + 1;
    listed.push({ start: at, end: at + q.text.length });
    const before = text.slice(Math.max(0, at - 2), at);
    const after = text[at + q.text.length] ?? '\n';
    const opened = [...before].some((c) => OPENERS.includes(c)) || /^\s*$/.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at));
    const closed = CLOSERS.includes(after) || after === '\n' || after === '\r';
    if (!opened || !closed) problems.push(`${where}: not between quote marks (before ${JSON.stringify(before)}, after ${JSON.stringify(after)})`);
  });

  // Reported paragraphs.
  for (const r of reported) {
    const where = `reported ${JSON.stringify(r.paragraph)}`;
    const words = r.paragraph.trim().split(/\s+/).length;
    if (words < 5 || words > 8) problems.push(`${where}: ${words} words, not 5-8`);
    const starts = paragraphsText.filter((p) => p.startsWith(r.paragraph)).length;
    if (starts !== 1) problems.push(`${where}: starts ${starts} paragraphs, not one`);
    checkSpeakers(where, r.speaker, r.speakers, false);
  }
  for (const p of people) if (!speaking.has(p.name)) problems.push(`person ${p.name} never speaks`);

  // Paragraph count: blocks left once title, boilerplate and sections are taken out,
  // less the byline and date lines, which the checker can only guess.
  const header = new Set<string>([
    String(gold.title),
    ...((gold.boilerplate ?? []) as string[]),
    ...(((gold.sections ?? []) as (string | null)[]).filter(Boolean) as string[]),
  ]);
  const left = blocks.filter((b) => !b.lines.every((l) => header.has(l)));
  const headerLike = (l: string): boolean =>
    l.length < 120 && ((typeof gold.byline === 'string' && l.includes(gold.byline)) || (/\b(19|20)\d\d\b/.test(l) && !/[.!?]["”’]?$/.test(l)));
  const guessed = left.slice(0, 4).filter((b) => b.lines.every(headerLike));
  const count = left.length - guessed.length;
  if (count !== gold.paragraphs) {
    problems.push(
      `note: paragraphs (a guess: check by hand): gold says ${gold.paragraphs}; ${left.length} blocks are not title, boilerplate or sections, ` +
        `of which ${guessed.length} look like byline or date lines (${guessed.map((b) => JSON.stringify(b.lines[0].slice(0, 30))).join(', ') || 'none'})`,
    );
  }

  // Quoted spans the gold leaves out (in version 2 every body span is listed, mentions included).
  const bodyBlocks = blocks.filter((b) => !b.lines.every((l) => header.has(l)));
  const omitted: string[] = [];
  for (const b of bodyBlocks) {
    const para = b.lines.join('\n');
    for (const s of quotedSpans(para)) {
      const start = b.start + s.start;
      const end = b.start + s.end;
      if (end - start < 2) continue;
      const covered = listed.some((l) => Math.min(l.end, end) - Math.max(l.start, start) > 0);
      if (!covered) omitted.push(para.slice(s.start, s.end));
    }
  }
  for (const o of omitted) problems.push(`${v2 ? 'quoted span not listed' : 'note: quoted span left out'}: ${JSON.stringify(o.slice(0, 60))}`);
  return problems;
}

const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (dirs.length === 0) {
  console.error('usage: npm run check-gold -- DIR…');
  process.exit(2);
}
let bad = 0;
for (const dir of dirs) {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`check-gold: not a directory: ${dir}`);
    process.exit(2);
  }
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()) {
    const problems = check(dir, file);
    const real = problems.filter((p) => !p.startsWith('note:'));
    bad += real.length;
    console.log(`${basename(dir)}/${file}: ${real.length === 0 ? 'ok' : `${real.length} problem(s)`}`);
    for (const p of problems) console.log(`  ${p}`);
  }
}
process.exit(bad === 0 ? 0 : 1);
