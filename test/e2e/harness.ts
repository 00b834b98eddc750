// A real terminal for end-to-end tests and the benchmark: a program runs in a
// pseudo-terminal (node-pty) and its output is read back as a screen by a
// terminal emulator (@xterm/headless), with the raw bytes kept as well.
// node-pty is imported eagerly: if it cannot load, every user of this file
// fails at once instead of skipping.
import pty from 'node-pty';
import xterm from '@xterm/headless';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const { Terminal } = xterm;

export interface SpawnOptions {
  /** The program and its arguments (default: node with `args`). */
  file?: string;
  args: string[];
  cols?: number;
  rows?: number;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

export interface Exit {
  exitCode: number;
  signal: number | undefined;
}

/** Something to wait for on the screen: text, a pattern, or a test of the screen. */
export type ScreenCondition = string | RegExp | ((screen: string) => boolean);

interface Waiter {
  test: () => boolean;
  resolve: () => void;
}

export const DEFAULT_COLS = 120;
export const DEFAULT_ROWS = 40;
const DEFAULT_TIMEOUT_MS = 10_000;
// How often settle() reads the screen.
const SCREEN_POLL_MS = 10;
/** After an exit, how long output must stay quiet before it counts as all read. */
const EXIT_DRAIN_MS = 60;

// Every session keeps its reading place (resume state) in a folder of its own,
// so that no test opens an article where another one left it.
let stateRoot: string | null = null;
function freshStateDir(): string {
  if (!stateRoot) {
    stateRoot = mkdtempSync(join(tmpdir(), 'quoted-state-'));
    process.on('exit', () => rmSync(stateRoot!, { recursive: true, force: true }));
  }
  return mkdtempSync(join(stateRoot, 's-'));
}

// The model cache too: never the user's ~/.cache. One per test file, so its sessions share what the first one built.
let cacheHome: string | null = null;
function testCacheDir(): string {
  cacheHome ??= mkdtempSync(join(freshStateDir(), 'cache-'));
  return cacheHome;
}

function matches(condition: ScreenCondition, screen: string): boolean {
  if (typeof condition === 'string') return screen.includes(condition);
  if (condition instanceof RegExp) return condition.test(screen);
  return condition(screen);
}

export class TerminalSession {
  readonly process: pty.IPty;
  readonly term: InstanceType<typeof Terminal>;
  /** Every byte the program wrote, as received. */
  raw = '';
  /** When the last output chunk arrived (performance.now()). */
  lastOutputAt = 0;
  exit: Exit | null = null;
  /** When the program was started (performance.now()). */
  readonly spawnedAt: number;
  private readonly exited: Promise<Exit>;
  private waiters: Waiter[] = [];
  private readonly listeners = new Set<(chunk: string, at: number) => void>();

  constructor(options: SpawnOptions) {
    const cols = options.cols ?? DEFAULT_COLS;
    const rows = options.rows ?? DEFAULT_ROWS;
    this.term = new Terminal({ cols, rows, allowProposedApi: true, scrollback: 0 });
    const env: NodeJS.ProcessEnv = { ...process.env, TERM: 'xterm-256color', XDG_STATE_HOME: freshStateDir(), XDG_CACHE_HOME: testCacheDir(), ...options.env };
    // A variable set to undefined is removed rather than passed as "undefined".
    for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
    this.spawnedAt = performance.now();
    this.process = pty.spawn(options.file ?? process.execPath, options.args, {
      name: 'xterm-256color',
      cols,
      rows,
      cwd: options.cwd ?? process.cwd(),
      env: env as Record<string, string>,
    });
    this.process.onData((chunk) => {
      const at = performance.now();
      this.raw += chunk;
      this.lastOutputAt = at;
      for (const listener of this.listeners) listener(chunk, at);
      this.term.write(chunk, () => this.check());
    });
    this.exited = new Promise((resolve) => {
      this.process.onExit(async ({ exitCode, signal }) => {
        // node-pty can report the exit before the last output has been read:
        // wait for the output to go quiet, then for the emulator to draw it.
        const exitedAt = performance.now();
        while (performance.now() - Math.max(this.lastOutputAt, exitedAt) < EXIT_DRAIN_MS) {
          await new Promise((r) => setTimeout(r, EXIT_DRAIN_MS / 4));
        }
        await this.drawn();
        this.exit = { exitCode, signal };
        this.check();
        resolve(this.exit);
      });
    });
  }

  /** The visible screen, one string a row, trailing spaces trimmed. */
  lines(): string[] {
    const buffer = this.term.buffer.active;
    const out: string[] = [];
    for (let y = 0; y < this.term.rows; y++) out.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
    return out;
  }

  screen(): string {
    return this.lines().join('\n');
  }

