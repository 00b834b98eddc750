// Shell commands in a real terminal: pipes and redirections around quoted.
import { TerminalSession, type SpawnOptions } from './harness.js';

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
