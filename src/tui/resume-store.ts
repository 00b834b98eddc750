// Where the reader left an article: one small JSON file per article under
// $XDG_STATE_HOME/quoted (or ~/.local/state/quoted), named by a hash of the
// article's text and its path. Reading or writing it never stops the reader:
// a problem is one warning, and the reader starts at the top.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ArticleModel } from '../core/model.js';

export interface Saved {
  /** The paragraph (display unit) and offset at the top of the pane. */
  unit: number;
  offset: number;
  focus: 'toc' | 'reader' | 'people';
  tocHidden: boolean;
  peopleHidden: boolean;
  query: string | null;
  speaker: string | null;
  history: string[];
}

export interface ResumeHandle {
  saved: Saved | null;
  save(state: Saved): void;
  /** The warning reading the file gave (shown in the status bar), and the one saving it gave (printed after). */
  warning: string | null;
  saveWarning: string | null;
}

export function stateDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_STATE_HOME || join(homedir(), '.local', 'state'), 'quoted');
}

/** The file for an article: a hash of its text and its absolute path. */
function stateFile(model: ArticleModel, path: string, env: NodeJS.ProcessEnv = process.env): string {
  const hash = createHash('sha1');
  // Each piece with its length first, so that no two articles hash alike by moving text between pieces.
  const piece = (text: string) => hash.update(`${text.length}:${text}`);
  piece(resolve(path));
  piece(model.title ?? '');
  for (const section of model.sections) {
    piece(`#${section.title ?? ''}`);
    for (const p of section.paragraphs) piece(p);
  }
  return join(stateDir(env), `${hash.digest('hex').slice(0, 32)}.json`);
}

const isString = (v: unknown): v is string => typeof v === 'string';

function parse(text: string): Saved {
  const v = JSON.parse(text) as Partial<Saved>;
  const ok =
    Number.isInteger(v.unit) &&
    Number.isInteger(v.offset) &&
    ['toc', 'reader', 'people'].includes(v.focus as string) &&
    typeof v.tocHidden === 'boolean' &&
    typeof v.peopleHidden === 'boolean' &&
    (v.query === null || isString(v.query)) &&
    (v.speaker === null || isString(v.speaker)) &&
    Array.isArray(v.history) &&
    v.history.every(isString);
  if (!ok) throw new Error('not a saved place');
  return v as Saved;
}

/** The saved place of `model` at `path`, and a way to save it again. */
export function openResume(model: ArticleModel, path: string, env: NodeJS.ProcessEnv = process.env): ResumeHandle {
  const file = stateFile(model, path, env);
  const handle: ResumeHandle = { saved: null, warning: null, saveWarning: null, save: () => {} };
  try {
    handle.saved = parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') handle.warning = `cannot read the saved place (${code ?? (err as Error).message}): starting at the top`;
  }
  handle.save = (state) => {
    try {
      mkdirSync(stateDir(env), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(state));
      renameSync(tmp, file);
    } catch (err) {
      handle.saveWarning ??= `quoted: cannot save the place in ${stateDir(env)} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`;
    }
  };
  return handle;
}
