// Stage 5, entities: who is who. Every mention is linked to one entity: names to fuller names, descriptions to what they describe, pronouns to their antecedents (pronouns.ts), spokespeople to their bodies.
// What the other stages may use of this one.
export { canonical } from './entity.js';
export type { Entity } from './entity.js';
export { observeSentence, whereOf } from './observe.js';
export type { ParagraphView } from './observe.js';
export { joinProsecution } from './prosecution.js';
export { joinLateTitles } from './late-titles.js';
export { Entities } from './registry.js';
export type { Antecedent } from './antecedent-ranker.js';
export { membersOf } from './joint.js';
