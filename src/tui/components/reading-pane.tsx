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
function visibleLines(p: Omit<ReadingPaneProps, 'box' | 'height' | 'focused'>, count: number): string[] {
  p.view.ensureLines(p.scroll + count);
  const end = Math.min(p.view.ready, p.scroll + count);
  const lines: string[] = [];
  for (let line = p.scroll; line < end; line++) lines.push(paintLine(p.article, p.view, line, p.highlights, p.theme));
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
