// npm run fit: fits the quote engine's weights on the gold and development
// sets (never the blind sets) and writes src/quotes/models/weights.ts.
// It runs the engine over every article with its decisions traced, labels each
// decision from the gold file, fits a logistic model per decision kind with L2
// regularisation, and prints leave-one-set-out figures: each set scored by
// weights fitted on the others, the honest estimate of how a fitted model
// carries over to a house style it has not seen.
//   npm run fit               fit, report, and write the weights
//   npm run fit -- --dry-run  fit and report only
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildModel } from '../src/pipeline.js';
import { traceDecisions, type Decision } from '../src/quotes/models/index.js';
import { locateGold, sameSpeaker, type GoldFile } from './eval/score.js';
import { fitLogistic, fitConditional, type Example, type Choice } from './fit/logistic.js';
import { DEVELOPMENT_SETS, articleFor } from './eval/sets.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const dryRun = process.argv.includes('--dry-run');

interface SetData {
  name: string;
  mentions: Example[];
  speakers: Choice[];
}

interface Span {
  paragraph: number;
  start: number;
  end: number;
}

const overlap = (a: Span, b: Span): number => (a.paragraph !== b.paragraph ? 0 : Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start)));

/** Whether a traced span is the same quote as a gold span: it covers more than 30% of the gold, or the gold covers half of it. */
function same(span: Span, gold: Span): boolean {
  const o = overlap(span, gold);
  return o > 0.3 * (gold.end - gold.start) || o > 0.5 * (span.end - span.start);
}

function readSet(name: string): SetData {
  const dir = join(ROOT, 'test', name);
  const data: SetData = { name, mentions: [], speakers: [] };
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()) {
    const slug = file.replace(/\.gold\.json$/, '');
    const path = articleFor(dir, slug);
    if (!path) continue;
    const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as GoldFile;
    const decisions: Decision[] = [];
    traceDecisions((d) => decisions.push(d));
    const model = buildModel(readFileSync(path, 'utf8'));
    traceDecisions(null);
    const texts = model.sections.flatMap((s) => s.paragraphs);
    const speech = gold.quotes.filter((q) => q.kind !== 'mention');
    const speechAt = locateGold(
      texts,
      speech.map((q) => q.text),
    );
    const mentionAt = locateGold(
      texts,
      gold.quotes.filter((q) => q.kind === 'mention').map((q) => q.text),
    );
    const byName = new Map(gold.people.map((p) => [p.name, p]));
    for (const d of decisions) {
      if (d.type === 'mention') {
        const isSpeech = speechAt.some((g) => g !== null && same(d, g));
        const isMention = mentionAt.some((g) => g !== null && same(d, g));
        // A span gold does not list at all is one nobody speaks, by the conventions of every set.
        data.mentions.push({ features: d.features, label: isMention || !isSpeech ? 1 : 0, group: `${slug}:${d.paragraph}:${d.start}` });
      } else {
        // A quote's gold speakers, or those gold reports in the statement's paragraph.
        let names: (string | null)[];
        if (d.target === 'quote') {
          const g = speechAt.findIndex((loc) => loc !== null && same(d, loc));
          if (g < 0) continue;
          names = speech[g].speakers ?? [speech[g].speaker];
        } else {
          names = gold.reported
            .filter((r) => texts[d.paragraph]?.replace(/\s+/g, ' ').startsWith(r.paragraph.replace(/\s+/g, ' ').trim()))
            .flatMap((r) => r.speakers ?? [r.speaker]);
          if (names.length === 0) continue;
        }
        const right = d.candidates.map((c) => names.some((n) => n !== null && sameSpeaker(c.name(), byName.get(n) ?? { name: n, aliases: [] })));
        if (!right.some(Boolean)) continue;
        data.speakers.push({ about: d.about, options: d.candidates.map((c, k) => ({ features: c.features, right: right[k] })) });
      }
    }
  }
  return data;
}

const pct = (x: number): string => (100 * x).toFixed(1);

