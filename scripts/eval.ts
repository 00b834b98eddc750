// npm run eval: the quote engine against hand-annotated gold files, then its
// speed on 1 MB of article text.
//   npm run eval                  gold set, then the development sets (held-out,
//                                 dev to dev7), each per article with its misses; speed
//   npm run eval -- --blind       the blind sets (test/blind, test/blind2): the overall
//                                 figure only, never per article or per quote (see their READMEs)
//   npm run eval -- --quiet       figures only, no lists of misses
//   npm run eval -- --only NAME   one of the sets above: gold, heldout, dev … dev7 (no speed)
//   npm run eval -- DIR           gold files in DIR, articles beside them or in articles/
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../src/article/parse.js';
import { buildModel } from '../src/model.js';
import { analyzeQuotes } from '../src/quotes/index.js';
import { addCounts, emptyCounts, measures, scoreArticle, type ArticleScore, type Counts, type GoldFile } from './eval/score.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const blind = args.includes('--blind');
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

const sets: EvalSet[] = blind
  ? [
      { name: 'blind set', dir: join(ROOT, 'test', 'blind'), perArticle: false, misses: false },
      { name: 'blind2 set', dir: join(ROOT, 'test', 'blind2'), perArticle: false, misses: false },
    ]
  : dirs.length > 0
    ? dirs.map((d) => ({ name: d, dir: d, perArticle: true, misses: !quiet }))
    : [
        { key: 'gold', name: 'gold set', dir: join(ROOT, 'test', 'gold'), perArticle: true, misses: !quiet },
        { key: 'heldout', name: 'held-out set (development)', dir: join(ROOT, 'test', 'heldout'), perArticle: true, misses: !quiet },
        { key: 'dev', name: 'dev set (development)', dir: join(ROOT, 'test', 'dev'), perArticle: true, misses: !quiet },
        { key: 'dev2', name: 'dev2 set (development)', dir: join(ROOT, 'test', 'dev2'), perArticle: true, misses: !quiet },
        { key: 'dev3', name: 'dev3 set (development)', dir: join(ROOT, 'test', 'dev3'), perArticle: true, misses: !quiet },
        { key: 'dev4', name: 'dev4 set (development)', dir: join(ROOT, 'test', 'dev4'), perArticle: true, misses: !quiet },
        { key: 'dev5', name: 'dev5 set (development)', dir: join(ROOT, 'test', 'dev5'), perArticle: true, misses: !quiet },
        { key: 'dev6', name: 'dev6 set (development)', dir: join(ROOT, 'test', 'dev6'), perArticle: true, misses: !quiet },
        { key: 'dev7', name: 'dev7 set (development)', dir: join(ROOT, 'test', 'dev7'), perArticle: true, misses: !quiet },
      ].filter((set) => only === undefined || set.key === only);
if (only !== undefined && sets.length === 0) {
  console.error(`eval: --only takes gold, heldout or dev to dev7, not ${JSON.stringify(only)}`);
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

function articleFor(dir: string, slug: string): string | null {
  for (const path of [join(dir, `${slug}.txt`), join(ROOT, 'articles', `${slug}.txt`)]) if (existsSync(path)) return path;
  return null;
}

function runSet(set: EvalSet): void {
  if (!existsSync(set.dir)) return;
  const golds = readdirSync(set.dir).filter((f) => f.endsWith('.gold.json')).sort();
  if (golds.length === 0) return;
  let total = emptyCounts();
  const scores: [string, ArticleScore][] = [];
  console.log(`\n== ${set.name}: ${golds.length} articles`);
  for (const file of golds) {
    const slug = file.replace(/\.gold\.json$/, '');
    const path = articleFor(set.dir, slug);
    if (!path) {
      console.log(`${slug}: no article text found`);
      continue;
    }
    const gold = JSON.parse(readFileSync(join(set.dir, file), 'utf8')) as GoldFile;
    const score = scoreArticle(buildModel(readFileSync(path, 'utf8')), gold);
    scores.push([slug, score]);
    total = addCounts(total, score.counts);
    if (set.perArticle) console.log(line(slug, score.counts));
  }
  console.log(line(`OVERALL (${set.name})`, total));
  console.log(summary(total));
  if (set.misses) {
    console.log(`\n-- misses and wrong speakers (${set.name})`);
    for (const [slug, s] of scores) listMisses(slug, s);
  }
}

/** Time the engine on about 1 MB of article text built from the corpus: the first (cold) run and the best of three. */
function speed(): void {
  const dir = join(ROOT, 'articles');
  const bodies = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8').split(/\n\s*\n/).slice(3).join('\n\n'));
  const parts: string[] = ['A megabyte of news', ''];
  let size = 0;
  for (let i = 0; size < 1_000_000; i++) {
    const body = bodies[i % bodies.length];
    parts.push(body);
    size += body.length + 2;
  }
  const text = parts.join('\n\n');
  const article = parseArticle(text);
  const times: number[] = [];
  let cpu = 0;
  let count = 0;
  for (let r = 0; r < 3; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    count = analyzeQuotes(article).quotes.length;
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

for (const set of sets) runSet(set);
if (!blind && dirs.length === 0 && only === undefined) speed();
