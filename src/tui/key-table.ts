// A screen's keys as one table of bindings (the library's, the people
// index's): the screen reads keys through it, and its help is drawn from it.
/** The help overlay's groups of entries; here, so that the pure keymaps need no component to name them. */
export type HelpGroups = { group: string; entries: { label: string; help: string }[] }[];

export interface KeyBinding<Command extends string> {
  keys: readonly string[];
  label: string;
  help: string;
  command: Command;
}

export function commandOf<Command extends string>(bindings: readonly KeyBinding<Command>[], key: string): Command | null {
  return bindings.find((b) => b.keys.includes(key))?.command ?? null;
}

/** The table as one group of the help overlay. */
export function helpGroupOf(group: string, bindings: readonly KeyBinding<string>[]): HelpGroups {
  return [{ group, entries: bindings.map(({ label, help }) => ({ label, help })) }];
}
