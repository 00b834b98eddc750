// The reading pane: only the lines that fit, painted with their highlights.
import { Box } from 'ink';
import type { ArticleUnits } from '../../layout/units.js';
import type { ViewLayout } from '../../layout/view.js';
import type { ReaderBox } from '../geometry.js';
import { paintLine, type Highlights } from '../paint.js';
import type { Theme } from '../theme.js';
import { Rows } from './rows.js';

export interface ReadingPaneProps {
  article: ArticleUnits;
  view: ViewLayout;
  scroll: number;
  box: ReaderBox;
  height: number;
  focused: boolean;
  highlights: Highlights;
  theme: Theme;
}

/** The painted lines from `scroll`, at most `count` of them. */
export function visibleLines(p: Omit<ReadingPaneProps, 'box' | 'height' | 'focused'>, count: number): string[] {
  const lines: string[] = [];
  for (let pos = p.view.snap(p.scroll); lines.length < count && pos >= 0 && p.view.has(pos); pos = p.view.next(pos)) {
    lines.push(paintLine(p.article, p.view, pos, p.highlights, p.theme));
  }
  return lines;
}

export function ReadingPane(props: ReadingPaneProps) {
  const { box, height, focused, theme } = props;
  const lines = visibleLines(props, box.textHeight);
  return (
    <Box
      flexDirection="column"
      width={box.width}
      height={height}
      flexShrink={0}
      paddingLeft={box.marginLeft}
      {...(box.bordered ? { borderStyle: focused ? ('double' as const) : ('round' as const), borderColor: theme.border(focused) } : {})}
    >
      <Rows rows={lines} />
    </Box>
  );
}
