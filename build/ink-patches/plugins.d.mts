// Types for vitest.config.ts, which imports the Vite plugin from plugins.mjs.
import type { Plugin } from 'vite';
export function inkReplacementsForVitest(): Plugin;
export const INK_MINOR: string;
