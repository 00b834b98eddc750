// npm run eval: the quote engine against every gold file, per article and
// overall, with the misses listed, then the engine's speed on 1 MB of text.
//   npm run eval                 gold set (test/gold) and held-out set (test/heldout)
//   npm run eval -- --quiet      figures only, no lists of misses
//   npm run eval -- DIR          gold files in DIR, articles beside them or in articles/
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../src/article/parse.js';
import { buildModel } from '../src/model.js';
import { analyzeQuotes } from '../src/quotes/analyze.js';
import { addCounts, emptyCounts, measures, scoreArticle, type ArticleScore, type Counts, type GoldFile } from './eval/score.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const dirs = args.filter((a) => !a.startsWith('--'));
const sets = dirs.length > 0 ? dirs.map((d) => ({ name: d, dir: d })) : [
  { name: 'gold set', dir: join(ROOT, 'test', 'gold') },
  { name: 'held-out set', dir: join(ROOT, 'test', 'heldout') },
];

const pct = (x: number): string => x.toFixed(3);

function line(name: string, c: Counts): string {
  const m = measures(c);
  return [
    name.padEnd(62).slice(0, 62),
    `P ${pct(m.quoteP)} R ${pct(m.quoteR)} F1 ${pct(m.quoteF1)}`,
    `spk ${pct(m.speakerAccuracy)}`,
    `e2e ${pct(m.endToEndF1)}`,
    `ppl ${pct(m.peopleF1)}`,
    `rep ${pct(m.reported)} (${c.reportedHit}/${c.reportedGold})`,
  ].join('  ');
}

function listMisses(slug: string, s: ArticleScore): void {
  const rows: string[] = [];
  const cut = (t: string): string => (t.length > 70 ? `${t.slice(0, 67)}…` : t);
  for (const m of s.missed) rows.push(`  missed      ${JSON.stringify(cut(m.text))} — ${m.speaker}`);
  for (const w of s.wrongSpeaker) rows.push(`  wrong       ${JSON.stringify(cut(w.text))} — gold ${w.gold}, got ${w.predicted}`);
  for (const f of s.spurious) rows.push(`  spurious    ${JSON.stringify(cut(f.text))} — ${f.speaker}`);
  for (const r of s.reportedMissed) rows.push(`  reported    "${r.paragraph}…" — gold ${r.gold}, got ${r.predicted.join(', ') || 'nothing'}`);
  if (s.peopleMissed.length) rows.push(`  people missing: ${s.peopleMissed.join('; ')}`);
  if (s.peopleSpurious.length) rows.push(`  people extra:   ${s.peopleSpurious.join('; ')}`);
  for (const u of s.unlocated) rows.push(`  gold quote not found in the text: ${JSON.stringify(cut(u))}`);
  if (rows.length) console.log(`${slug}\n${rows.join('\n')}`);
}

function articleFor(dir: string, slug: string): string | null {
  for (const path of [join(dir, `${slug}.txt`), join(ROOT, 'articles', `${slug}.txt`)]) if (existsSync(path)) return path;
  return null;
}

function runSet(name: string, dir: string): void {
  if (!existsSync(dir)) return;
  const golds = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort();
  if (golds.length === 0) return;
  let total = emptyCounts();
  const scores: [string, ArticleScore][] = [];
  console.log(`\n== ${name}: ${golds.length} articles (${dir})`);
  for (const file of golds) {
    const slug = file.replace(/\.gold\.json$/, '');
    const path = articleFor(dir, slug);
    if (!path) {
      console.log(`${slug}: no article text found`);
      continue;
    }
    const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as GoldFile;
    const score = scoreArticle(buildModel(readFileSync(path, 'utf8')), gold);
    scores.push([slug, score]);
    total = addCounts(total, score.counts);
    console.log(line(slug, score.counts));
  }
  console.log(line(`OVERALL (${name})`, total));
  const m = measures(total);
  console.log(
    `  quotes ${total.matched}/${total.gold} found, ${total.predicted} predicted; speakers right ${total.speakerRight}; ` +
      `people ${total.peopleMatched} of ${total.goldPeople} gold, ${total.predictedPeople} listed; targets: ` +
      [
        ['quote F1', m.quoteF1, 0.95], ['speaker accuracy', m.speakerAccuracy, 0.95], ['end-to-end F1', m.endToEndF1, 0.92],
        ['people F1', m.peopleF1, 0.95], ['reported', m.reported, 0.9],
      ].map(([label, v, t]) => `${label} ${(v as number) >= (t as number) ? 'met' : 'NOT met'}`).join(', '),
  );
  if (!quiet) {
    console.log(`\n-- misses and wrong speakers (${name})`);
    for (const [slug, s] of scores) listMisses(slug, s);
  }
}

/** Time the engine on about 1 MB of article text built from the corpus. */
function speed(): void {
  const dir = join(ROOT, 'articles');
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
  const bodies = texts.map((t) => t.split(/\n\s*\n/).slice(3).join('\n\n'));
  const parts: string[] = ['A megabyte of news', ''];
  let size = 0;
  for (let i = 0; size < 1_000_000; i++) {
    const body = bodies[i % bodies.length];
    parts.push(body);
    size += body.length + 2;
  }
  const text = parts.join('\n\n');
  const article = parseArticle(text);
  const runs = 3;
  let best = Infinity;
  let count = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    count = analyzeQuotes(article).quotes.length;
    best = Math.min(best, performance.now() - t0);
  }
  const t1 = performance.now();
  buildModel(text);
  const whole = performance.now() - t1;
  const mb = text.length / 1_000_000;
  console.log(
    `\n== speed: ${mb.toFixed(2)} MB of article text, ${count} quotes: engine ${best.toFixed(0)} ms (best of ${runs}), ` +
      `parse + engine ${whole.toFixed(0)} ms`,
  );
}

for (const set of sets) runSet(set.name, set.dir);
if (dirs.length === 0) speed();
