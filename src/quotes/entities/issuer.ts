// The issuer a document's own phrase names: "the team's injury report" (a
// possessor), "a UN report", "the Scottish Government report", "LSEG data" (a
// name before the noun). A document speaks as its issuer when the text names one.
import { describe, type Mention } from '../mentions/index.js';
import { isNameWord } from '../phrases/index.js';
import { tokenize } from '../scan/index.js';
import { NATIONALITIES } from '../lexicon/index.js';

const POSSESSOR = /^(.+?)['’]s?\s+\S/;

/** The issuer named inside a document mention, or null. */
export function issuerInName(m: Mention): Mention | null {
  if (m.kind !== 'document' || !m.head) return null;
  const name = m.name.replace(/^(?:a|an)\s+/i, '');
  const possessed = POSSESSOR.exec(name);
  // A description as possessor keeps its article, so that "the club" finds the club named before.
  const possessor = possessed && /['’]/.test(name.slice(possessed[1].length, possessed[1].length + 1)) ? possessed[1] : null;
  const owner = possessor
    ? m.definite && !/^the\s/i.test(possessor) && !/^\p{Lu}/u.test(possessor)
      ? `the ${possessor}`
      : possessor
    : leadingName(name.replace(/^the\s+/i, ''), m.head);
  if (!owner) return null;
  const tokens = tokenize(owner, []);
  if (tokens.length === 0) return null;
  const found = describe(owner, tokens, { from: 0, to: tokens.length });
  // A body or a person; a description ("the team") stands for the body it describes.
  return found.kind === 'org' || found.kind === 'person' || found.kind === 'group' || found.kind === 'descriptor' ? found : null;
}

/** "Scottish Government report": the run of capitalised name words right before the head noun. */
function leadingName(name: string, head: string): string | null {
  const tokens = tokenize(name, []);
  const at = tokens.findIndex((t) => t.lower === head);
  if (at <= 0) return null;
  let from = at;
  while (from > 0 && isNameWord(tokens[from - 1])) from--;
  // "the Turkish statement": a nationality says whose, not who issued it.
  if (from >= at || from !== 0 || (at - from === 1 && NATIONALITIES.has(tokens[from].lower))) return null;
  return name.slice(tokens[from].start, tokens[at - 1].end);
}
