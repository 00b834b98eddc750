// Reading a path or standard input: errors that name the path and say what
// is wrong, a size cap that holds even for endless sources, and no empty
// articles.
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { readArticleFile } from '../../src/input/read-file.js';
import { readStdin } from '../../src/input/stdin.js';
import { SEED_ARTICLE } from '../helpers/articles.js';
import { scratchFolder } from './scratch.js';

const { dir, file } = scratchFolder('read');

async function failure(promise: Promise<unknown>): Promise<UserError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  return err as UserError;
}

describe('readArticleFile', () => {
  it('reads an article and names it by its path', async () => {
    const input = await readArticleFile(SEED_ARTICLE);
    expect(input.name).toBe(SEED_ARTICLE);
    expect(input.text).toMatch(/^UNITED24/);
    expect(input.warnings).toEqual([]);
  });

  it('says a missing file is missing, with exit status 2', async () => {
    const path = join(dir, 'nowhere.txt');
    const err = await failure(readArticleFile(path));
    expect(err.message).toBe(`${path}: no such file`);
    expect(err.exitCode).toBe(2);
  });

  it('says a directory is a directory, with exit status 2', async () => {
    const err = await failure(readArticleFile(dir));
    expect(err.message).toBe(`${dir}: is a directory`);
    expect(err.exitCode).toBe(2);
  });

  it('says when part of the path is a file', async () => {
    const path = join(file('plain.txt', 'x'), 'child.txt');
    expect((await failure(readArticleFile(path))).message).toMatch(/plain\.txt\/child\.txt: no such file/);
  });

  it.runIf(process.getuid?.() !== 0)('says an unreadable file cannot be read, with exit status 2', async () => {
    // (Root reads any file: the CLI test covers this case by running as another user.)
    const path = file('secret.txt', 'The council voted.');
    chmodSync(path, 0o000);
    const err = await failure(readArticleFile(path));
    expect(err).toMatchObject({ message: `${path}: permission denied`, exitCode: 2 });
  });

  it.each([
    ['an empty file', ''],
    ['a file of spaces and blank lines', '   \n\n\t \r\n  \n'],
    ['a file of only escape sequences and zero-width spaces', '\u001b[2J\u001b[H\u200b\u001b]0;title\u0007\n'],
  ])('refuses %s as empty', async (_what, content) => {
    const path = file('empty.txt', content);
    const err = await failure(readArticleFile(path));
    expect(err.message).toBe(`${path}: empty article (no text to read)`);
    expect(err.exitCode).toBe(1);
  });

  it('refuses a file over the cap before reading it, and says how to raise the cap', async () => {
    const path = file('big.txt', 'word '.repeat(300_000));
    const err = await failure(readArticleFile(path, 1024 * 1024));
    expect(err.message).toBe(`${path}: too large (1.4 MB, over the 1 MB limit; raise it with --max-size)`);
    expect((await readArticleFile(path, 2 * 1024 * 1024)).text.length).toBe(1_500_000);
  });

  it('stops reading an endless device at the cap instead of filling memory', async () => {
    const err = await failure(readArticleFile('/dev/zero', 256 * 1024));
    // Known as binary by its first bytes, before the cap is reached (issue 16, item 7).
    expect(err.message).toBe('/dev/zero: not a text article (looks like binary data)');
  });

  it('shows control characters in a path as visible escapes', async () => {
    const err = await failure(readArticleFile(join(dir, 'evil\u001b]0;pwned\u0007.txt')));
    expect(err.message).toBe(`${dir}/evil\\x1b]0;pwned\\x07.txt: no such file`);
  });
});

describe('readStdin', () => {
  const stream = (...chunks: string[]) => Readable.from(chunks.map((c) => Buffer.from(c)));

  it('reads everything piped in, in chunks', async () => {
    const input = await readStdin(1024, stream('Council Shuts ', 'Old Bridge\n\n', 'The council voted.'));
    expect(input).toEqual({ name: 'standard input', text: 'Council Shuts Old Bridge\n\nThe council voted.', warnings: [] });
  });

  it('refuses input past the cap while it streams', async () => {
    const endless = Readable.from(
      (function* () {
        for (;;) yield Buffer.alloc(64 * 1024, 0x61);
      })(),
    );
    const err = await failure(readStdin(1024 * 1024, endless));
    expect(err.message).toBe('standard input: too large (more than the 1 MB limit; raise it with --max-size)');
  });

  it('refuses empty input and binary input', async () => {
    expect((await failure(readStdin(1024, stream('  \n')))).message).toBe('standard input: empty article (no text to read)');
    expect((await failure(readStdin(1024, Readable.from([Buffer.from([0x1f, 0x8b, 8, 0])])))).message).toBe(
      'standard input: not a text article (looks like gzip archive)',
    );
  });
});

// Issue 16, item 12: messages that tell two sizes apart, and one name for standard input.
describe('messages', () => {
  it('gives sizes in bytes when they round alike', async () => {
    const { overLimit } = await import('../../src/input/size.js');
    expect(overLimit('a.txt', 8 * 1024 + 300, 8 * 1024)).toBe('a.txt: too large (8492 bytes, over the 8192 bytes limit; raise it with --max-size)');
    expect(overLimit('a.txt', 20 * 1024, 8 * 1024)).toBe('a.txt: too large (20 KB, over the 8 KB limit; raise it with --max-size)');
  });

  it('calls standard input "standard input" when it is empty', async () => {
    const { readStdin } = await import('../../src/input/stdin.js');
    const { Readable } = await import('node:stream');
    await expect(readStdin(1024, Readable.from([Buffer.from('  \n')]))).rejects.toThrow('standard input: empty article (no text to read)');
  });
});
