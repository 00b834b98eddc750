// Byte counts as people read them, and the default cap on what quoted opens.

/** Refuse inputs larger than this unless the user raises the cap with --max-size. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${trim(bytes / 1024 ** 3)} GB`;
  if (bytes >= 1024 * 1024) return `${trim(bytes / 1024 ** 2)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function trim(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** The message for an input over the cap; `size` is null when it is only known to be larger. */
export function overLimit(name: string, size: number | null, maxBytes: number): string {
  // Rounded alike ("8 KB, over the 8 KB limit"), the two are given in bytes.
  const same = size !== null && formatSize(size) === formatSize(maxBytes);
  const limit = same ? `${maxBytes} bytes` : formatSize(maxBytes);
  const what = size === null ? 'more than' : `${same ? `${size} bytes` : formatSize(size)}, over`;
  return `${name}: too large (${what} the ${limit} limit; raise it with --max-size)`;
}
