// v: the article file in $VISUAL or $EDITOR, as less does. The reader gives
// the terminal to the editor (main screen, cursor, cooked mode), waits for
// it, then takes the screen back and draws it again.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { repaint } from './full-height.js';

interface Screen {
  stdout: NodeJS.WriteStream;
  keys: NodeJS.ReadStream;
}

let screen: Screen | null = null;

/** The terminal the reader runs in, set by the full-screen runner. */
export function setEditorScreen(next: Screen | null): void {
  screen = next;
}

/** Whether `name` is a file the editor can open (not stdin, not a URL). */
export function isEditable(name: string): boolean {
  try {
    return !/^[a-z][a-z0-9+.-]*:\/\//i.test(name) && existsSync(name) && statSync(name).isFile();
  } catch {
    return false;
  }
}

/** Run the editor on `file`; a message for the status bar. */
export function editFile(file: string, env: NodeJS.ProcessEnv = process.env): string {
  if (!screen) return 'no terminal to run an editor in';
  const editor = env.VISUAL || env.EDITOR || 'vi';
  const { stdout, keys } = screen;
  const raw = keys.isTTY && keys.isRaw;
  stdout.write('\u001b[?25h\u001b[?1049l');
  if (raw) keys.setRawMode(false);
  // Through the shell, so that an editor given with its options ("code -w") works.
  const result = spawnSync('/bin/sh', ['-c', `${editor} "$1"`, 'sh', file], { stdio: 'inherit' });
  if (raw) keys.setRawMode(true);
  stdout.write('\u001b[?1049h\u001b[?25l');
  repaint();
  if (result.error) return `cannot run ${editor}: ${result.error.message}`;
  return result.status === 0 ? `back from ${editor}` : `${editor} exited with status ${result.status ?? result.signal}`;
}