  /** The columns [from, to) of every visible row, trailing spaces trimmed. */
  region(from: number, to: number): string[] {
    const buffer = this.term.buffer.active;
    const out: string[] = [];
    for (let y = 0; y < this.term.rows; y++) {
      out.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true, from, to) ?? '');
    }
    return out;
  }

  /** The character in each visible row at column `x` ('' for none). */
  column(x: number): string[] {
    const buffer = this.term.buffer.active;
    const out: string[] = [];
    for (let y = 0; y < this.term.rows; y++)
      out.push(
        buffer
          .getLine(buffer.viewportY + y)
          ?.getCell(x)
          ?.getChars() ?? '',
      );
    return out;
  }

  /** Whether the alternate screen buffer is the one showing. */
  inAltScreen(): boolean {
    return this.term.buffer.active.type === 'alternate';
  }

  /** Type into the terminal: keys, escape sequences or text. */
  write(keys: string): void {
    this.process.write(keys);
  }

  resize(cols: number, rows: number): void {
    this.term.resize(cols, rows);
    this.process.resize(cols, rows);
  }

  kill(signal: NodeJS.Signals): void {
    this.process.kill(signal);
  }

  /** Called for each chunk of output as it arrives, with its arrival time. */
  onOutput(listener: (chunk: string, at: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolve once the screen meets `condition`; reject with the screen on a timeout or exit. */
  waitFor(condition: ScreenCondition, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<void> {
    return this.until(() => matches(condition, this.screen()), `the screen to show ${String(condition)}`, timeoutMs);
  }

  /**
   * Resolve once the screen has shown the same text for `quietMs`, read
   * every few milliseconds as the emulator draws it: the screen itself, not
   * the bytes' arrival, says when a frame is done.
   */
  async settle(quietMs = 150, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    await this.drawn();
    let shown = this.screen();
    let since = performance.now();
    while (!this.exit && performance.now() - since < quietMs) {
      if (performance.now() > deadline) throw new Error(`the screen did not settle within ${timeoutMs} ms.\nScreen:\n${shown}`);
      await new Promise((r) => setTimeout(r, SCREEN_POLL_MS));
      await this.drawn();
      const now = this.screen();
      if (now !== shown) {
        shown = now;
        since = performance.now();
      }
    }
    return this.drawn();
  }

  /**
   * Resolve once the screen meets `condition` and the terminal's last row
   * shows the reader's position (its status bar, the last row a frame
   * draws), so the whole frame is up, however slowly a loaded machine
   * delivers it.
   */
  waitForFrame(condition: ScreenCondition, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<void> {
    const framed = () => matches(condition, this.screen()) && /\d+%/.test(this.lines()[this.term.rows - 1] ?? '');
    return this.until(framed, `a whole frame showing ${String(condition)}`, timeoutMs);
  }

  /**
   * Type `keys` and wait for what they draw: the first output (up to
   * `firstOutputMs`; keys that change nothing draw nothing), then quiet.
   * Returns whether anything was drawn.
   */
  async press(keys: string, { quietMs = 60, firstOutputMs = 2_000 } = {}): Promise<boolean> {
    const before = this.raw.length;
    this.write(keys);
    const drew = await this.until(() => this.raw.length > before, 'output', firstOutputMs, false).then(
      () => true,
      () => false,
    );
    await this.settle(quietMs);
    return drew;
  }

  /** Resolve once the emulator has drawn every chunk received so far. */
  drawn(): Promise<void> {
    return new Promise((resolve) => this.term.write('', resolve));
  }

  /** Resolve with the exit status; reject if the program is still running after `timeoutMs`. */
  async waitForExit(timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Exit> {
    await this.until(() => this.exit !== null, 'the program to exit', timeoutMs, false);
    return this.exited;
  }

  /** End the program if it still runs. */
  dispose(): void {
    if (!this.exit) {
      try {
        this.process.kill('SIGKILL');
      } catch {
        // Already gone.
      }
    }
    this.term.dispose();
  }

  private until(test: () => boolean, what: string, timeoutMs: number, failOnExit = true): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}.\nScreen:\n${this.screen()}`));
      }, timeoutMs);
      const waiter: Waiter = {
        test: () => {
          if (test()) return true;
          if (failOnExit && this.exit) {
            clearTimeout(timer);
            reject(new Error(`the program exited (${JSON.stringify(this.exit)}) before ${what}.\nScreen:\n${this.screen()}`));
            return true;
          }
          return false;
        },
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      this.waiters.push(waiter);
    });
  }

  private check(): void {
    const done = this.waiters.filter((w) => w.test());
    this.waiters = this.waiters.filter((w) => !done.includes(w));
    // A waiter whose test rejected has already settled; resolving again is a no-op.
    for (const w of done) w.resolve();
  }
}

/** Start a program in a fresh terminal. */
export function spawnTerminal(options: SpawnOptions): TerminalSession {
  return new TerminalSession(options);
}

/**
 * Run a shell command in a fresh terminal, keeping the terminal open a moment
 * after it ends: node-pty can lose the last output of a program that exits
 * at once, and a test that reads the output after the exit needs all of it.
 * The exit status is the command's.
 */
export function spawnShell(command: string, options: Omit<SpawnOptions, 'file' | 'args'> = {}): TerminalSession {
  return new TerminalSession({ ...options, file: '/bin/sh', args: ['-c', `(${command})\nstatus=$?; sleep 0.2; exit $status`] });
}

/** `text` quoted for the shell. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** Keys as a terminal sends them. */
export const KEYS = {
  enter: '\r',
  escape: '\u001b',
  tab: '\t',
  shiftTab: '\u001b[Z',
  ctrlC: '\u0003',
  ctrlD: '\u0004',
  ctrlU: '\u0015',
  ctrlF: '\u0006',
  ctrlB: '\u0002',
  up: '\u001b[A',
  down: '\u001b[B',
  pageUp: '\u001b[5~',
  pageDown: '\u001b[6~',
  home: '\u001b[H',
  end: '\u001b[F',
} as const;

/** Checks on raw output that the terminal was handed back as it was found. */
export function restoredTerminal(raw: string): { mainScreen: boolean; cursorVisible: boolean } {
  const lastEnter = raw.lastIndexOf('\u001b[?1049h');
  const lastLeave = raw.lastIndexOf('\u001b[?1049l');
  const lastHide = raw.lastIndexOf('\u001b[?25l');
  const lastShow = raw.lastIndexOf('\u001b[?25h');
  return {
    mainScreen: lastLeave > lastEnter && lastEnter >= 0,
    cursorVisible: lastHide < 0 || lastShow > lastHide,
  };
}
