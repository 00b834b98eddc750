// Types for the test of scripts/ascii-program.mjs.
export function asciiProgram(script: string): string | null;
