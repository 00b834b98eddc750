import type { Key } from 'ink';
import { describe, expect, test } from 'vitest';
import { actionFor, BINDINGS, helpGroups, PERSON_BINDINGS, PROMPT_BINDINGS } from '../../src/tui/keymap.js';
import { keyName, keyPresses } from '../../src/tui/keys.js';
import { initialState, type ReaderState } from '../../src/tui/state.js';

const base = initialState({ size: { columns: 120, rows: 40 } });
const at = (patch: Partial<ReaderState>): ReaderState => ({ ...base, ...patch });
const act = (state: ReaderState, key: string, input = key) => actionFor(state, key, input);

describe('reading', () => {
  test('each key of the issue maps to its action', () => {
    expect(act(base, 'q')).toEqual({ type: 'close' });
    expect(act(base, 'C-c')).toEqual({ type: 'quit' });
    expect(act(base, 'h')).toEqual({ type: 'help' });
    expect(act(base, 'f1')).toEqual({ type: 'help' });
    expect(act(base, '?')).toEqual({ type: 'openSearch', kind: 'back' });
    expect(act(base, 'tab')).toEqual({ type: 'focus', by: 1 });
    expect(act(base, 'S-tab')).toEqual({ type: 'focus', by: -1 });
    expect(act(base, 't')).toEqual({ type: 'toggle', pane: 'toc' });
    expect(act(base, 'p')).toEqual({ type: 'toggle', pane: 'people' });
    for (const key of ['j', 'down']) expect(act(base, key)).toEqual({ type: 'scroll', by: 1 });
    for (const key of ['k', 'up']) expect(act(base, key)).toEqual({ type: 'scroll', by: -1 });
    for (const key of ['space', 'pagedown', 'C-f']) expect(act(base, key)).toEqual({ type: 'page', by: 1 });
    for (const key of ['b', 'pageup', 'C-b']) expect(act(base, key)).toEqual({ type: 'page', by: -1 });
    expect(act(base, 'C-d')).toEqual({ type: 'halfPage', by: 1 });
    expect(act(base, 'C-u')).toEqual({ type: 'halfPage', by: -1 });
    for (const key of ['g', 'home']) expect(act(base, key)).toEqual({ type: 'top' });
    for (const key of ['G', 'end']) expect(act(base, key)).toEqual({ type: 'bottom' });
    for (let n = 1; n <= 9; n++) expect(act(base, String(n))).toEqual({ type: 'countDigit', digit: n });
    expect(act(base, ']')).toEqual({ type: 'sectionStep', by: 1 });
    expect(act(base, '[')).toEqual({ type: 'sectionStep', by: -1 });
    expect(act(base, '/')).toEqual({ type: 'openSearch' });
    expect(act(base, 'escape')).toEqual({ type: 'escape' });
    expect(act(base, 'n')).toEqual({ type: 'step', by: 1 });
    expect(act(base, 'N')).toEqual({ type: 'step', by: -1 });
    expect(act(base, 'x')).toEqual({ type: 'unknownKey', key: 'x' });
    expect(act(base, '0')).toEqual({ type: 'countDigit', digit: 0 });
  });

  test('j/k move the selection in the TOC and the people panel; Enter activates', () => {
    for (const focus of ['toc', 'people'] as const) {
      expect(act(at({ focus }), 'j')).toEqual({ type: 'move', by: 1 });
      expect(act(at({ focus }), 'up')).toEqual({ type: 'move', by: -1 });
      expect(act(at({ focus }), 'enter')).toEqual({ type: 'activate' });
    }
  });

  test('the help closes on any key, and Ctrl-C still quits', () => {
    const help = at({ help: true });
    for (const key of ['q', 'j', 'escape', 'enter', 'x', '3']) expect(act(help, key)).toEqual({ type: 'closeHelp' });
    expect(act(help, 'C-c')).toEqual({ type: 'quit' });
  });

  test('a help taller than the window (80x24) scrolls with the keys that move; any other key closes it', () => {
    const help = { ...initialState({ size: { columns: 80, rows: 24 } }), help: true };
    for (const key of ['j', 'down', 'e']) expect(act(help, key)).toEqual({ type: 'helpScroll', by: 1 });
    for (const key of ['k', 'up', 'y']) expect(act(help, key)).toEqual({ type: 'helpScroll', by: -1 });
    for (const key of ['space', 'pagedown', 'f', 'C-f']) expect(act(help, key)).toEqual({ type: 'helpScroll', by: 1, pages: true });
    for (const key of ['b', 'pageup', 'C-b']) expect(act(help, key)).toEqual({ type: 'helpScroll', by: -1, pages: true });
    expect(act(help, 'g')).toEqual({ type: 'helpScroll', by: -Infinity });
    expect(act(help, 'G')).toEqual({ type: 'helpScroll', by: Infinity });
    for (const key of ['q', 'escape', 'enter', 'x', '3', 'h']) expect(act(help, key)).toEqual({ type: 'closeHelp' });
    expect(act(help, 'C-c')).toEqual({ type: 'quit' });
  });
});

