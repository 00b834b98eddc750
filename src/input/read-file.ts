// Read an article from a path, with one-line errors that name the path.
import { closeSync, createReadStream, openSync, readSync, statSync, type Stats } from 'node:fs';
import { UserError } from '../core/errors.js';
import { decode, declaredCharset, refuseBinary, type Decoded } from './decode.js';
import { readCapped } from './read-capped.js';
import { escapeControls, stripControls } from '../core/controls.js';
import { DEFAULT_MAX_BYTES, overLimit } from './size.js';

export { DEFAULT_MAX_BYTES } from './size.js';

export interface RawInput extends Decoded {
  /** What to call the input in messages and the status bar: free of control characters. */
  name: string;
}

/** The one-line error for a failed stat, open or read of `path`. */
function describe(err: unknown, path: string): UserError {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return new UserError(`${path}: no such file`, 2);
    case 'ENOTDIR':
      return new UserError(`${path}: no such file (a part of the path is not a directory)`, 2);
    case 'EACCES':
    case 'EPERM':
      return new UserError(`${path}: permission denied`, 2);
    case 'EISDIR':
      return new UserError(`${path}: is a directory`, 2);
    case 'ENAMETOOLONG':
      return new UserError(`${path}: file name too long`, 2);
    case 'ELOOP':
      return new UserError(`${path}: too many symbolic links`, 2);
    default:
      return new UserError(`${path}: cannot read (${code ?? (err as Error).message})`, 2);
  }
}

const VISIBLE = /[^\s\u0000-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff]/;
const ESCAPE_INTRODUCER = /[\u001b\u0090\u009b\u009d\u0098\u009e\u009f]/;

/** Whether `text` shows anything once control characters and escape sequences are set aside. */
export function hasVisibleText(text: string): boolean {
  return VISIBLE.test(ESCAPE_INTRODUCER.test(text) ? stripControls(text) : text);
}

/** Throw when `input` has nothing to read. */
export function checkNotEmpty(input: RawInput): RawInput {
  if (!hasVisibleText(input.text)) throw new UserError(`${input.name}: empty article (no text to read)`);
  return input;
}

const CHUNK = 1 << 20;

/** The chunks of a regular file, read in this thread: no turn of the event loop per read before the first frame. */
function* fileChunks(path: string): Generator<Uint8Array> {
  const fd = openSync(path, 'r');
  try {
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      const read = readSync(fd, chunk, 0, CHUNK, null);
      if (read === 0) return;
      yield chunk.subarray(0, read);
    }
  } finally {
    closeSync(fd);
  }
}

async function readBytes(path: string, name: string, info: Stats, maxBytes: number): Promise<Uint8Array> {
  if (info.isFile() && info.size > maxBytes) throw new UserError(overLimit(name, info.size, maxBytes));
  // Read with a cap whatever the file is (a pipe, a device or a /proc file
  // says nothing by its size, and a file may grow), and refused on its first
  // bytes when binary. A pipe or a device is streamed: opening a pipe waits for its writer.
  const chunks = info.isFile() ? fileChunks(path) : createReadStream(path, { highWaterMark: CHUNK });
  return readCapped(chunks, name, maxBytes, (head) => refuseBinary(head, name));
}

/** The decoded text of the file at `path`, refused when over `maxBytes`. */
export async function readArticleFile(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<RawInput> {
  const name = escapeControls(path);
  let info: Stats;
  try {
    info = statSync(path);
  } catch (err) {
    throw describe(err, path);
  }
  if (info.isDirectory()) throw new UserError(`${path}: is a directory`, 2);
  let bytes: Uint8Array;
  try {
    bytes = await readBytes(path, name, info, maxBytes);
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw describe(err, path);
  }
  return checkNotEmpty({ name, ...decode(bytes, name, declaredCharset(bytes)) });
}
