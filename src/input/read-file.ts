// Read an article from a path or from standard input, with one-line errors.
import { readFileSync, statSync } from 'node:fs';
import { InputError } from './errors.js';
import { decode, type Decoded } from './decode.js';

/** Refuse files larger than this unless the user raises the cap. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export interface RawInput extends Decoded {
  /** What to call the input in messages and the status bar. */
  name: string;
}

function describe(err: NodeJS.ErrnoException, path: string): InputError {
  switch (err.code) {
    case 'ENOENT':
      return new InputError(`${path}: no such file`, 2);
    case 'EACCES':
    case 'EPERM':
      return new InputError(`${path}: permission denied`, 2);
    case 'EISDIR':
      return new InputError(`${path}: is a directory`, 2);
    default:
      return new InputError(`${path}: cannot read (${err.code ?? err.message})`, 2);
  }
}

export function checkNotEmpty(input: RawInput): RawInput {
  if (input.text.trim().length === 0) throw new InputError(`${input.name}: empty article (no text to read)`);
  return input;
}

export function readArticleFile(path: string, maxBytes = DEFAULT_MAX_BYTES): RawInput {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new InputError(`${path}: is a directory`, 2);
    size = st.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw describe(err as NodeJS.ErrnoException, path);
  }
  if (size > maxBytes) {
    throw new InputError(
      `${path}: ${formatSize(size)} is over the ${formatSize(maxBytes)} limit (raise it with --max-size)`,
    );
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw describe(err as NodeJS.ErrnoException, path);
  }
  return checkNotEmpty({ name: path, ...decode(bytes, path) });
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) ? 1 : 0)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
