// Types for the tests that build the bundle to read its metafile.
import type { BuildResult } from 'esbuild';
export const ROOT: string;
export function bundle(options?: { testCrashes?: boolean; metafile?: boolean }): Promise<BuildResult<{ write: false; metafile: boolean }>>;
