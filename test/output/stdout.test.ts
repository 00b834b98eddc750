import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { stopQuietlyOnClosedPipe } from '../../src/output/stdout.js';

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
