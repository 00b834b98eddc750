// Every word list the engine reads, in one place: speech verbs, speaker and
// document nouns, titles, body words, business words, names, places and the
// closed classes of English. Nothing outside this folder defines a word list.
export * from './function-words.js';
export * from './verbs.js';
export * from './nouns.js';
export * from './business.js';
export * from './names.js';
export * from './places.js';
export * from './given-names.js';
export * from './sieve.js';
export * from './agents.js';
