// Build dist/cli.js once before any test runs: the CLI and pty tests drive the
// real bundle, and a stale one would test yesterday's code.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
