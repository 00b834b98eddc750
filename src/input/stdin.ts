// Read the article from standard input, with the same cap as a file.
import type { Readable } from 'node:stream';
import { UserError } from '../core/errors.js';
import { decode, declaredCharset, refuseBinary } from './decode.js';
import { readCapped } from './read-capped.js';
import { checkNotEmpty, type RawInput } from './read-file.js';

const NAME = 'standard input';

export async function readStdin(maxBytes: number, stream: Readable = process.stdin): Promise<RawInput> {
  let bytes: Uint8Array;
  try {
    bytes = await readCapped(stream, NAME, maxBytes, (head) => refuseBinary(head, NAME));
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`${NAME}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, 2);
  }
  // One name in every message and in the status bar.
  return checkNotEmpty({ name: NAME, ...decode(bytes, NAME, declaredCharset(bytes)) });
}
