// Timing programs in a real terminal, on top of the e2e harness.
import { readFileSync } from 'node:fs';
import { spawnTerminal, type SpawnOptions, type TerminalSession } from '../test/e2e/harness.js';
import type { ScreenCondition } from '../test/e2e/screen.js';
import { CLI } from './inputs.js';

export interface Started {
  session: TerminalSession;
  /** Spawn to `until` on screen, in ms. */
  elapsed: number;
}

/** Spawn a program and wait until the screen shows `until`. */
export async function startAndWait(options: SpawnOptions, until: ScreenCondition, timeoutMs = 30_000): Promise<Started> {
  const session = spawnTerminal(options);
  try {
    await session.waitFor(until, timeoutMs);
  } catch {
    // One short line for a table: how it ended and the last thing it printed.
    const said =
      session
        .lines()
        .filter((l) => l.trim() !== '')
        .pop()
        ?.trim() ?? '';
    const how = session.exit ? `exited with status ${session.exit.exitCode}` : `nothing after ${timeoutMs / 1000} s`;
    session.dispose();
    throw new Error(`${how}${said ? `: "${said.slice(0, 70)}"` : ''}`);
  }
  return { session, elapsed: performance.now() - session.spawnedAt };
}

/** quoted on `article`, in a terminal of the harness's default size. */
export function quotedOptions(article: string, extra: Partial<SpawnOptions> = {}): SpawnOptions {
  return { args: [CLI, article], ...extra };
}

/** Quit with `key`, then make sure the program is gone. */
export async function quit(session: TerminalSession, key = 'q'): Promise<void> {
  if (!session.exit) {
    session.write(key);
    await session.waitForExit(5_000).catch(() => undefined);
  }
  session.dispose();
}

/** The most memory the process has held resident so far, in MB (MiB). */
export function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(status.match(/^VmHWM:\s+(\d+) kB/m)?.[1]);
  return kb / 1024;
}

/** User and system CPU time of the process so far, all its threads, in ms (from /proc/PID/stat, in clock ticks of 10 ms). */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The fields after the command's name, which may hold spaces: utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** The first line of an error, for a table cell. */
export function reason(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0];
}
