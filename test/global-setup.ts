// Build dist/cli.js once before any test runs: the CLI and pty tests drive the
// real bundle, and a stale one would test yesterday's code. Set
// QUOTED_SKIP_BUILD=1 to run pure-core tests against a bundle you built yourself.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  if (process.env.QUOTED_SKIP_BUILD === '1') return;
  execFileSync(process.execPath, ['scripts/build.mjs', '--test-crashes'], { stdio: 'inherit' });
}
