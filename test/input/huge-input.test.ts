// Issue 16, item 7: what cannot be held is refused up front, and a binary
// input is known by its first bytes, before the rest of it is read.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseSize, UsageError } from '../../src/cli/args.js';
import { readStdin } from '../../src/input/stdin.js';

describe('huge inputs', () => {
  it('refuses a --max-size beyond what a string can hold', () => {
    expect(() => parseSize('1G')).toThrow(UsageError);
    expect(() => parseSize('1G')).toThrow('--max-size: at most 500M (quoted holds the whole article in memory), not 1G');
    expect(parseSize('500M')).toBe(500 * 1024 * 1024);
  });

  it('refuses an endless binary stream on its first chunk', async () => {
    let chunks = 0;
    // /dev/urandom-like: binary forever; the old reader read up to the cap first.
    const endless = new Readable({
      read() {
        chunks++;
        this.push(Buffer.alloc(64 * 1024, 0));
      },
    });
    await expect(readStdin(1024 ** 3, endless)).rejects.toThrow('standard input: not a text article (looks like binary data)');
    expect(chunks).toBeLessThan(10);
  });

  it('still stops an endless text stream at the cap', async () => {
    const endless = new Readable({
      read() {
        this.push(Buffer.from('All work and no play. '.repeat(3000)));
      },
    });
    await expect(readStdin(256 * 1024, endless)).rejects.toThrow('standard input: too large (more than the 256 KB limit; raise it with --max-size)');
  });

  it('still reads a short text whole', async () => {
    expect((await readStdin(1024, Readable.from([Buffer.from('Council Shuts Old Bridge\n\nThe council voted.')]))).text).toContain('voted');
  });
});
