// npm run eval: the quote engine against hand-annotated gold files, then its
// speed on 1 MB of article text.
//   npm run eval                  gold set, then the development sets (held-out,
//                                 dev to dev7), each per article with its misses; speed
//   npm run eval -- --blind       the blind sets (test/blind, test/blind2): the overall
//                                 figure only, never per article or per quote (see their READMEs)
//   npm run eval -- --quiet       figures only, no lists of misses
//   npm run eval -- --only NAME   one of the sets above: gold, heldout, dev … dev7 (no speed)
//   npm run eval -- DIR           gold files in DIR, articles beside them or in articles/
//   npm run eval -- --record      also write every development set's figures to
//                                 test/quotes/recorded-figures.json, the floor CI holds them to
//   npm run eval -- --check       figures only; exit 1 when a set drops more than 0.01 below
//                                 recorded-figures.json on any figure (CI runs this)
//   npm run eval -- --structure   the parser instead of the engine: title, byline, date, paragraph
//                                 count, sections and boilerplate, a line per set, each development
//                                 article's mismatches (not with --quiet); with --blind, overall only
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { buildModel, findQuotes, readArticle } from '../src/pipeline.js';
import { measures, type ArticleScore, type Counts, type Measures } from './eval/score.js';
import { BLIND_SETS, DEVELOPMENT_SETS, ROOT, scoreSet, setDir, totalOf } from './eval/sets.js';
import { printStructure } from './eval/structure.js';

const args = process.argv.slice(2);
const check = args.includes('--check');
const quiet = args.includes('--quiet') || check;
const record = args.includes('--record');
const blind = args.includes('--blind');
const structure = args.includes('--structure');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
const dirs = args.filter((a, i) => !a.startsWith('--') && (onlyAt < 0 || i !== onlyAt + 1));

interface EvalSet {
  name: string;
  dir: string;
  /** Print each article's figures. */
  perArticle: boolean;
  /** List the misses and wrong speakers. */
  misses: boolean;
}

const sets: (EvalSet & { key?: string })[] = blind
  ? BLIND_SETS.map((key) => ({ key, name: `${key} set`, dir: setDir(key), perArticle: false, misses: false }))
  : dirs.length > 0
    ? dirs.map((d) => ({ name: d, dir: d, perArticle: true, misses: !quiet }))
    : DEVELOPMENT_SETS.map((key) => ({
        key,
        name: key === 'gold' ? 'gold set' : `${key} set (development)`,
        dir: setDir(key),
        perArticle: true,
        misses: !quiet,
      })).filter((set) => only === undefined || set.key === only);
if (only !== undefined && sets.length === 0) {
  console.error(`eval: --only takes one of ${DEVELOPMENT_SETS.join(', ')}, not ${JSON.stringify(only)}`);
  process.exit(2);
}
if (record && (blind || dirs.length > 0 || only !== undefined || structure)) {
  console.error('eval: --record needs a full run of the development sets');
  process.exit(2);
}
if (structure && check) {
  console.error('eval: --check compares the engine, not --structure');
  process.exit(2);
}

const fixed = (x: number): string => x.toFixed(3);

function line(name: string, c: Counts): string {
  const m = measures(c);
  return [
    name.padEnd(48).slice(0, 48),
    `P ${fixed(m.quoteP)} R ${fixed(m.quoteR)} F1 ${fixed(m.quoteF1)}`,
    `spk ${fixed(m.speakerAccuracy)}`,
    `e2e ${fixed(m.endToEndF1)}`,
    `ppl ${fixed(m.peopleF1)}`,
    `type ${c.typed > 0 ? fixed(m.typeAccuracy) : '  -  '}`,
    `rep R ${fixed(m.reported)} P ${fixed(m.reportedP)} (${c.reportedHit}/${c.reportedGold})`,
    `ment ${c.mentionsGold > 0 ? fixed(m.mentions) : '  -  '}`,
  ].join('  ');
}

const TARGETS: [string, keyof ReturnType<typeof measures>, number][] = [
  ['quote F1', 'quoteF1', 0.95],
  ['speaker accuracy', 'speakerAccuracy', 0.95],
  ['end-to-end F1', 'endToEndF1', 0.92],
  ['people F1', 'peopleF1', 0.95],
  ['reported', 'reported', 0.9],
];

function summary(c: Counts): string {
  const m = measures(c);
  const targets = TARGETS.map(([label, key, t]) => `${label} ${m[key] >= t ? 'met' : 'NOT met'}`).join(', ');
  return (
    `  quotes ${c.matched}/${c.gold} found, ${c.predicted} predicted; speakers right ${c.speakerRight}; ` +
    `people ${c.peopleMatched} of ${c.goldPeople} gold, ${c.predictedPeople} listed; targets (issue 3): ${targets}`
  );
}

