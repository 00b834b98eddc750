// The terminal's size, following resizes (SIGWINCH reaches Node as the
// stdout 'resize' event).
import { useStdout } from 'ink';
import { useEffect, useState } from 'react';
import type { Size } from './geometry.js';

/** Terminals report nothing when not a TTY; assume the classic 80x24 then. */
function readSize(stdout: { columns?: number; rows?: number }): Size {
  return {
    columns: Math.max(1, Math.floor(stdout.columns || 80)),
    rows: Math.max(2, Math.floor(stdout.rows || 24)),
  };
}

export function useTerminalSize(): Size {
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => readSize(stdout));
  useEffect(() => {
    const onResize = () =>
      setSize((old) => {
        const next = readSize(stdout);
        return next.columns === old.columns && next.rows === old.rows ? old : next;
      });
    // Ahead of Ink's own listener, so the frame Ink draws on resize is already laid out for the new size.
    stdout.prependListener('resize', onResize);
    onResize();
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return size;
}
