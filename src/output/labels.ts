// How sections and speakers are named in printed outputs. Every string that
// comes from an article passes through `safe` before it is printed.
import type { Section } from '../core/model.js';
import { stripControls } from '../core/controls.js';

/** Article text made safe for a terminal: no control sequence survives. */
export function safe(text: string): string {
  return stripControls(text);
}

/** The name of section `index` (0-based): its heading, or "Introduction" for the untitled opening. */
export function sectionLabel(section: Section, index: number): string {
  if (section.title !== null && section.title.trim() !== '') return safe(section.title);
  return index === 0 ? 'Introduction' : `Section ${index + 1}`;
}

/** "1. Title", with numbers right-aligned to the widest one. */
export function numberedLabel(section: Section, index: number, count: number): string {
  const number = String(index + 1).padStart(String(count).length, ' ');
  return `${number}. ${sectionLabel(section, index)}`;
}

/** The speaker of a quote as printed; nobody when the engine found none. */
export function speakerLabel(speaker: string | null): string {
  return speaker === null ? 'Unattributed' : safe(speaker);
}
