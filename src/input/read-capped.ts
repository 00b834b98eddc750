// Read a stream of bytes to the end, refusing it as soon as it passes the cap,
// so that an endless or huge source (a pipe, /dev/zero, a web server) never
// fills memory.
import { UserError } from '../core/errors.js';
import { overLimit } from './size.js';

/** All the bytes of `chunks`, or an UserError naming `name` once more than `maxBytes` arrive. */
export async function readCapped(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array>,
  name: string,
  maxBytes: number,
  /** Called once on the first SNIFF_BYTES (or all, if fewer): may throw to refuse the input before the rest is read. */
  sniff?: (head: Uint8Array) => void,
): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  let sniffed = sniff === undefined;
  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += bytes.length;
    parts.push(bytes);
    // A binary file is known by its first bytes: no need to read gigabytes of it first.
    if (!sniffed && total >= SNIFF_BYTES) {
      sniffed = true;
      sniff!(Buffer.concat(parts, total).subarray(0, SNIFF_BYTES));
    }
    if (total > maxBytes) throw new UserError(overLimit(name, null, maxBytes));
  }
  const all = Buffer.concat(parts, total);
  if (!sniffed) sniff!(all);
  return all;
}

/** How much of the start is enough to tell a binary file (decode.ts looks at 8 KiB). */
const SNIFF_BYTES = 8192;
