// Read a stream of bytes to the end, refusing it as soon as it passes the cap,
// so that an endless or huge source (a pipe, /dev/zero, a web server) never
// fills memory.
import { InputError } from './errors.js';
import { overLimit } from './size.js';

/** All the bytes of `chunks`, or an InputError naming `name` once more than `maxBytes` arrive. */
export async function readCapped(
  chunks: AsyncIterable<Uint8Array | string>,
  name: string,
  maxBytes: number,
): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += bytes.length;
    if (total > maxBytes) throw new InputError(overLimit(name, null, maxBytes));
    parts.push(bytes);
  }
  return Buffer.concat(parts, total);
}
