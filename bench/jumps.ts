// Jumps right after the first frame of a 10 MB article: G, `]`, a far
// section (`N]`), `50%` and a search hit, each in a fresh process, the key
// written the moment the title is on screen, so that the reader cannot have
// laid the article out in idle time first. Timed from the key to the screen
// that shows the landing place, beside less on the same file (less has no
// sections). Whether the status bar still showed an estimated percent (`~`)
// when the jump's frame came up is counted: it shows the jump did not wait.
import { readFileSync } from 'node:fs';
import { readArticle } from '../src/pipeline.js';
import type { TerminalSession } from '../test/e2e/harness.js';
import { KEYS } from '../test/e2e/keys.js';
import { lessPath, SEED_TITLE } from './first-frame.js';
import { SEARCH_WORD } from './keystrokes.js';
import { median } from './stats.js';
import { CLI } from './inputs.js';
import { quit, reason, startAndWait } from './session.js';

export interface Jump {
  name: string;
  /** What is typed right after the first frame; the time runs from its last write. */
  keys: string[];
  /** The screen that shows quoted has landed. */
  quoted: (s: TerminalSession) => boolean;
  /** The same for less, or null where less has no such key. */
  lessKeys: string[] | null;
  less: ((s: TerminalSession) => boolean) | null;
}

export interface JumpResult {
  name: string;
  /** Per program timed (quoted, and any build to compare it with): the samples, in ms. */
  quoted: number[][];
  less: number[] | null;
  /** Per program: runs whose landing frame still showed an estimated percent. */
  estimated: number[];
  error: string | null;
}

const statusRow = (s: TerminalSession) => s.lines()[s.term.rows - 1] ?? '';

/** The last words of the article's text as quoted shows it, and the last line of the file as less shows it. */
function endings(path: string): { lastWords: string; lastFileLine: string; sections: number } {
  const text = readFileSync(path, 'utf8');
  const article = readArticle(text);
  const last = article.sections[article.sections.length - 1];
  const paragraph = last.paragraphs[last.paragraphs.length - 1] ?? last.title ?? '';
  const lastWords = paragraph.trim().split(/\s+/).slice(-1)[0];
  const lastFileLine = text.trimEnd().split('\n').pop()!.trim();
  return { lastWords, lastFileLine, sections: article.sections.length };
}

export function jumpsFor(path: string): { jumps: Jump[]; sections: number } {
  const { lastWords, lastFileLine, sections } = endings(path);
  const far = Math.floor(sections * 0.75);
  const jumps: Jump[] = [
    {
      name: 'G (bottom)',
      keys: ['G'],
      quoted: (s) => /\b100%/.test(statusRow(s)) && s.screen().includes(lastWords),
      lessKeys: ['G'],
      less: (s) => statusRow(s).includes('(END)') && s.screen().includes(lastFileLine.slice(-30)),
    },
    {
      name: '] (next section)',
      keys: [']'],
      quoted: (s) => /§2\//.test(statusRow(s)),
      lessKeys: null,
      less: null,
    },
    {
      name: `${far}] (section ${far} of ${sections})`,
      keys: [`${far}]`],
      quoted: (s) => new RegExp(`§${far}/`).test(statusRow(s)),
      lessKeys: null,
      less: null,
    },
    {
      name: '50% (percent jump)',
      keys: ['50%'],
      quoted: (s) => /\b(4[5-9]|5[0-5])%/.test(statusRow(s)) && !statusRow(s).includes('…'),
      lessKeys: ['50%'],
      less: (s) => !s.screen().includes(SEED_TITLE) && statusRow(s).startsWith(':'),
    },
    {
      name: `search "${SEARCH_WORD}" (Enter)`,
      // The prompt is typed untimed: the time runs from Enter.
      keys: ['/', SEARCH_WORD, KEYS.enter],
      quoted: (s) => /match 1\//.test(statusRow(s)),
      lessKeys: ['/', SEARCH_WORD, KEYS.enter],
      less: (s) => (s.lines()[0] ?? '').includes(SEARCH_WORD) && statusRow(s).startsWith(':'),
    },
  ];
  return { jumps, sections };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Type `keys` (all but the last at once, then a moment for them to be read), then time the last one until `landed`. */
async function timeJump(session: TerminalSession, keys: string[], landed: (s: TerminalSession) => boolean): Promise<number> {
  const lead = keys.slice(0, -1).join('');
  if (lead) {
    session.write(lead);
    // Long enough for the prompt to be read and drawn, short next to the idle layout of 10 MB.
    await sleep(15);
  }
  const sent = performance.now();
  session.write(keys[keys.length - 1]);
  await waitUntil(session, () => landed(session), 60_000);
  return performance.now() - sent;
}

async function waitUntil(session: TerminalSession, test: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    await session.drawn();
    if (test()) return;
    if (session.exit) throw new Error(`exited with status ${session.exit.exitCode}`);
    if (performance.now() > deadline) throw new Error(`did not land within ${timeoutMs / 1000} s:\n${session.screen()}`);
    await sleep(0.5);
  }
}

/**
 * Each jump `runs` times in a fresh quoted (each of `clis`: the bundle to
 * measure, and any other build to compare it with), and in a fresh less,
 * interleaved, so that all share the machine's state.
 */
export async function measureJumps(path: string, runs: number, clis: readonly string[] = [CLI]): Promise<JumpResult[]> {
  const { jumps } = jumpsFor(path);
  const less = lessPath();
  const results: JumpResult[] = jumps.map((j) => ({
    name: j.name,
    quoted: clis.map(() => []),
    less: less && j.less ? [] : null,
    estimated: clis.map(() => 0),
    error: null,
  }));
  for (let run = 0; run < runs; run++) {
    for (const [i, jump] of jumps.entries()) {
      const result = results[i];
      if (result.error) continue;
      for (const [k, cli] of clis.entries()) {
        try {
          const { session } = await startAndWait({ args: [cli, path] }, SEED_TITLE, 120_000);
          try {
            result.quoted[k].push(await timeJump(session, jump.keys, jump.quoted));
            if (statusRow(session).includes('~')) result.estimated[k]++;
          } finally {
            await quit(session);
          }
        } catch (err) {
          result.error = reason(err);
        }
      }
      if (less && jump.less && jump.lessKeys && result.less) {
        const { session } = await startAndWait({ file: less, args: [path], env: { LESS: undefined, LESSOPEN: undefined } }, SEED_TITLE);
        try {
          result.less.push(await timeJump(session, jump.lessKeys, jump.less));
        } finally {
          await quit(session);
        }
      }
    }
  }
  return results;
}

export function jumpMedians(r: JumpResult): { quoted: number[]; less: number | null } {
  return { quoted: r.quoted.map(median), less: r.less ? median(r.less) : null };
}
