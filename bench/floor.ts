// The measurement floor for keystroke latency: a bare Node program in raw
// mode that redraws a full screen of text on every key. What quoted takes
// beyond this is quoted's own work (state, layout, React, Ink).
import { KEYS } from '../test/e2e/keys.js';
import { timeKey } from './keystrokes.js';
import { percentile } from './stats.js';
import { quit, startAndWait } from './session.js';

const REDRAW = `
const { stdin, stdout } = process;
stdin.setRawMode(true);
let n = 0;
const draw = () => {
  const rows = [];
  for (let y = 0; y < stdout.rows - 1; y++) rows.push(('frame ' + n + ' row ' + y + ' ').repeat(20).slice(0, stdout.columns));
  stdout.write('\\u001b[H' + rows.join('\\r\\n'));
};
stdin.on('data', (d) => { if (d.toString() === 'q') process.exit(0); n++; draw(); });
stdout.write('\\u001b[2J');
draw();
`;

export interface Floor {
  p50: number;
  p95: number;
  samples: number;
}

export async function measureFloor(samples: number): Promise<Floor> {
  const { session } = await startAndWait({ args: ['-e', REDRAW] }, 'frame 0 row 0');
  try {
    const times: number[] = [];
    for (let i = 0; i < samples; i++) {
      const t = await timeKey(session, i % 2 ? 'j' : KEYS.down);
      if (t !== null) times.push(t);
    }
    return { p50: percentile(times, 50), p95: percentile(times, 95), samples: times.length };
  } finally {
    await quit(session);
  }
}
