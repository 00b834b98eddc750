// Rows of ready-made text, one terminal row each: cut, never wrapped, since
// every row was already fitted to its pane.
import { Text } from 'ink';

export function Rows({ rows }: { rows: readonly string[] }) {
  return (
    <>
      {rows.map((row, i) => (
        // An empty Text takes no row: a blank row needs a space.
        <Text key={i} wrap="truncate">
          {row || ' '}
        </Text>
      ))}
    </>
  );
}
