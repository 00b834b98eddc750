// A deliberate crash for end-to-end tests of the terminal restore: with
// QUOTED_TEST_CRASH=exception|rejection|render, the reader fails that way
// shortly after its first frame. Unset, nothing here runs.
import { useEffect, useState, type ReactElement } from 'react';

export type CrashKind = 'exception' | 'rejection' | 'render';

export function testCrashKind(env: NodeJS.ProcessEnv): CrashKind | null {
  const kind = env.QUOTED_TEST_CRASH;
  return kind === 'exception' || kind === 'rejection' || kind === 'render' ? kind : null;
}

const DELAY_MS = 300;

function CrashInRender({ children }: { children: ReactElement }) {
  const [crash, setCrash] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setCrash(true), DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  if (crash) throw new Error('test crash while drawing (QUOTED_TEST_CRASH=render)');
  return children;
}

/** `app`, set to fail as `kind` says. */
export function withTestCrash(app: ReactElement, kind: CrashKind | null): ReactElement {
  if (kind === 'render') return <CrashInRender>{app}</CrashInRender>;
  if (kind === 'exception') {
    setTimeout(() => {
      throw new Error('test crash (QUOTED_TEST_CRASH=exception)');
    }, DELAY_MS);
  }
  if (kind === 'rejection') {
    setTimeout(() => void Promise.reject(new Error('test crash (QUOTED_TEST_CRASH=rejection)')), DELAY_MS);
  }
  return app;
}
