// Rows of ready-made text, one terminal row each. Every row was already
// fitted to its pane, so they go to Ink as one text block: one node to lay
// out instead of one per row.
import { Text } from 'ink';

export function Rows({ rows }: { rows: readonly string[] }) {
  if (rows.length === 0) return null;
  return <Text wrap="truncate">{rows.join('\n')}</Text>;
}
