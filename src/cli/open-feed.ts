// `quoted FEED`: an RSS 2.0 or Atom feed, from a file or a URL. On a terminal
// its items open as a library; with --people, --quotes or --json they are
// indexed as a folder's articles are; otherwise its items print one a line.
import type { Options } from './args.js';
import { UserError as InputError } from '../core/errors.js';
import type { Feed } from '../feeds/feed-items.js';
import { feedSources } from '../feeds/feed-sources.js';
import { safe } from '../output/labels.js';
import { runFolderCommand } from './folder-command.js';
import { stopQuietlyOnClosedPipe } from '../output/stdout.js';

export async function openFeed(feed: Feed, name: string, opts: Options, script: URL): Promise<void> {
  if (opts.toc) throw new InputError(`${name}: a feed has no table of contents (--toc reads one article)`, 2);
  const sources = feedSources(feed, opts.allowPrivate);
  if (opts.json || opts.people || opts.quotes !== null || !process.stdout.isTTY) stopQuietlyOnClosedPipe(process.stdout);
  if (opts.json || opts.people || opts.quotes !== null) return runFolderCommand(sources, opts, script, process);
  if (!process.stdout.isTTY) {
    // link, date, outlet, title: one item a line, as the library of a folder prints its files.
    const cell = (v: string | null) => (v === null ? '-' : safe(v).replace(/\s+/g, ' ').trim());
    process.stdout.write(feed.items.map((i) => `${cell(i.link)}\t${cell(i.date)}\t${cell(i.outlet)}\t${cell(i.title)}\n`).join(''));
    return;
  }
  const { openSourcesLibrary } = await import('../tui/entry.js');
  return openSourcesLibrary(
    sources,
    safe(feed.title ?? name),
    { debug: opts.debug, color: opts.color, resume: !opts.noResume, mouse: opts.mouse || process.env.QUOTED_MOUSE === '1' },
    script,
  );
}
