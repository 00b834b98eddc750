// People across a folder: one entry per speaker, merged by canonical name and
// type. The engine already gives each article's fullest name for a speaker;
// across articles, a name that ends in another full name of the same type is
// that person with a title before it ("NATO Secretary-General Jens
// Stoltenberg" is Jens Stoltenberg, and "NATO Secretary-General" a role), and
// a surname alone is merged only where the folder holds one person of that
// surname. Every step is a lookup in a map: linear in the names read.
import type { PersonType } from '../core/model.js';
import type { IndexedArticle } from './indexed-article.js';

export interface PersonEntry {
  name: string;
  type: PersonType;
  articles: number;
  quotes: number;
  reported: number;
  /** yyyy-mm-dd of the earliest and latest dated article. */
  firstDate: string | null;
  lastDate: string | null;
  /** Every role seen, first seen first. */
  roles: string[];
  /** The name the entry goes by in each article it appears in. */
  mentions: { article: number; name: string }[];
}

/** A name compared: accents, case, spacing and a leading "the" set aside. */
function foldName(name: string): string {
  // Most names are plain ASCII: nothing to decompose.
  const letters = /^[\x20-\x7e]*$/.test(name) ? name : name.normalize('NFD');
  return letters
    .replace(/\p{Mark}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

// Longer names are not titles followed by a name; they are looked up whole only.
const MAX_SUFFIX_WORDS = 12;

interface Form {
  name: string;
  type: PersonType;
  words: string[];
  /** The form this one is merged into, and the title words it adds. */
  parent: Form | null;
  title: string | null;
  entry: PersonEntry | null;
}

const keyOf = (type: PersonType, folded: string) => `${type}\u0000${folded}`;

/** foldName, once per distinct name: a folder names the same people again and again. */
function folder(): (name: string) => string {
  const known = new Map<string, string>();
  return (name) => {
    let folded = known.get(name);
    if (folded === undefined) known.set(name, (folded = foldName(name)));
    return folded;
  };
}

function collectForms(articles: readonly IndexedArticle[], fold: (name: string) => string): Map<string, Form> {
  const forms = new Map<string, Form>();
  for (const article of articles) {
    for (const p of article.people) {
      const folded = fold(p.name);
      const key = keyOf(p.type, folded);
      if (!forms.has(key)) forms.set(key, { name: p.name, type: p.type, words: folded.split(' '), parent: null, title: null, entry: null });
    }
  }
  return forms;
}

/** A person's name with a title before it joins the longest full name it ends in. */
function linkTitled(forms: Map<string, Form>): void {
  for (const form of forms.values()) {
    const n = form.words.length;
    if (form.type !== 'person' || n < 3 || n > MAX_SUFFIX_WORDS) continue;
    for (let from = 1; from <= n - 2; from++) {
      const target = forms.get(keyOf('person', form.words.slice(from).join(' ')));
      if (!target) continue;
      form.parent = target;
      // The title as the article wrote it: the words of the name before the target's.
      form.title = form.name.trim().split(/\s+/).slice(0, from).join(' ');
      break;
    }
  }
}

function root(form: Form): Form {
  let at = form;
  while (at.parent) at = at.parent;
  return at;
}

/** A surname alone joins the one full name that ends in it, when there is exactly one. */
function linkSurnames(forms: Map<string, Form>): void {
  const bySurname = new Map<string, Set<Form>>();
  for (const form of forms.values()) {
    if (form.type !== 'person' || form.words.length < 2) continue;
    const surname = form.words[form.words.length - 1];
    let set = bySurname.get(surname);
    if (!set) bySurname.set(surname, (set = new Set()));
    set.add(root(form));
  }
  for (const form of forms.values()) {
    if (form.type !== 'person' || form.words.length !== 1) continue;
    const people = bySurname.get(form.words[0]);
    if (people && people.size === 1) form.parent = [...people][0];
  }
}

function addRole(entry: PersonEntry, seen: Set<string>, role: string | null): void {
  if (role === null || role.trim() === '') return;
  const folded = foldName(role);
  if (seen.has(folded)) return;
  seen.add(folded);
  entry.roles.push(role);
}

const earlier = (a: string | null, b: string | null) => (a === null ? b : b === null || a <= b ? a : b);
const later = (a: string | null, b: string | null) => (a === null ? b : b === null || a >= b ? a : b);

/** Every speaker of `articles`, merged across them, in order of first appearance. */
export function mergePeople(articles: readonly IndexedArticle[]): PersonEntry[] {
  const fold = folder();
  const forms = collectForms(articles, fold);
  linkTitled(forms);
  linkSurnames(forms);
  const entries: PersonEntry[] = [];
  const roleSets = new Map<PersonEntry, Set<string>>();
  const lastArticle = new Map<PersonEntry, number>();
  for (const article of articles) {
    for (const p of article.people) {
      const form = forms.get(keyOf(p.type, fold(p.name)))!;
      const top = root(form);
      if (!top.entry) {
        top.entry = { name: top.name, type: top.type, articles: 0, quotes: 0, reported: 0, firstDate: null, lastDate: null, roles: [], mentions: [] };
        entries.push(top.entry);
        roleSets.set(top.entry, new Set());
      }
      const entry = top.entry;
      const roles = roleSets.get(entry)!;
      entry.quotes += p.quotes;
      entry.reported += p.reported;
      entry.mentions.push({ article: article.index, name: p.name });
      if (lastArticle.get(entry) !== article.index) {
        lastArticle.set(entry, article.index);
        entry.articles++;
        entry.firstDate = earlier(entry.firstDate, article.date);
        entry.lastDate = later(entry.lastDate, article.date);
      }
      for (let f: Form | null = form; f && f !== top; f = f.parent) addRole(entry, roles, f.title);
      addRole(entry, roles, p.role);
    }
  }
  return entries;
}