function listMisses(slug: string, s: ArticleScore): void {
  const rows: string[] = [];
  const cut = (t: string): string => (t.length > 70 ? `${t.slice(0, 67)}…` : t);
  for (const m of s.missed) rows.push(`  missed      ${JSON.stringify(cut(m.text))} — ${m.speaker}`);
  for (const w of s.wrongSpeaker) rows.push(`  wrong       ${JSON.stringify(cut(w.text))} — gold ${w.gold}, got ${w.predicted}`);
  for (const f of s.spurious) rows.push(`  spurious    ${JSON.stringify(cut(f.text))} — ${f.speaker}`);
  for (const r of s.reportedMissed) rows.push(`  reported    "${r.paragraph}…" — gold ${r.gold}, got ${r.predicted.join(', ') || 'nothing'}`);
  for (const r of s.reportedSpurious) rows.push(`  extra rep   "${r.paragraph}…" — ${r.speaker}`);
  for (const w of s.wrongType) rows.push(`  type        ${w.name}: gold ${w.gold}, got ${w.predicted}`);
  if (s.peopleMissed.length) rows.push(`  people missing: ${s.peopleMissed.join('; ')}`);
  if (s.peopleSpurious.length) rows.push(`  people extra:   ${s.peopleSpurious.join('; ')}`);
  for (const u of s.unlocated) rows.push(`  gold quote not found in the text: ${JSON.stringify(cut(u))}`);
  if (rows.length) console.log(`${slug}\n${rows.join('\n')}`);
}

/** Score one set, print it, and return its overall figures. */
function runSet(set: EvalSet): Measures | null {
  const scores = scoreSet(set.dir);
  if (scores.length === 0) return null;
  console.log(`\n== ${set.name}: ${scores.length} articles`);
  if (set.perArticle) for (const { slug, score } of scores) console.log(line(slug, score.counts));
  const total = totalOf(scores);
  console.log(line(`OVERALL (${set.name})`, total));
  console.log(summary(total));
  if (set.misses) {
    console.log(`\n-- misses and wrong speakers (${set.name})`);
    for (const { slug, score } of scores) listMisses(slug, score);
  }
  return measures(total);
}

/** Time the engine on about 1 MB of article text built from the corpus: the first (cold) run and the best of three. */
function speed(): void {
  const dir = join(ROOT, 'articles');
  const bodies = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split(/\n\s*\n/)
        .slice(3)
        .join('\n\n'),
    );
  const parts: string[] = ['A megabyte of news', ''];
  let size = 0;
  for (let i = 0; size < 1_000_000; i++) {
    const body = bodies[i % bodies.length];
    parts.push(body);
    size += body.length + 2;
  }
  const text = parts.join('\n\n');
  const article = readArticle(text);
  const times: number[] = [];
  let cpu = 0;
  let count = 0;
  for (let r = 0; r < 3; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    count = findQuotes(article).quotes.length;
    times.push(performance.now() - t0);
    if (r === 0) {
      const c = process.cpuUsage(c0);
      cpu = (c.user + c.system) / 1000;
    }
  }
  const t1 = performance.now();
  buildModel(text);
  const whole = performance.now() - t1;
  console.log(
    `\n== speed: ${(text.length / 1_000_000).toFixed(2)} MB of article text, ${count} quotes found\n` +
      `  engine: first run ${times[0].toFixed(0)} ms (${cpu.toFixed(0)} ms CPU), best of 3 ${Math.min(...times).toFixed(0)} ms; ` +
      `parse + engine ${whole.toFixed(0)} ms; load average ${loadavg()[0].toFixed(1)}`,
  );
}

const figures: Record<string, Partial<Measures>> = {};
if (structure) {
  // A blind set's misses are never printed: the set is built with misses off.
  for (const set of sets) printStructure(set.key ?? set.name, set.dir, set.misses && !blind);
  process.exit(0);
}
for (const set of sets) {
  const m = runSet(set);
  if (m && set.key) {
    const { quoteF1, speakerAccuracy, endToEndF1, peopleF1, reported, reportedP } = m;
    figures[set.key] = Object.fromEntries(
      Object.entries({ quoteF1, speakerAccuracy, endToEndF1, peopleF1, reported, reportedP }).map(([k, v]) => [k, Math.floor(v * 1000) / 1000]),
    );
  }
}
if (record) {
  writeFileSync(join(ROOT, 'test', 'quotes', 'recorded-figures.json'), JSON.stringify(figures, null, 2) + '\n');
  console.log('\nrecorded: test/quotes/recorded-figures.json');
}
if (check) {
  const SLACK = 0.01;
  const recorded = JSON.parse(readFileSync(join(ROOT, 'test', 'quotes', 'recorded-figures.json'), 'utf8')) as Record<string, Record<string, number>>;
  const drops = Object.entries(recorded).flatMap(([set, floor]) =>
    Object.entries(floor)
      .filter(([key, value]) => set in figures && (figures[set][key as keyof Measures] ?? 0) < value - SLACK)
      .map(([key, value]) => `${set} ${key}: ${figures[set][key as keyof Measures]} < ${value} - ${SLACK}`),
  );
  console.log(drops.length === 0 ? '\ncheck: every set within 0.01 of its recorded figures' : `\ncheck FAILED:\n  ${drops.join('\n  ')}`);
  if (drops.length > 0) process.exitCode = 1;
} else if (!blind && dirs.length === 0 && only === undefined) speed();