describe('the search prompt', () => {
  const prompt = at({ prompt: 'Bel' });

  test('letters, digits and the keys that mean something elsewhere are typed', () => {
    for (const key of ['q', 'a', 'N', '3', '?', '/', ']']) expect(act(prompt, key)).toEqual({ type: 'searchInput', text: key });
    expect(act(prompt, 'space', ' ')).toEqual({ type: 'searchInput', text: ' ' });
    expect(act(prompt, 'Belarus')).toEqual({ type: 'searchInput', text: 'Belarus' });
  });

  test('Enter runs, Esc cancels, Backspace deletes, Ctrl-U clears, Ctrl-C quits; other keys do nothing', () => {
    expect(act(prompt, 'enter', '\r')).toEqual({ type: 'runSearch' });
    expect(act(prompt, 'escape', '')).toEqual({ type: 'cancelSearch' });
    expect(act(prompt, 'backspace', '')).toEqual({ type: 'searchBackspace' });
    expect(act(prompt, 'C-u', 'u')).toEqual({ type: 'searchClear' });
    expect(act(prompt, 'C-c', 'c')).toEqual({ type: 'quit' });
    expect(act(prompt, 'up', '')).toEqual({ type: 'searchHistory', by: -1 });
    expect(act(prompt, 'left', '')).toEqual({ type: 'searchCursor', by: -1 });
    expect(act(prompt, 'C-w', 'w')).toEqual({ type: 'searchWordDelete' });
    expect(act(prompt, 'tab', '\t')).toBeNull();
    expect(act(prompt, 'C-f', 'f')).toBeNull();
  });
});

describe('key names', () => {
  const key = (patch: Partial<Key>): Key => ({
    upArrow: false,
    downArrow: false,
    leftArrow: false,
    rightArrow: false,
    pageDown: false,
    pageUp: false,
    home: false,
    end: false,
    return: false,
    escape: false,
    ctrl: false,
    shift: false,
    tab: false,
    backspace: false,
    delete: false,
    meta: false,
    super: false,
    hyper: false,
    capsLock: false,
    numLock: false,
    ...patch,
  });

  test('Ink flags become the names the keymap uses', () => {
    expect(keyName('', key({ downArrow: true }))).toBe('down');
    expect(keyName('', key({ tab: true, shift: true }))).toBe('S-tab');
    expect(keyName('', key({ tab: true }))).toBe('tab');
    expect(keyName('f', key({ ctrl: true }))).toBe('C-f');
    expect(keyName(' ', key({}))).toBe('space');
    expect(keyName('G', key({ shift: true }))).toBe('G');
    expect(keyName('', key({ delete: true }))).toBe('backspace');
    expect(keyName('', key({ escape: true, meta: true }))).toBe('escape');
  });

  test('a run of keys read at once is split into single keys', () => {
    expect(keyPresses(']]', key({}))).toEqual([
      { key: ']', input: ']' },
      { key: ']', input: ']' },
    ]);
    expect(keyPresses('a\r\t\u0006 \u007f😀', key({})).map((p) => p.key)).toEqual(['a', 'enter', 'tab', 'C-f', 'space', 'backspace', '😀']);
    expect(keyPresses('😀', key({}))).toEqual([{ key: '😀', input: '😀' }]);
    expect(keyPresses('', key({ downArrow: true }))).toEqual([{ key: 'down', input: '' }]);
  });
});

describe('the help', () => {
  test('lists every binding of the table once, in its group', () => {
    const listed = helpGroups().flatMap((g) => g.entries.map((e) => `${g.group}: ${e.label} ${e.help}`));
    const expected = [...BINDINGS, ...PERSON_BINDINGS, ...PROMPT_BINDINGS].filter((b) => !b.hidden).map((b) => `${b.group}: ${b.label} ${b.help}`);
    expect(listed.sort()).toEqual(expected.sort());
    expect(helpGroups().map((g) => g.group)).toEqual(['General', 'Moving', 'Sections', 'Numbers and marks', 'Speaker filter', 'Search']);
  });

  test('every key the issue names is bound', () => {
    const keys = new Set(BINDINGS.flatMap((b) => b.keys));
    for (const k of [
      'q',
      'C-c',
      '?',
      'h',
      'f1',
      'tab',
      'S-tab',
      't',
      'p',
      'j',
      'k',
      'down',
      'up',
      'space',
      'pagedown',
      'C-f',
      'b',
      'pageup',
      'C-b',
      'C-d',
      'C-u',
      'g',
      'home',
      'G',
      'end',
      '1',
      '9',
      ']',
      '[',
      'enter',
      'n',
      'N',
      'escape',
      '/',
    ]) {
      expect(keys.has(k), k).toBe(true);
    }
  });
});
