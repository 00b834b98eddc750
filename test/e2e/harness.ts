// A real terminal for end-to-end tests and the benchmark: a program runs in a
// pseudo-terminal (node-pty) and its output is read back as a screen by a
// terminal emulator (@xterm/headless), with the raw bytes kept as well.
// node-pty is imported eagerly: if it cannot load, every user of this file
// fails at once instead of skipping.
import pty from 'node-pty';
import xterm from '@xterm/headless';
import { isolatedEnv } from './isolated-env.js';
import { matches, visibleColumn, visibleRows, type ScreenCondition } from './screen.js';
import { Waiters } from './waiters.js';

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

export const DEFAULT_COLS = 120;
export const DEFAULT_ROWS = 40;
const DEFAULT_TIMEOUT_MS = 10_000;
// How often settle() reads the screen.
const SCREEN_POLL_MS = 10;
/** After an exit, how long output must stay quiet before it counts as all read. */
const EXIT_DRAIN_MS = 60;

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
  private readonly waiters = new Waiters(
    () => (this.exit ? JSON.stringify(this.exit) : null),
    () => this.screen(),
  );
  private readonly listeners = new Set<(chunk: string, at: number) => void>();

  constructor(options: SpawnOptions) {
    const cols = options.cols ?? DEFAULT_COLS;
    const rows = options.rows ?? DEFAULT_ROWS;
    this.term = new Terminal({ cols, rows, allowProposedApi: true, scrollback: 0 });
    const env: NodeJS.ProcessEnv = { ...process.env, TERM: 'xterm-256color', ...isolatedEnv(), ...options.env };
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
      this.term.write(chunk, () => this.waiters.check());
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
        this.waiters.check();
        resolve(this.exit);
      });
    });
  }

  /** The visible screen, one string a row, trailing spaces trimmed. */
  lines(): string[] {
    return visibleRows(this.term);
  }

  screen(): string {
    return this.lines().join('\n');
  }

  /** The columns [from, to) of every visible row, trailing spaces trimmed. */
  region(from: number, to: number): string[] {
    return visibleRows(this.term, from, to);
  }

  /** The character in each visible row at column `x` ('' for none). */
  column(x: number): string[] {
    return visibleColumn(this.term, x);
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
    return this.waiters.until(() => matches(condition, this.screen()), `the screen to show ${String(condition)}`, timeoutMs);
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
    return this.waiters.until(framed, `a whole frame showing ${String(condition)}`, timeoutMs);
  }

  /**
   * Type `keys` and wait for what they draw: the first output (up to
   * `firstOutputMs`; keys that change nothing draw nothing), then quiet.
   * Returns whether anything was drawn.
   */
  async press(keys: string, { quietMs = 60, firstOutputMs = 2_000 } = {}): Promise<boolean> {
    const before = this.raw.length;
    this.write(keys);
    const drew = await this.waiters
      .until(() => this.raw.length > before, 'output', firstOutputMs, false)
      .then(
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
    await this.waiters.until(() => this.exit !== null, 'the program to exit', timeoutMs, false);
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
}

/** Start a program in a fresh terminal. */
export function spawnTerminal(options: SpawnOptions): TerminalSession {
  return new TerminalSession(options);
}
