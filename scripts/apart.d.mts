// Types for scripts/apart.mjs.
import type { BuildResult } from 'esbuild';
type Built = BuildResult<{ write: false }>;
export function bundleApart(): Promise<{ documents: Built; engine: Built }>;
