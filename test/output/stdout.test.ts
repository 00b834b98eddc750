import { EventEmitter } from 'node:events';
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stdoutClosed, stopQuietlyOnClosedPipe } from '../../src/output/stdout.js';

function fire(code: string, otherListener = false) {
  const stream = new EventEmitter();
  const exits: number[] = [];
  const reports: string[] = [];
  stopQuietlyOnClosedPipe(
    stream,
    (c) => exits.push(c),
    (m) => reports.push(m),
  );
  if (otherListener) stream.on('error', () => {});
  stream.emit('error', Object.assign(new Error(code), { code }));
  return { exits, reports };
}

describe('stopQuietlyOnClosedPipe', () => {
  it('exits 0 without a word when the reader closed the pipe', () => {
    expect(fire('EPIPE')).toEqual({ exits: [0], reports: [] });
    expect(fire('EPIPE', true)).toEqual({ exits: [0], reports: [] });
  });
  it('reports any other write error in one line and exits 1', () => {
    expect(fire('ENOSPC')).toEqual({ exits: [1], reports: ['quoted: cannot write the output (ENOSPC)\n'] });
  });
  it('leaves other errors to another listener when there is one', () => {
    expect(fire('EIO', true)).toEqual({ exits: [], reports: [] });
  });
});

describe('stdoutClosed', () => {
  /** `test` on a descriptor opened as `open` opens it, closed after. */
  function onFd<T>(path: string, flags: string, test: (fd: number) => T): T {
    const fd = openSync(path, flags);
    try {
      return test(fd);
    } finally {
      closeSync(fd);
    }
  }

  it('takes the read-write /dev/null Node puts in place of a closed stdout for closed, at a prompt', () => {
    expect(onFd('/dev/null', 'r+', (fd) => stdoutClosed(fd, true))).toBe(true);
  });

  it('takes a descriptor that is not open for closed', () => {
    const fd = openSync('/dev/null', 'w');
    closeSync(fd);
    expect(stdoutClosed(fd, false)).toBe(true);
  });

  it('leaves alone > /dev/null, a file, and a read-write /dev/null a script gave on purpose', () => {
    expect(onFd('/dev/null', 'w', (fd) => stdoutClosed(fd, true))).toBe(false);
    expect(onFd('/dev/null', 'r+', (fd) => stdoutClosed(fd, false))).toBe(false);
    const dir = mkdtempSync(join(tmpdir(), 'quoted-stdout-'));
    try {
      expect(onFd(join(dir, 'out.txt'), 'w+', (fd) => stdoutClosed(fd, true))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
