// Resolve what the user named (a path or "-") to decoded article text.
import { readFileSync } from 'node:fs';
import { InputError } from './errors.js';
import { decode } from './decode.js';
import { checkNotEmpty, readArticleFile, type RawInput } from './read-file.js';
import type { Format } from '../article/parse.js';

export interface LoadedInput extends RawInput {
  format: Format;
}

export interface LoadOptions {
  maxBytes: number;
}

function readStdin(maxBytes: number): RawInput {
  let bytes: Buffer;
  try {
    bytes = readFileSync(0);
  } catch (err) {
    throw new InputError(`standard input: cannot read (${(err as NodeJS.ErrnoException).code ?? err})`, 2);
  }
  if (bytes.length > maxBytes) throw new InputError(`standard input: over the size limit (raise it with --max-size)`);
  return checkNotEmpty({ name: 'stdin', ...decode(bytes, 'standard input') });
}

export async function loadInput(spec: string, options: LoadOptions): Promise<LoadedInput> {
  const raw = spec === '-' ? readStdin(options.maxBytes) : readArticleFile(spec, options.maxBytes);
  return { ...raw, format: 'text' };
}
