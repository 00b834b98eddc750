// Stage 3, mentions: what a speaker phrase says about its speaker (a person and title, a body, a description, a document, a pronoun), label lines, and the form names are compared in.
// What the other stages may use of this one.
export { describe, titlePossessive } from './describe.js';
export type { Mention, MentionKind } from './describe.js';
export { dashSpeaker, labelSpeaker } from './labels.js';
export { nameKey } from './name-key.js';
export { bodiesOf, isNationalityNoun } from './name-shape.js';
export { jointParts, pairPhrase, togetherPhrase } from './joint-parts.js';
