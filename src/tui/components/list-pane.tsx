// A bordered side pane: a title row and a fixed number of list rows. Rows
// come fitted to the inner width, so the pane hides whatever is under it
// when drawn as an overlay.
import { Box, Text } from 'ink';
import type { Theme } from '../theme.js';
import { fit } from '../text-fit.js';
import { Rows } from './rows.js';

export interface ListPaneProps {
  title: string;
  rows: string[];
  width: number;
  height: number;
  focused: boolean;
  theme: Theme;
  overlay?: { marginLeft: number };
}

export function ListPane({ title, rows, width, height, focused, theme, overlay }: ListPaneProps) {
  const inner = Math.max(0, width - 2);
  const listHeight = Math.max(0, height - 3);
  const body = rows.slice(0, listHeight);
  while (body.length < listHeight) body.push(' '.repeat(inner));
  return (
    <Box
      flexDirection="column"
      width={width}
      height={height}
      flexShrink={0}
      borderStyle={focused ? 'double' : 'round'}
      borderColor={theme.border(focused)}
      {...(overlay ? { position: 'absolute' as const, marginLeft: overlay.marginLeft } : {})}
    >
      <Text wrap="truncate">{theme.paint(focused ? 'paneTitleFocused' : 'paneTitle', fit(title, inner))}</Text>
      <Rows rows={body} />
    </Box>
  );
}
