// Why the lists do not use ink-select-input (README, "The library"): against
// the installed version, keys that arrive in one read are dropped, and Enter
// right after a move selects the item highlighted before it. Our reducers
// apply both in order (library-state.test.ts, keymap.test.ts). If a test here
// fails after an upgrade, the package has fixed that defect: reconsider using it.
import { render, cleanup } from 'ink-testing-library';
import SelectInput from 'ink-select-input';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { initialLibrary, libraryReducer, type LibraryState } from '../../src/tui/library/library-state.js';
import { keyPresses } from '../../src/tui/keys.js';
import { listening, plain, settle, until } from './render.js';

afterEach(() => cleanup());

const version = JSON.parse(readFileSync(new URL('../../node_modules/ink-select-input/package.json', import.meta.url), 'utf8')).version;
const items = [
  { label: 'first', value: 'a' },
  { label: 'second', value: 'b' },
  { label: 'third', value: 'c' },
];
const highlighted = (frame: string | undefined) =>
  plain(frame)
    .split('\n')
    .find((l) => l.includes('❯'))
    ?.trim();

// The library's way: the same keys through keyPresses and the reducer.
const ours = (input: string) =>
  keyPresses(input, {} as never).reduce<LibraryState>((s, press) => libraryReducer(s, { type: 'key', press, height: 10 }), initialLibrary(3));

describe(`ink-select-input ${version}`, () => {
  test('drops "jj" read at once, where the library moves twice', async () => {
    const r = render(<SelectInput items={items} />);
    await until(() => listening(r), 'the input hook');
    r.stdin.write('jj');
    await settle();
    expect(highlighted(r.lastFrame())).toBe('❯ first');
    expect(ours('jj').cursor).toBe(2);
  });

  test('Enter right after a move selects the item highlighted before the move, where the library opens the new one', async () => {
    const selected: string[] = [];
    const r = render(<SelectInput items={items} onSelect={(item) => selected.push(item.value)} />);
    await until(() => listening(r), 'the input hook');
    // Two reads before React draws again, as a fast typist or a paste gives them.
    r.stdin.write('j');
    r.stdin.write('\r');
    await settle();
    expect(selected).toEqual(['a']);
    expect(ours('j\r').opening).toBe(1);
  });
});
