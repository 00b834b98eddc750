// The index's progress on stderr: a bar when stderr is a terminal, nothing
// at all when it is a pipe or a file (issue 13, item 1).
import { describe, expect, test } from 'vitest';
import { stderrProgress } from '../../src/cli/stderr-progress.js';
import { progressBar } from '../../src/index/progress-bar.js';

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, columns: 80, written, write: (s: string) => written.push(s) };
}

describe('progress of the index', () => {
  test('a bar of the width asked for, full when done', () => {
    expect(progressBar(1, 4, 30)).toBe('indexing ████░░░░░░░░░░░░░ 1/4');
    expect(progressBar(4, 4, 30)).toMatch(/^indexing █+ 4\/4$/);
    expect(progressBar(0, 0, 30)).toMatch(/0\/0$/);
  });

  test('on a terminal: drawn at most ten times a second, and the last count always; cleared at the end', () => {
    let now = 0;
    const s = stream(true);
    const progress = stderrProgress(s, () => now);
    for (let i = 1; i <= 100; i++) {
      now += 5;
      progress.update(i, 100);
    }
    progress.clear();
    expect(s.written.length).toBeGreaterThan(3);
    expect(s.written.length).toBeLessThan(10);
    expect(s.written.at(-2)).toMatch(/^\rindexing █+ 100\/100\u001b\[K$/);
    expect(s.written.at(-1)).toBe('\r\u001b[K');
  });

  test('on a pipe: nothing', () => {
    const s = stream(false);
    const progress = stderrProgress(s);
    progress.update(1, 2);
    progress.update(2, 2);
    progress.clear();
    expect(s.written).toEqual([]);
  });
});
