// How wide the side panes would like to be for one article: the contents
// its longest entry, the people the longest name with its counts. Geometry
// grants what it can within limits; what does not fit wraps to a second row.
import type { ArticleModel } from '../core/model.js';
import { sectionLabel } from '../layout/units.js';
import { countLabel, panelPeople } from './people-order.js';
import { displayWidth } from '../layout/width.js';

export interface PaneWants {
  /** Columns of text inside the border each pane's longest entry needs. */
  toc: number;
  people: number;
}

export function paneWants(model: ArticleModel): PaneWants {
  const digits = String(model.sections.length).length;
  let toc = model.title ? Math.min(displayWidth(model.title), 24) : 8;
  // Marker, number, space, label.
  for (let s = 0; s < model.sections.length; s++) toc = Math.max(toc, 2 + digits + displayWidth(sectionLabel(model, s)));
  // With no one listed yet, room for the panel's messages (" Quotes could not be found.").
  let people = model.people.length === 0 ? 27 : 0;
  // Marker, name, space, counts.
  for (const p of panelPeople(model.people)) people = Math.max(people, 2 + displayWidth(p.name) + displayWidth(countLabel(p)));
  return { toc, people };
}
