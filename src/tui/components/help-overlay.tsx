// The help (h, F1): every binding of the keymap, by group, laid out by
// help-layout.ts; from `top` on when it is taller than the window.
import { Box } from 'ink';
import { helpGroups } from '../keymap.js';
import type { HelpGroups } from '../key-table.js';
import { helpRows } from '../help-layout.js';
import type { Theme } from '../theme.js';
import { Rows } from './rows.js';

export function HelpOverlay({ width, height, theme, groups, top }: { width: number; height: number; theme: Theme; groups?: HelpGroups; top?: number }) {
  const inner = Math.max(1, width - 4);
  const rows = helpRows(inner, Math.max(0, height - 2), theme, groups ?? helpGroups(), top);
  return (
    <Box flexDirection="column" width={width} height={height} paddingX={1} borderStyle="double" borderColor={theme.border(true)}>
      <Rows rows={rows} />
    </Box>
  );
}
