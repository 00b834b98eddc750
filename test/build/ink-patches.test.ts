// Every patch of build/ink-patches/ applies: in the shipped bundle (read from
// esbuild's metafile and output), and in the component tests, which draw with
// the same replacement modules. A patch that stops matching the Ink or Yoga it
// patches fails the build (plugins.mjs); one that silently stops applying
// fails here.
import { readFileSync } from 'node:fs';
import { render } from 'ink-testing-library';
import { Text } from 'ink';
import { createElement } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import Output from '../../build/ink-patches/output.js';
import { RecentCache } from '../../build/ink-patches/recent-cache.js';
import { INK_MINOR } from '../../build/ink-patches/plugins.mjs';
import { bundle, ROOT } from '../../scripts/bundle.mjs';

describe('the shipped bundle', () => {
  let inputs: string[] = [];
  let script = '';
  beforeAll(async () => {
    const built = await bundle({ metafile: true });
    inputs = Object.keys(built.metafile?.inputs ?? {});
    script = built.outputFiles[0].text;
  });
  const has = (pattern: RegExp) => inputs.some((i) => pattern.test(i));

  it("replaces Ink's frame buffer and text measurement", () => {
    expect(has(/^build\/ink-patches\/output\.ts$/)).toBe(true);
    expect(has(/^build\/ink-patches\/measure-text\.ts$/)).toBe(true);
    expect(has(/ink\/build\/output\.js$/)).toBe(false);
    expect(has(/ink\/build\/measure-text\.js$/)).toBe(false);
  });

  it("leaves out Ink's devtools and Yoga's fetch", () => {
    expect(has(/ink\/build\/devtools\.js$/)).toBe(false);
    expect(script).not.toContain('loadPackageJson()');
    expect(script).toContain('instantiateWasm(imports, receiveInstance)');
    expect(script).not.toContain('wrapAssembly(await loadYoga())');
  });

  it('sends every string-width through the fast path, and defers the packages the first frame does not need', () => {
    expect(has(/^width-shim:.*string-width/)).toBe(true);
    expect(inputs.filter((i) => /^(?!width-shim:).*node_modules\/string-width\//.test(i)).length).toBeGreaterThan(0);
    for (const name of [
      'linkedom',
      '@mozilla/readability',
      'wrap-ansi',
      'slice-ansi',
      '@alcalzone/ansi-tokenize',
      'yaml',
      'smol-toml',
      'markdown-it',
      'markdown-it-footnote',
      'entities',
    ]) {
      expect(has(new RegExp(`^lazy-package:.*node_modules/${name}/`)), name).toBe(true);
    }
  });

  it('holds no test crash', () => {
    expect(has(/test-crash/)).toBe(false);
  });
});

describe('the Ink the component tests draw with', () => {
  it('is the patched one', () => {
    const frames = vi.spyOn(Output.prototype, 'get');
    const measured = vi.spyOn(RecentCache.prototype, 'set');
    const { lastFrame, unmount } = render(createElement(Text, null, 'patched'));
    expect(lastFrame()).toBe('patched');
    expect(frames).toHaveBeenCalled();
    // measure-text.ts keeps the sizes of the texts it measured.
    expect(measured).toHaveBeenCalledWith('patched', { width: 7, height: 1 });
    unmount();
    frames.mockRestore();
    measured.mockRestore();
  });

  it(`is Ink ${INK_MINOR}, which package.json pins`, () => {
    const pkg = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8'));
    const ink = JSON.parse(readFileSync(`${ROOT}/node_modules/ink/package.json`, 'utf8'));
    expect(pkg.dependencies.ink).toBe(`~${INK_MINOR}.0`);
    expect(ink.version.startsWith(`${INK_MINOR}.`)).toBe(true);
  });
});
