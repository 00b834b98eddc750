// Stage 6, attribution: paragraph by paragraph, each quote and reported statement gets its speaker.
// What the other stages may use of this one.
export { Attribution } from './attribute.js';
export { readParagraphs } from './paragraphs.js';
export type { Found } from './attribute.js';
export type { Paragraph } from './paragraphs.js';
