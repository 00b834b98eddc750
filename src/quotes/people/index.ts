// Stage 7, people: the findings as the model prints them: each quote's kind and
// speakers, a partial quote tied to the reported statement it stands in, and one
// entry per speaker with its type, role and counts.
// What the other stages may use of this one.
export { listQuotes } from './people-list.js';
export { speakerType } from './speaker-type.js';
