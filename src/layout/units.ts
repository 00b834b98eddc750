// The article as a flat list of display units (title, byline, meta line,
// headings, paragraphs). Every view and every highlight refers to a unit by
// its index, so the full article and a filtered view share one coordinate
// system: (unit, character offset).
import type { ArticleModel } from '../core/model.js';

export type UnitKind = 'title' | 'byline' | 'meta' | 'heading' | 'paragraph';

export interface Unit {
  kind: UnitKind;
  /** The section the unit belongs to; header units (title, byline, meta) use -1. */
  section: number;
  /** The paragraph index within its section, or -1. */
  paragraph: number;
  /** The text shown; for paragraphs exactly the model's paragraph, so quote offsets apply unchanged. */
  text: string;
}

export interface ArticleUnits {
  units: Unit[];
  /** Indices of the header units, in display order. */
  header: number[];
  /** Per section: the index of its heading unit, or -1 when it is untitled. */
  headingUnit: number[];
  /** Per section, per paragraph: the index of the paragraph unit. */
  paragraphUnit: number[][];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2022-02-04" → "4 February 2022"; anything else is shown as given. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/** The line under the byline: date, outlet and dateline, as far as they are known. */
export function metaLine(model: ArticleModel): string {
  return [model.date ? formatDate(model.date) : null, model.source, model.dateline].filter(Boolean).join(' · ');
}

/** How a section is named in the table of contents. */
export function sectionLabel(model: ArticleModel, section: number): string {
  return model.sections[section]?.title ?? 'Introduction';
}

export function articleUnits(model: ArticleModel): ArticleUnits {
  const units: Unit[] = [];
  const header: number[] = [];
  const push = (unit: Unit): number => units.push(unit) - 1;
  if (model.title) header.push(push({ kind: 'title', section: -1, paragraph: -1, text: model.title }));
  if (model.byline) {
    const text = model.bylineNote ? `By ${model.byline}, ${model.bylineNote}` : `By ${model.byline}`;
    header.push(push({ kind: 'byline', section: -1, paragraph: -1, text }));
  }
  const meta = metaLine(model);
  if (meta) header.push(push({ kind: 'meta', section: -1, paragraph: -1, text: meta }));
  const headingUnit: number[] = [];
  const paragraphUnit: number[][] = [];
  model.sections.forEach((section, s) => {
    headingUnit.push(section.title ? push({ kind: 'heading', section: s, paragraph: -1, text: section.title }) : -1);
    paragraphUnit.push(section.paragraphs.map((text, p) => push({ kind: 'paragraph', section: s, paragraph: p, text })));
  });
  return { units, header, headingUnit, paragraphUnit };
}
