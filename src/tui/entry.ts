// What the CLI imports, lazily, to open the reader or the library. It loads
// the Ink side only when needed, and loads it blind to CI variables: Ink
// decides once, as it loads, that under CI it must not draw frames, and the
// reader only ever runs on a terminal, where a CI=true in the environment
// (a CI job's shell, a container) would leave the screen blank.
import type { RunOptions } from './run.js';

const CI_VARIABLE = /^(CI|CONTINUOUS_INTEGRATION|CI_.*)$/;

async function loadRun(): Promise<typeof import('./run.js')> {
  const hidden = Object.entries(process.env).filter(([key]) => CI_VARIABLE.test(key));
  for (const [key] of hidden) delete process.env[key];
  try {
    return await import('./run.js');
  } finally {
    for (const [key, value] of hidden) process.env[key] = value;
  }
}

export type { RunOptions };

export async function openReader(...args: Parameters<typeof import('./run.js').openReader>): Promise<void> {
  return (await loadRun()).openReader(...args);
}

export async function openArticle(...args: Parameters<typeof import('./run.js').openArticle>): Promise<void> {
  return (await loadRun()).openArticle(...args);
}

export async function openLibrary(...args: Parameters<typeof import('./run.js').openLibrary>): Promise<void> {
  return (await loadRun()).openLibrary(...args);
}

export async function openSourcesLibrary(...args: Parameters<typeof import('./run.js').openSourcesLibrary>): Promise<void> {
  return (await loadRun()).openSourcesLibrary(...args);
}
