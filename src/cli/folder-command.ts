// --people, --quotes and --json over a folder or a feed: the index is built
// (or read back from the cache) by the pool, then printed. A source that
// cannot be read is one line on stderr and never stops the rest.
import type { Options } from './args.js';
import { UserError as InputError } from '../core/errors.js';
import type { IndexedArticle } from '../index/indexed-article.js';
import type { IndexSource } from '../index/index-source.js';
import { mergePeople } from '../index/people-merge.js';
import { byDate, quotesByArticle } from '../index/person-quotes.js';
import { sortPeople } from '../index/sort-people.js';
import { startIndex } from '../index/start-index.js';
import { colorEnabled, styleFor } from '../output/color.js';
import { formatFolderQuotes, renderFolderQuotes } from '../output/folder-quotes.js';
import { safe } from '../output/labels.js';
import { peopleJsonLines, renderPeopleIndex } from '../output/people-index.js';
import { matchSpeakers } from '../output/speaker-match.js';
import { stderrProgress } from './stderr-progress.js';

export interface FolderOutput {
  stdout: NodeJS.WriteStream | { write(text: string): unknown; isTTY?: boolean };
  stderr: NodeJS.WriteStream | { write(text: string): unknown; isTTY?: boolean; columns?: number };
  env: NodeJS.ProcessEnv;
}

/** The index of `sources`, printed as `opts` ask; the script is the CLI's bundle, which the pool's workers run. */
export async function runFolderCommand(sources: readonly IndexSource[], opts: Options, script: URL | null, out: FolderOutput, folder?: string): Promise<void> {
  const articles: (IndexedArticle | null)[] = sources.map(() => null);
  const progress = stderrProgress(out.stderr);
  const failures: string[] = [];
  // --json lines go out in the folder's order, each as soon as those before it are in.
  const lines: (string | null)[] = [];
  let next = 0;
  const run = startIndex(sources, {
    script,
    env: out.env,
    maxBytes: opts.maxSize ?? undefined,
    json: opts.json,
    folder,
    onReply: (reply, done, total) => {
      // Most errors name their file already.
      if ('error' in reply) failures.push(`quoted: ${reply.error.includes(reply.file) ? '' : `${safe(reply.file)}: `}${safe(reply.error)}\n`);
      else {
        articles[reply.index] = reply.article;
        if (reply.article.note) failures.push(`quoted: ${safe(reply.article.file)}: ${safe(reply.article.note)}\n`);
        if (reply.warning && !failures.some((f) => f.includes(reply.warning!))) failures.push(`quoted: warning: ${reply.warning}\n`);
      }
      if (opts.json) {
        lines[reply.index] = 'json' in reply ? (reply.json ?? '') : '';
        let chunk = '';
        while (next < sources.length && lines[next] != null) {
          chunk += lines[next];
          lines[next++] = null;
        }
        if (chunk) {
          progress.clear();
          out.stdout.write(chunk);
        }
      }
      progress.update(done, total);
    },
  });
  await run.done;
  progress.clear();
  for (const f of failures) out.stderr.write(f);
  if (opts.json) return;
  const read = articles.filter((a): a is IndexedArticle => a !== null);
  const people = sortPeople(mergePeople(read), 'quotes');
  const style = styleFor(colorEnabled(opts.color, Boolean(out.stdout.isTTY), out.env));
  if (opts.people) {
    out.stdout.write(opts.format === 'jsonl' ? peopleJsonLines(people) : renderPeopleIndex(people, style));
    return;
  }
  const name = opts.quotes ?? '';
  const names = people.map((p) => p.name);
  const wanted = new Set(matchSpeakers(name, names));
  if (wanted.size === 0)
    throw new InputError(
      people.length === 0
        ? `no speaker matches "${safe(name)}": nobody is quoted here`
        : `no speaker matches "${safe(name)}" (most quoted: ${names.slice(0, 8).map(safe).join(', ')})`,
    );
  const groups = people.filter((p) => wanted.has(p.name)).flatMap((p) => quotesByArticle(p, articles, { ownWords: true }));
  const ordered = groups.sort((a, b) => byDate(a.article, b.article));
  out.stdout.write(opts.format ? formatFolderQuotes(ordered, opts.format) : renderFolderQuotes(ordered, style));
}