function mentionReport(sets: SetData[]): Record<string, number> {
  console.log('\n== mention or speech: a logistic model over each quoted span');
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let right = 0;
  let all = 0;
  for (const held of sets) {
    const train = sets.filter((s) => s !== held).flatMap((s) => s.mentions);
    const w = fitLogistic(train);
    let sTp = 0;
    let sFp = 0;
    let sFn = 0;
    let sRight = 0;
    for (const ex of held.mentions) {
      const p = predict(w, ex.features) > 0.5 ? 1 : 0;
      if (p === ex.label) sRight++;
      if (p === 1 && ex.label === 1) sTp++;
      if (p === 1 && ex.label === 0) sFp++;
      if (p === 0 && ex.label === 1) sFn++;
    }
    tp += sTp;
    fp += sFp;
    fn += sFn;
    right += sRight;
    all += held.mentions.length;
    console.log(
      `  ${held.name.padEnd(8)} spans ${String(held.mentions.length).padStart(4)}  mentions ${String(held.mentions.filter((m) => m.label).length).padStart(3)}  ` +
        `accuracy ${pct(sRight / Math.max(1, held.mentions.length))}%  mention P ${pct(sTp / Math.max(1, sTp + sFp))}% R ${pct(sTp / Math.max(1, sTp + sFn))}%`,
    );
  }
  console.log(`  leave-one-set-out overall: accuracy ${pct(right / all)}%, mention P ${pct(tp / Math.max(1, tp + fp))}% R ${pct(tp / Math.max(1, tp + fn))}%`);
  return fitLogistic(sets.flatMap((s) => s.mentions));
}

function predict(w: Record<string, number>, f: Record<string, number>): number {
  let z = 0;
  for (const k in f) z += (w[k] ?? 0) * f[k];
  return 1 / (1 + Math.exp(-z));
}

function speakerReport(sets: SetData[], about: 'quote' | 'pronoun'): Record<string, number> | null {
  const of = (s: SetData): Choice[] => s.speakers.filter((c) => c.about === about);
  const total = sets.reduce((n, s) => n + of(s).length, 0);
  if (total === 0) return null;
  console.log(`\n== ${about === 'quote' ? 'speaker of a quote with no cue' : 'antecedent of a pronoun'}: a conditional logit over the candidates`);
  let right = 0;
  let all = 0;
  for (const held of sets) {
    const choices = of(held);
    if (choices.length === 0) continue;
    const w = fitConditional(sets.filter((s) => s !== held).flatMap(of));
    const r = choices.filter((c) => c.options[argmax(w, c)].right).length;
    right += r;
    all += choices.length;
    console.log(`  ${held.name.padEnd(8)} decisions ${String(choices.length).padStart(4)}  right ${pct(r / choices.length)}%`);
  }
  console.log(`  leave-one-set-out overall: ${pct(right / all)}% of ${all}`);
  return fitConditional(sets.flatMap(of));
}

function argmax(w: Record<string, number>, c: Choice): number {
  let best = 0;
  let bestScore = -Infinity;
  c.options.forEach((o, k) => {
    let z = 0;
    for (const f in o.features) z += (w[f] ?? 0) * o.features[f];
    if (z > bestScore) [best, bestScore] = [k, z];
  });
  return best;
}

const sets = DEVELOPMENT_SETS.filter((s) => existsSync(join(ROOT, 'test', s))).map(readSet);
const mention = mentionReport(sets);
const quote = speakerReport(sets, 'quote');
const pronoun = speakerReport(sets, 'pronoun');

const literal = (w: Record<string, number> | null): string =>
  w === null
    ? '{}'
    : `{\n${Object.entries(w)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => `  ${/^[A-Za-z_]\w*$/.test(k) ? k : `'${k}'`}: ${v.toFixed(4)},`)
        .join('\n')}\n}`;
const out = `// Fitted weights, written by scripts/fit-weights.ts from the gold and
// development sets (never the blind sets). Do not edit by hand: run
// \`npm run fit\` after changing a feature, and commit the result.
import type { Weights } from './linear.js';

/** Logistic model: the chance that a quoted span is a mention, not speech. */
export const MENTION_WEIGHTS: Weights = ${literal(mention)};
${quote ? `\n/** Conditional logit: which candidate speaks a quote with no cue of its own. */\nexport const QUOTE_SPEAKER_WEIGHTS: Weights = ${literal(quote)};\n` : ''}${pronoun ? `\n/** Conditional logit: which candidate a pronoun stands for. */\nexport const PRONOUN_WEIGHTS: Weights = ${literal(pronoun)};\n` : ''}`;
if (!dryRun) {
  writeFileSync(join(ROOT, 'src', 'quotes', 'models', 'weights.ts'), out);
  console.log('\nwrote src/quotes/models/weights.ts');
}
