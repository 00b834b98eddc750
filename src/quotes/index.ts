// Entry point of the quote engine: every quotation in an article and who said it.
// The stages, each a folder with one entry point, in the order they run:
//   lexicon/      every word list
//   models/       fitted weights (scripts/fit-weights.ts) and the trace they are fitted on
//   scan/         marks, tokens and sentences of a paragraph
//   phrases/      noun phrases beside a verb, the words of names
//   mentions/     what a speaker phrase says: a name, a title, a body, a description, a pronoun
//   cues/         "X said", "said X", "according to X", "X: …"; reported speech; direct or partial
//   entities/     who is who: names, descriptions and pronouns linked to one entity
//   attribution/  each quote and reported statement gets its speaker
//   people/       quotes as the model prints them, and the people list
import type { Article, QuoteAnalysis } from '../core/model.js';
import { Attribution, readParagraphs } from './attribution/index.js';
import { joinLateTitles, joinProsecution } from './entities/index.js';
import { listQuotes } from './people/index.js';

export function analyzeQuotes(article: Article): QuoteAnalysis {
  const paragraphs = readParagraphs(article);
  const found = new Attribution(paragraphs).run().sort((a, b) => a.pos - b.pos || a.end - b.end);
  joinProsecution(found.map((f) => f.entity));
  joinLateTitles(found.map((f) => f.entity));
  return listQuotes(paragraphs, found);
}
