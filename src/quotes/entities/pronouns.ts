// What a pronoun, "the former"/"the latter" or an epithet ("the Welshman")
// points back to, chosen among the mentions recorded just before it.
import { isPersonLike, isVoicedStudy, type Entity, type MentionRecord, type Where } from './entity.js';
import type { Gender } from '../lexicon/index.js';

/**
 * The person last named or heard: who an epithet ("the Welshman", "the
 * 45-year-old") stands for. Someone known to be a person by a gender or a role
 * comes first; a bare two-word name may be a place ("East Kalimantan").
 */
export function recentPerson(recent: MentionRecord[], at: Where): Entity | null {
  let bare: Entity | null = null;
  for (let i = recent.length - 1; i >= 0; i--) {
    const r = recent[i];
    if (!isPersonLike(r.entity) || !(r.speaker || r.named)) continue;
    // "X had gone five games without a goal, and the 24-year-old admitted …": named in the same sentence;
    // "Oyelaran, known to fans as …, sat up …. "…," the 31-year-old said": the subject just met.
    if (r.subject || r.speaker || r.sentence === at.sentence || r.entity.gender !== null || r.entity.role !== null) return r.entity;
    bare ??= r.entity;
  }
  return bare;
}

/** "the former" and "the latter": the two people last named, in order. */
export function formerOrLatter(recent: MentionRecord[], which: string): Entity | null {
  const people: Entity[] = [];
  for (let i = recent.length - 1; i >= 0 && people.length < 2; i--) {
    const e = recent[i].entity;
    if (recent[i].named && e.kind === 'person' && !people.includes(e)) people.push(e);
  }
  if (people.length < 2) return null;
  return which === 'latter' ? people[0] : people[1];
}

/**
 * The antecedent of he, she, it or they among `recent` mentions (in order of
 * position): a subject or speaker of the same sentence first, then of the
 * paragraph, then anyone in the sentence, then the paragraph before.
 */
export function pronounAntecedent(recent: MentionRecord[], pronoun: string, at: Where): Entity | null {
  const wanted: Gender | null = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null;
  const fits = (r: MentionRecord): boolean => {
    const e = r.entity;
    if (pronoun === 'he' || pronoun === 'she') {
      // A one-word name is a person's once it has spoken ("Yusran said …; he added").
      const person = isPersonLike(e) || e.kind === 'descriptor' || r.personal || (e.kind === 'person' && e.spoke);
      return person && (e.gender === null || e.gender === wanted);
    }
    if (pronoun === 'it') return e.kind === 'org' || e.kind === 'document' || (e.kind === 'group' && !e.name.endsWith('s'));
    // "they" may stand for one unnamed person too ("a UN official … they said").
    if (pronoun === 'they') return e.kind === 'group' || e.kind === 'org' || e.kind === 'descriptor' || isVoicedStudy(e);
    return false;
  };
  const before = recent.filter(fits);
  // Within one step of the search, someone known to be a "she" beats someone
  // whose gender the text has not shown; otherwise the nearest wins.
  const pick = (pred: (r: MentionRecord) => boolean): Entity | null => {
    let unknown: Entity | null = null;
    for (let i = before.length - 1; i >= 0; i--) {
      if (!pred(before[i])) continue;
      if (!wanted || before[i].entity.gender === wanted) return before[i].entity;
      unknown ??= before[i].entity;
    }
    return unknown;
  };
  const found =
    pick((r) => r.sentence === at.sentence && (r.subject || r.speaker)) ??
    pick((r) => r.paragraph === at.paragraph && (r.subject || r.speaker)) ??
    pick((r) => r.sentence === at.sentence) ??
    pick((r) => r.paragraph === at.paragraph - 1 && (r.subject || r.speaker)) ??
    pick((r) => r.speaker) ??
    pick(() => true);
  if (found && wanted && !found.gender && found.kind === 'person') found.gender = wanted;
  return found;
}
