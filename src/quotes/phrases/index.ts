// Stage 2, phrases: the noun phrases that stand beside a verb (the speaker phrase before or after it, a clause subject, an apposition) and the words of names.
// What the other stages may use of this one.
export { apposAfter, clauseSubject, isVerbLike } from './clause-subject.js';
export { datelineEnd } from './dateline.js';
export { continuesName, extendList, isCompanySuffix, isNameWord, joinsBodyName, particlesThenName } from './name-tokens.js';
export { afterTimeWords, describedAfter, phraseAfter } from './phrase-after.js';
export { describedBefore, groupBefore, phraseBefore } from './phrase-before.js';
export { headToken, isLowerWord, isModifierWord } from './phrase-words.js';
export type { Range, SpeakerRef } from './phrase-words.js';
export { isDescribingParticiple, subjectBeforeModifier } from './modified-subject.js';
export { contactClauseSubject, subjectBeforeWho } from './relative-subject.js';
export { isAdverb, isCalendarWord, isCapWord, isPartyHome, markMonthNames } from './word-classes.js';
