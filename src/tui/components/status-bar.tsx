// The bottom row: file, section, filter, search, position, and `h help`;
// the search prompt takes it over while it is open.
import { Text } from 'ink';
import type { Theme } from '../theme.js';
import { spread, truncateStart } from '../text-fit.js';
import { displayWidth } from '../../layout/width.js';

export interface StatusInfo {
  /** The file name, already stripped of control characters. */
  name: string;
  /** "3/4 NATO welcomes more US troops" */
  section: string;
  filter: string | null;
  position: string | null;
  search: string | null;
  percent: number;
  /** The percentage is estimated from characters: the line count is still being made in idle time. */
  estimated?: boolean;
  prompt: string | null;
  /** Where the prompt's cursor is (characters); absent: at the end. */
  promptCursor?: number | null;
  /** The prompt's key: / ? or &. */
  promptKey?: string;
  /** A number typed before a key, while it waits for the key. */
  count?: string | null;
  /** The & pattern in force. */
  grep?: string | null;
  notice: string | null;
  help: boolean;
  /** The help is taller than the window: the keys that move scroll it. */
  helpScrolls?: boolean;
}

function statusText(info: StatusInfo, width: number): string {
  if (info.prompt !== null) {
    const what = info.promptKey === '&' ? 'Enter show matching paragraphs' : 'Enter search';
    const text = [...info.prompt];
    const at = Math.min(text.length, info.promptCursor ?? text.length);
    return spread(`${info.promptKey ?? '/'}${text.slice(0, at).join('')}▏${text.slice(at).join('')}`, `${what} · Esc cancel `, width);
  }
  if (info.help) return spread(' Keys', info.helpScrolls ? 'any other key closes the help ' : 'any key closes the help ', width);
  const percent = `${info.estimated ? '~' : ''}${info.percent}%`;
  const right = [info.count ? `${info.count}…` : null, info.grep ? `& ${info.grep}` : null, info.filter, info.position, info.search, percent, 'h help ']
    .filter(Boolean)
    .join('  ');
  // A notice is read once: it keeps its room, and the right side gives way to it.
  if (info.notice) {
    const short = displayWidth(info.notice) + displayWidth(right) + 3 > width ? `${percent} ` : right;
    return spread(` ${info.notice}`, short, width);
  }
  // The name gives way first, from its start (the end of a path says the most).
  const section = `§${info.section}`;
  const room = Math.max(0, width - displayWidth(right) - displayWidth(section) - 5);
  const name = room >= 8 ? `${truncateStart(info.name, room)} · ` : '';
  return spread(` ${name}${section}`, right, width);
}

export function StatusBar({ info, width, theme }: { info: StatusInfo; width: number; theme: Theme }) {
  return <Text wrap="truncate">{theme.paint(info.notice && info.prompt === null ? 'notice' : 'status', statusText(info, width))}</Text>;
}
