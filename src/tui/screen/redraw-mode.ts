// How the reader updates the screen between frames. Row by row, and with
// scroll regions, only where the terminal is known to understand them: a
// TERM of its own kind (xterm, tmux, screen, and the terminals that follow
// them). The Linux console, a dumb terminal or an unset TERM get every frame
// whole, as Ink draws them. QUOTED_REDRAW=full|rows chooses by hand (full
// frames; changed rows but no scroll regions), for a terminal that draws
// the default wrongly, and for the tests and the benchmark to compare.

export type RedrawMode = 'full' | 'rows' | 'scroll';

const UNKNOWN_TERMINALS = new Set(['', 'dumb', 'linux']);

export function redrawMode(env: NodeJS.ProcessEnv): RedrawMode {
  const asked = env.QUOTED_REDRAW;
  if (asked === 'full' || UNKNOWN_TERMINALS.has(env.TERM ?? '')) return 'full';
  return asked === 'rows' ? 'rows' : 'scroll';
}
