// Grammar-shaped inputs for the whole-pipeline fuzz: news paragraphs built from
// speech sentences ("(X) said …", acronyms, brackets, nested marks, escapes),
// and the shapes that once grew faster than the text (issue 16).
import fc from 'fast-check';
import { anyText, hostileArticle, mutatedArticle } from '../property/arbitraries.js';

const NAMES = ['Ann Roe', 'Dr. Lu Wen', 'Sir Alan Roe OBE', 'Ms May', 'O’Brien', 'de la Cruz', 'Kim Jong-un', 'Zoë Ça', '北京', 'J. R. R. Tolkien'];
const BODIES = ['WHO', 'the U.N.', 'NATO', 'the ministry', 'a spokesperson for Saba Shipping', 'the court', 'police', 'one of them', 'the former'];
const SPEAKERS = fc.oneof(
  fc.constantFrom(...NAMES, ...BODIES),
  fc.constantFrom(...NAMES, ...BODIES, 'X', 'WHO', '', ' ').map((s) => `(${s})`),
  fc.constantFrom('(', ')', '()', '(the)', 'the', 'a', 'an', 'Some of', 'the said', '[WHO]'),
);
const VERBS = fc.constantFrom('said', 'says', 'told reporters', 'added', 'warned', 'according to', 'said on Tuesday that', ':');
const WORDS = fc.constantFrom(
  'the virus spreads',
  'we will not',
  'it’s fine',
  'rock ’n’ roll',
  'the ’90s',
  "don't",
  'a “big” deal',
  '[sic]',
  '(sic)',
  '…',
  '',
  // Links of Markdown and HTML, whole and broken.
  'see [the plan](/plan)',
  '<a href="/plan">the “plan”</a>',
  '<a href="/a">open',
  '[](/empty)',
);
const OPEN = fc.constantFrom('“', '"', '‘', "'", '«', '„', '‚', '');
const CLOSE = fc.constantFrom('”', '"', '’', "'", '»', '“', '');
const ESCAPES = fc.constantFrom(
  '\u001b[31m',
  '\u001b]0;title\u0007',
  '\u001b]8;;http://x\u001b\\',
  '\u001bP',
  '\u001b]',
  '\u009d',
  '\u0090',
  '\u009b2J',
  '\u202e',
  '\u0000',
  '\r',
  '\f',
);

const quote = fc
  .tuple(OPEN, WORDS, fc.option(fc.tuple(OPEN, WORDS, CLOSE)), CLOSE)
  .map(([o, w, inner, c]) => `${o}${w}${inner ? ` ${inner.join('')}` : ''},${c}`);

/** One sentence of reported or quoted speech, in one of the shapes news uses. */
export const speechSentence: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(SPEAKERS, VERBS, WORDS).map(([s, v, w]) => `${s} ${v} ${w}.`),
  fc.tuple(quote, VERBS, SPEAKERS).map(([q, v, s]) => `${q} ${v} ${s}.`),
  fc.tuple(WORDS, SPEAKERS).map(([w, s]) => `According to ${s}, ${w}.`),
  fc.tuple(SPEAKERS, quote).map(([s, q]) => `${s}: ${q}`),
  fc.tuple(quote, SPEAKERS).map(([q, s]) => `${q} – ${s}`),
  fc.tuple(speechSentenceFragment(), ESCAPES, speechSentenceFragment()).map(([a, e, b]) => `${a}${e}${b}`),
);

function speechSentenceFragment(): fc.Arbitrary<string> {
  return fc.tuple(SPEAKERS, VERBS, WORDS).map(([s, v, w]) => `${s} ${v} ${w}`);
}

/** An article of speech paragraphs: title, optional headings, paragraphs of 1-4 sentences. */
export const speechArticle: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('Council Shuts Old Bridge', '# Heading', '---\ntitle: A\n---', '<p>Page</p>', ''),
    fc.array(
      fc.oneof(
        { weight: 5, arbitrary: fc.array(speechSentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' ')) },
        { weight: 1, arbitrary: fc.constantFrom('## Reaction', 'Next steps', '') },
      ),
      { minLength: 1, maxLength: 12 },
    ),
  )
  .map(([title, paragraphs]) => [title, ...paragraphs].join('\n\n'));

/** The shapes that were quadratic or worse, at fuzz sizes (a few thousand characters). */
export const growthShape: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('‘b ', '“a ‘b “c ', '\'b "a ', '<a href', '[', '**a ', '\n', '(X) said ', '“a a’ ', '“Fine,” said Ann Roe. '),
    fc.integer({ min: 10, max: 1500 }),
    fc.constantFrom('', '---', 'x'),
  )
  .map(([unit, n, prefix]) => `${prefix}${unit.repeat(n)}text\n`);

/** Everything the fuzz feeds the pipeline, weighted towards speech. */
export const fuzzInput: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: speechArticle },
  { weight: 2, arbitrary: mutatedArticle },
  { weight: 1, arbitrary: hostileArticle },
  { weight: 1, arbitrary: anyText },
  { weight: 1, arbitrary: growthShape },
);
