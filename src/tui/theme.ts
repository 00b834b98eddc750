// Styles as SGR sequences written by the reader itself, not through Ink's
// colour props: chalk turns every style off (inverse and bold included)
// when it sees NO_COLOR-like flags, while without colour the reader still
// needs inverse, bold and underline to mark focus and highlights.

export type StyleName =
  | 'title'
  | 'byline'
  | 'heading'
  | 'direct'
  | 'partial'
  | 'indirect'
  | 'mention'
  | 'match'
  | 'currentMatch'
  | 'currentQuote'
  | 'cursor'
  | 'cursorIdle'
  | 'current'
  | 'paneTitle'
  | 'paneTitleFocused'
  | 'dim'
  | 'key'
  | 'status'
  | 'notice';

export interface Theme {
  color: boolean;
  /** `text` in the named style. */
  paint(style: StyleName, text: string): string;
  /** Border colour of a pane, or undefined when colour is off. */
  border(focused: boolean): string | undefined;
}

const COLOR: Record<StyleName, string> = {
  title: '1;36',
  byline: '2',
  // Headings blue, quotes yellow: a quote never reads as a heading.
  heading: '1;34',
  direct: '1;33',
  partial: '33',
  indirect: '32',
  mention: '3',
  match: '30;43',
  currentMatch: '30;42;1',
  currentQuote: '30;43;1',
  cursor: '30;46',
  cursorIdle: '1;36',
  current: '1;36',
  paneTitle: '1',
  paneTitleFocused: '1;36',
  dim: '2',
  key: '1;36',
  status: '7',
  notice: '7;1',
};

// Without colour: only weight, underline and inverse, so every mark stays visible.
const PLAIN: Record<StyleName, string> = {
  title: '1;4',
  byline: '2',
  heading: '1',
  direct: '1;4',
  partial: '1;4',
  indirect: '4',
  mention: '3',
  // Matches underlined, the current one (match or quote) inverse: it stands out from every other mark.
  match: '4',
  currentMatch: '7;1',
  currentQuote: '7;1',
  cursor: '7',
  cursorIdle: '1',
  current: '1',
  paneTitle: '1',
  paneTitleFocused: '7;1',
  dim: '2',
  key: '1',
  status: '7',
  notice: '7;1',
};

export function createTheme(color: boolean): Theme {
  const codes = color ? COLOR : PLAIN;
  return {
    color,
    paint: (style, text) => (text.length === 0 ? text : `\u001b[${codes[style]}m${text}\u001b[0m`),
    border: (focused) => (color ? (focused ? 'cyan' : 'gray') : undefined),
  };
}
